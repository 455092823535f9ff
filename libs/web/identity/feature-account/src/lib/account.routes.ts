import type { Routes } from '@angular/router';
import { SessionListStore } from '@ecampus/web/identity/data-access';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { ChangePasswordPage } from './password/change-password-page';
import { SessionsPage } from './sessions/sessions-page';

/**
 * Mounted by the app at `/konto` inside the signed-in shell (ACCOUNT_PASSWORD_PATH,
 * ACCOUNT_SESSIONS_PATH); identity's texts load first. Titles are translation keys.
 */
export const accountRoutes: Routes = [
  {
    path: '',
    canActivate: [loadI18nScope(IDENTITY_I18N)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'passwort' },
      { path: 'passwort', component: ChangePasswordPage, title: 'identity.account.password.title' },
      { path: 'sitzungen', providers: [SessionListStore], component: SessionsPage, title: 'identity.account.sessions.title' },
    ],
  },
];
