import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { LiveSessionStatus } from '@ecampus/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

/** "Geplant" / "Live" / "Beendet" as a small chip. */
@Component({
  selector: 'ec-live-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip ' + status()" data-testid="live-status" [attr.data-status]="status()">{{ key() | t }}</span>`,
  styleUrl: './status-chip.css',
})
export class LiveStatusChip {
  readonly status = input.required<LiveSessionStatus>();
  protected readonly key = computed<TranslationKey>(() => `live.status.${this.status()}`);
}
