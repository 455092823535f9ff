import type { Routes } from '@angular/router';
import { AccountListStore, AccountStore } from '@ecampus/web/identity/data-access';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { AccountPage } from './account/account-page';
import { AccountsPage } from './accounts/accounts-page';

/**
 * The accounts section of the administration, mounted at `/verwaltung/konten` (registered in
 * ../plugin.ts; the administration's route lets administrators only in). Identity's texts load first.
 */
export const accountsRoutes: Routes = [
  {
    path: '',
    canActivate: [loadI18nScope(IDENTITY_I18N)],
    children: [
      { path: '', providers: [AccountListStore], component: AccountsPage },
      { path: ':userId', providers: [AccountStore], component: AccountPage },
    ],
  },
];
