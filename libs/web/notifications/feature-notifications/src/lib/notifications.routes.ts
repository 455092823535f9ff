import type { Routes } from '@angular/router';
import { NOTIFICATIONS_I18N } from '@ecampus/web/notifications/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { NotificationsPage } from './page/notifications-page';

/**
 * The page with all notices, mounted by its navigation entry at `/benachrichtigungen` (../plugin.ts).
 * Its texts load first. The store is the app's one (root): the bell and the page share it.
 */
export const notificationsRoutes: Routes = [{ path: '', canActivate: [loadI18nScope(NOTIFICATIONS_I18N)], component: NotificationsPage }];
