import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CertificateBatch } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * A batch being issued: a determinate bar, "12 von 40 ausgestellt" (announced as it changes), and
 * once done who failed and why. Presentational: CertificateBatchStore keeps it current.
 */
@Component({
  selector: 'ec-batch-progress',
  imports: [MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batch-progress.html',
  styleUrl: './batch-progress.css',
})
export class BatchProgress {
  readonly batch = input.required<CertificateBatch>();
  /** 0–100 (CertificateBatchStore.percent). */
  readonly percent = input.required<number>();
  protected readonly done = computed(() => this.batch().status === 'done');
  /** The number to issue is known once the worker's first look is in. */
  protected readonly preparing = computed(() => !this.done() && this.batch().total === 0);
}
