import { defineI18nScope } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

declare module '@ecampus/web/shared/util-i18n' {
  interface Translations {
    /** Programs, members, tandems, "Mein Tandem" (this folder's de.ts / en.ts). */
    programs: typeof de;
  }
}

/**
 * Programs' texts (keys `programs.…`), one chunk per language, loaded with programs' routes:
 * `canActivate: [loadI18nScope(PROGRAMS_I18N)]` on the top route of each programs feature.
 */
export const PROGRAMS_I18N = defineI18nScope('programs', {
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
});
