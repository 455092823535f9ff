import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Notice } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * One notice as a line of the bell's menu or the page's list: title, text, time, and a dot for
 * unread ones (said as "Ungelesen" to screen readers). Presentational; the clickable frame around
 * it (a menu item, a button) belongs to the caller.
 */
@Component({
  selector: 'ec-notice-summary',
  imports: [EcDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notice-summary.html',
  styleUrl: './notice-summary.css',
  host: { '[class.unread]': '!notice().readAt' },
})
export class NoticeSummary {
  readonly notice = input.required<Notice>();
}
