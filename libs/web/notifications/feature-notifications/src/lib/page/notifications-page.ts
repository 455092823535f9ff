import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { NOTICE_LIMITS } from '@ecampus/shared/contracts';
import { NotificationsStore } from '@ecampus/web/notifications/data-access';
import { NoticeList } from '@ecampus/web/notifications/ui';
import { EmptyState, Icon, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { injectOpenNotice } from '../open/open-notice';

/**
 * `/benachrichtigungen`: all her notices (the newest NOTICE_LIMITS.list.max), newest first; one
 * click marks a notice read and goes to its page; "Alle als gelesen markieren". The same state as
 * the bell (NotificationsStore), so both agree.
 */
@Component({
  selector: 'ec-notifications-page',
  imports: [MatButtonModule, PageHeader, Loading, EmptyState, Icon, TranslatePipe, NoticeList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.css',
})
export class NotificationsPage {
  protected readonly store = inject(NotificationsStore);
  protected readonly open = injectOpenNotice();

  constructor() {
    void this.reload();
  }

  protected reload(): Promise<void> {
    return this.store.load(NOTICE_LIMITS.list.max);
  }

  protected markAllRead(): void {
    void this.store.markAllRead();
  }
}
