import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TandemStatus } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { TANDEM_STATUS_KEYS } from '../labels';

/** The tandem's status and, for active tandems without a meeting in 4 weeks, the "ruhig" flag. */
@Component({
  selector: 'ec-tandem-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tandem-status-chip.html',
  styleUrl: './tandem-status-chip.css',
})
export class TandemStatusChip {
  readonly status = input.required<TandemStatus>();
  readonly quiet = input(false);
  protected readonly statusKey = computed(() => TANDEM_STATUS_KEYS[this.status()]);
}
