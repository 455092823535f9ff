import type { Routes } from '@angular/router';
import { MyCertificatesStore } from '@ecampus/web/certificates/data-access';
import { CERTIFICATES_I18N } from '@ecampus/web/certificates/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { MyCertificatesPage } from './my-certificates-page';

/**
 * "Meine Bescheinigungen", mounted by its navigation entry at `/bescheinigungen` (../../plugin.ts),
 * inside the signed-in shell. The certificate e-mail links here.
 */
export const myCertificatesRoutes: Routes = [
  { path: '', canActivate: [loadI18nScope(CERTIFICATES_I18N)], providers: [MyCertificatesStore], component: MyCertificatesPage },
];
