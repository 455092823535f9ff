import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { Notice } from '@ecampus/shared/contracts';
import { NoticeSummary } from '../notice-summary/notice-summary';

/** Notices as a list of buttons (the page `/benachrichtigungen`); a click asks to open one. */
@Component({
  selector: 'ec-notice-list',
  imports: [NoticeSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notice-list.html',
  styleUrl: './notice-list.css',
})
export class NoticeList {
  readonly notices = input.required<readonly Notice[]>();
  /** The notice she chose (to mark read and follow its link). */
  readonly open = output<Notice>();
}
