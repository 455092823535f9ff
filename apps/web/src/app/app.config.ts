import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { setLocaleSource } from '@ecampus/shared/contracts';
import { adminGuard, authInterceptor, provideIdentity } from '@ecampus/web/identity/data-access';
import { provideAccountAdministration } from '@ecampus/web/identity/feature-accounts/plugin';
import { providePrograms } from '@ecampus/web/programs/feature-programs/plugin';
import { provideNavEntry } from '@ecampus/web/shared/ui-plugins';
import { acceptLanguageInterceptor, globalHttpErrorInterceptor } from '@ecampus/web/shared/data-access';
import { I18nService, provideI18n } from '@ecampus/web/shared/util-i18n';
import { appRoutes } from './app.routes';
import { provideCurriculum } from '@ecampus/web/curriculum/feature-curriculum/plugin';
import { provideLive } from '@ecampus/web/live/feature-live/plugin';
import { provideCertificates } from '@ecampus/web/certificates/feature-certificates/plugin';
import { provideNotifications } from '@ecampus/web/notifications/feature-notifications/plugin';

/**
 * The composition root. A domain joins the app with one line in the list below (its provide
 * function registers its program tabs and navigation entries) and, if it has pages of its own
 * outside the program home, its routes in app.routes.ts.
 */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    provideI18n(),
    // The contracts' messages (form validation, role names) follow the language switch too.
    provideAppInitializer(() => {
      const i18n = inject(I18nService);
      setLocaleSource(() => i18n.language());
    }),
    // Order matters: the global error display is outermost so it sees the result after the auth
    // interceptor's refresh-and-retry.
    provideHttpClient(withInterceptors([globalHttpErrorInterceptor, acceptLanguageInterceptor, authInterceptor])),
    provideIdentity(),
    // The administration (administrators only): its page comes from the shell, its sections from
    // the domains (programs' "Programme", identity's "Konten").
    provideNavEntry({
      path: 'verwaltung',
      label: { de: 'Verwaltung', en: 'Administration' },
      icon: 'settings',
      order: 90,
      testId: 'nav-admin',
      visibleTo: ['admin'],
      canMatch: [adminGuard],
      loadChildren: () => import('@ecampus/web/shell/feature').then((m) => m.adminRoutes),
    }),
    // Domains.
    provideAccountAdministration(),
    providePrograms(),
    provideCurriculum(),
    provideLive(),
    provideCertificates(),
    provideNotifications(),
  ],
};
