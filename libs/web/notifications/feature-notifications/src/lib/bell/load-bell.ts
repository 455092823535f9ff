import type { Type } from '@angular/core';
import { NOTIFICATIONS_I18N } from '@ecampus/web/notifications/ui';
import { type I18nService } from '@ecampus/web/shared/util-i18n';
import { NotificationBell } from './notification-bell';

/** The bell for the top bar, once its texts are there (the toolbar item's `load`, ../../plugin.ts). */
export async function loadBell(i18n: I18nService): Promise<Type<unknown>> {
  await i18n.loadScope(NOTIFICATIONS_I18N);
  return NotificationBell;
}
