import { defineI18nScope } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

declare module '@ecampus/web/shared/util-i18n' {
  interface Translations {
    /** Live (this folder's de.ts / en.ts). */
    live: typeof de;
  }
}

/**
 * Live's texts (keys `live.…`), one chunk per language, loaded with the domain's
 * routes: `canActivate: [loadI18nScope(LIVE_I18N)]` on its top route.
 */
export const LIVE_I18N = defineI18nScope('live', {
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
});
