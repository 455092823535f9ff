import { type EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { provideNavEntry, provideToolbarItem } from '@ecampus/web/shared/ui-plugins';
import { I18nService } from '@ecampus/web/shared/util-i18n';

/*
 * The app's entry into this library (`@ecampus/web/notifications/feature-notifications/plugin`): what the app
 * registers. It refers to the bell and the page only through dynamic imports, so the app imports
 * this file statically and they still load in chunks of their own, not with the app.
 */

/**
 * Notifications' contributions to the app (one line in its providers): the bell in the top bar
 * and "Benachrichtigungen" in the navigation with the page of all notices.
 */
export function provideNotifications(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideToolbarItem({
      id: 'notifications',
      order: 10,
      load: () => {
        const i18n = inject(I18nService);
        return import('./lib/bell/load-bell').then((m) => m.loadBell(i18n));
      },
    }),
    provideNavEntry({
      // NOTIFICATIONS_PATH (the page's own files are not imported here).
      path: 'benachrichtigungen',
      label: { de: 'Benachrichtigungen', en: 'Notifications' },
      icon: 'bell',
      // After "Meine Bescheinigungen" (50), before the administration (90).
      order: 60,
      testId: 'nav-notifications',
      loadChildren: () => import('./lib/notifications.routes').then((m) => m.notificationsRoutes),
    }),
  ]);
}
