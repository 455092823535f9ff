import type { Routes } from '@angular/router';
import { CERTIFICATES_I18N } from '@ecampus/web/certificates/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { CertificatesTab } from './program-tab/certificates-tab';

/**
 * The program tab "Bescheinigungen", mounted at `programme/:programId/bescheinigungen` (../plugin.ts;
 * coordinators and administrators). Its texts load first. The tab provides its stores itself: they
 * listen to the socket and poll, which must end with the page, not with the route's injector.
 */
export const certificatesRoutes: Routes = [
  {
    path: '',
    canActivate: [loadI18nScope(CERTIFICATES_I18N)],
    component: CertificatesTab,
  },
];
