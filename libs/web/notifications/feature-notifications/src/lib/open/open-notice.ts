import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { isInAppPath, type Notice } from '@ecampus/shared/contracts';
import { NotificationsStore } from '@ecampus/web/notifications/data-access';

/**
 * Opening a notice: marks it read and goes to its page. Only a path inside the app is followed
 * (the API writes no other, this is the second lock). Call in an injection context; gives the
 * function the bell and the page use.
 */
export function injectOpenNotice(): (notice: Notice) => Promise<void> {
  const store = inject(NotificationsStore);
  const router = inject(Router);
  return async (notice) => {
    void store.markRead(notice);
    if (notice.link && isInAppPath(notice.link)) await router.navigateByUrl(notice.link);
  };
}
