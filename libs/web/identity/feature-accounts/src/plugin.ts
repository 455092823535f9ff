import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideAdminSection } from '@ecampus/web/shared/ui-plugins';

/*
 * The app's entry into this library (`@ecampus/web/identity/feature-accounts/plugin`). It refers to
 * the pages only through dynamic imports, so the app may import it statically and the pages still
 * load with their routes.
 */

/** Identity's part of the administration (app.config.ts): the accounts section at `/verwaltung/konten`. */
export function provideAccountAdministration(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAdminSection({
      path: 'konten',
      label: { de: 'Konten', en: 'Accounts' },
      order: 20,
      testId: 'admin-accounts',
      loadChildren: () => import('./lib/accounts.routes').then((m) => m.accountsRoutes),
    }),
  ]);
}
