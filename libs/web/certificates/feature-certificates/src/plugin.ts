import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import type { Routes } from '@angular/router';
import { provideNavEntry, provideProgramTab } from '@ecampus/web/shared/ui-plugins';

/*
 * The app's entry into this library (`@ecampus/web/certificates/feature-certificates/plugin`): what the app
 * registers. It refers to the pages only through dynamic imports, so the app imports this file
 * statically and the pages still load with their routes, not with the app.
 */

/**
 * The public check of a certificate's code, outside the signed-in area (no login), for app.routes.ts:
 * `{ path: 'verify', loadChildren: loadVerifyRoutes }`. The QR code on every PDF links to `/verify/<code>`.
 */
export const loadVerifyRoutes = (): Promise<Routes> => import('./lib/verify/verify.routes').then((m) => m.verifyRoutes);

/**
 * The certificates' contributions to the app (one line in its providers): the program tab
 * "Bescheinigungen" (coordinators and administrators) and "Meine Bescheinigungen" in the navigation.
 */
export function provideCertificates(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideProgramTab({
      // German, like every URL: `programme/:programId/bescheinigungen`.
      path: 'bescheinigungen',
      label: { de: 'Bescheinigungen', en: 'Certificates' },
      // After programs' own tabs (0–50), the curriculum's (100–120) and live seminars' (130).
      order: 140,
      testId: 'tab-certificates',
      visibleTo: ['coordinator', 'admin'],
      loadChildren: () => import('./lib/certificates.routes').then((m) => m.certificatesRoutes),
    }),
    provideNavEntry({
      // The certificate e-mail links to `/bescheinigungen`.
      path: 'bescheinigungen',
      label: { de: 'Meine Bescheinigungen', en: 'My certificates' },
      icon: 'check',
      // Before the administration (90).
      order: 50,
      testId: 'nav-my-certificates',
      loadChildren: () => import('./lib/mine/my-certificates.routes').then((m) => m.myCertificatesRoutes),
    }),
  ]);
}
