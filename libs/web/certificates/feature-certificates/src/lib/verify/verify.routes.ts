import type { Routes, UrlMatcher, UrlSegment } from '@angular/router';
import { CertificateVerifyStore } from '@ecampus/web/certificates/data-access';
import { CERTIFICATES_I18N } from '@ecampus/web/certificates/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { VerifyPage } from './verify-page';

/**
 * `''` and `':code'` as one route, so checking a typed code (which puts it into the address) keeps
 * the page — and the keyboard focus — instead of building it anew.
 */
export const verifyPathMatcher: UrlMatcher = (segments) => {
  if (segments.length > 1) return null;
  const posParams: Record<string, UrlSegment> = {};
  if (segments[0]) posParams['code'] = segments[0];
  return { consumed: segments, posParams };
};

/**
 * The public check, mounted by the app at `/verify` outside the signed-in area (no login; the QR
 * code on every PDF links to `/verify/<code>`). Route titles are translation keys; the texts load first.
 */
export const verifyRoutes: Routes = [
  {
    matcher: verifyPathMatcher,
    canActivate: [loadI18nScope(CERTIFICATES_I18N)],
    providers: [CertificateVerifyStore],
    title: 'certificates.verify.title',
    component: VerifyPage,
  },
];
