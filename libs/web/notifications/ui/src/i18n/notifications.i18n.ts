import { defineI18nScope } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

declare module '@ecampus/web/shared/util-i18n' {
  interface Translations {
    /** Notifications (this folder's de.ts / en.ts). */
    notifications: typeof de;
  }
}

/**
 * Notifications' texts (keys `notifications.…`), one chunk per language: loaded before the bell
 * shows (the toolbar item's `load`) and with the page (`canActivate: [loadI18nScope(NOTIFICATIONS_I18N)]`).
 */
export const NOTIFICATIONS_I18N = defineI18nScope('notifications', {
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
});
