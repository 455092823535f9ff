import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TandemStatus } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { TANDEM_STATUS_KEYS } from '../labels';

/** The tandem's status and, for active tandems without a meeting in 4 weeks, the "ruhig" flag. */
@Component({
  selector: 'ec-tandem-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span [class]="'chip ' + status()" data-testid="tandem-status">{{ statusKey() | t }}</span>
    @if (quiet()) {
      <span class="chip quiet" data-testid="tandem-quiet" [attr.title]="'programs.tandems.quietHint' | t">
        {{ 'programs.tandems.quiet' | t }}
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .chip {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 999px;
      font-size: 0.8125rem;
      line-height: 1.5;
      border: 1px solid currentColor;
    }
    .active {
      color: #1b5e20;
    }
    .paused {
      color: #6d4c00;
    }
    .ended {
      color: #555;
    }
    .quiet {
      color: #8a1c00;
      background: #fff1ec;
    }
  `,
})
export class TandemStatusChip {
  readonly status = input.required<TandemStatus>();
  readonly quiet = input(false);
  protected readonly statusKey = computed(() => TANDEM_STATUS_KEYS[this.status()]);
}
