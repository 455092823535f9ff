import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SubmissionStatus } from '@ecampus/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

/** "Offen" (nothing handed in: null), "Eingereicht", "Überarbeitung erbeten", "Angenommen" as a small chip. */
@Component({
  selector: 'ec-submission-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission-status-chip.html',
  styleUrl: './submission-status-chip.css',
})
export class SubmissionStatusChip {
  readonly status = input.required<SubmissionStatus | null>();
  readonly testId = input('submission-status');
  protected readonly state = computed(() => this.status() ?? 'open');
  protected readonly key = computed<TranslationKey>(() => `curriculum.submissionStatus.${this.state()}`);
}
