import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { authInterceptor, provideIdentity } from '@ecampus/web/identity/data-access';
import { acceptLanguageInterceptor, globalHttpErrorInterceptor } from '@ecampus/web/shared/data-access';
import { I18nTitleStrategy } from '@ecampus/web/shared/util-i18n';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    // Order matters: the global error display is outermost so it sees the result after the auth
    // interceptor's refresh-and-retry.
    provideHttpClient(withInterceptors([globalHttpErrorInterceptor, acceptLanguageInterceptor, authInterceptor])),
    provideIdentity(),
  ],
};
