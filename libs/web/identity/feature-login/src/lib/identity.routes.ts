import { Route } from '@angular/router';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';
import { LoginPage } from './login/login-page';
import { SetPasswordPage } from './set-password/set-password-page';

/** Route titles are translation keys (I18nTitleStrategy); identity's texts load with these routes. */
export const loginRoutes: Route[] = [
  { path: '', canActivate: [loadI18nScope(IDENTITY_I18N)], component: LoginPage, title: 'identity.login.title' },
];

export const setPasswordRoutes: Route[] = [
  { path: '', canActivate: [loadI18nScope(IDENTITY_I18N)], component: SetPasswordPage, title: 'identity.setPassword.title' },
];
