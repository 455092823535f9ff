import { Route } from '@angular/router';
import { LoginPage } from './login/login.page';
import { SetPasswordPage } from './set-password/set-password.page';

/** Route titles are translation keys (I18nTitleStrategy). */
export const loginRoutes: Route[] = [{ path: '', component: LoginPage, title: 'login.title' }];

export const setPasswordRoutes: Route[] = [{ path: '', component: SetPasswordPage, title: 'setPassword.title' }];
