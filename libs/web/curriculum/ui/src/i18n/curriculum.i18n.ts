import { defineI18nScope } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

declare module '@ecampus/web/shared/util-i18n' {
  interface Translations {
    /** Curriculum (this folder's de.ts / en.ts). */
    curriculum: typeof de;
  }
}

/**
 * Curriculum's texts (keys `curriculum.…`), one chunk per language, loaded with the domain's
 * routes: `canActivate: [loadI18nScope(CURRICULUM_I18N)]` on its top route.
 */
export const CURRICULUM_I18N = defineI18nScope('curriculum', {
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
});
