import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { NotificationsStore } from '@ecampus/web/notifications/data-access';
import { NoticeSummary } from '@ecampus/web/notifications/ui';
import { Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { NOTIFICATIONS_PATH } from '../paths';
import { injectOpenNotice } from '../open/open-notice';

/** How many notices the bell's menu shows; the page shows the rest. */
export const BELL_SHOWN = 8;
/** Counts above this show as "99+": the badge stays small, the name still says the number. */
const MAX_SHOWN_COUNT = 99;

/**
 * The bell in the shell's top bar (a toolbar item, ../../plugin.ts): the number of unread notices
 * as a badge, said in the button's name ("Benachrichtigungen, 2 ungelesen"); it opens a menu of
 * the newest notices — choosing one marks it read and goes to its page —, "Alle als gelesen
 * markieren" and a link to the page with all. Keyboard: the menu's arrow keys, Enter, Escape.
 * New notices arrive live (NotificationsStore listens to `notification:new`).
 */
@Component({
  selector: 'ec-notification-bell',
  imports: [MatButtonModule, MatMenuModule, RouterLink, Icon, NoticeSummary, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.css',
})
export class NotificationBell {
  protected readonly store = inject(NotificationsStore);
  protected readonly open = injectOpenNotice();
  protected readonly pagePath = `/${NOTIFICATIONS_PATH}`;
  protected readonly shown = computed(() => this.store.notices().slice(0, BELL_SHOWN));
  protected readonly badge = computed(() => {
    const unread = this.store.unread();
    return unread > MAX_SHOWN_COUNT ? `${MAX_SHOWN_COUNT}+` : String(unread);
  });

  constructor() {
    void this.store.load();
  }

  protected markAllRead(): void {
    void this.store.markAllRead();
  }
}
