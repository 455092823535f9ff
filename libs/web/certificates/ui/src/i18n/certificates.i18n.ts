import { defineI18nScope } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

declare module '@ecampus/web/shared/util-i18n' {
  interface Translations {
    /** Certificates (this folder's de.ts / en.ts). */
    certificates: typeof de;
  }
}

/**
 * The certificates' texts (keys `certificates.…`), one chunk per language, loaded with the domain's
 * routes: `canActivate: [loadI18nScope(CERTIFICATES_I18N)]` on its top route.
 */
export const CERTIFICATES_I18N = defineI18nScope('certificates', {
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
});
