import { defineI18nScope } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

declare module '@ecampus/web/shared/util-i18n' {
  interface Translations {
    /** Signing in, passwords, sessions, accounts (this folder's de.ts / en.ts). */
    identity: typeof de;
  }
}

/** Identity's texts (keys `identity.…`), one chunk per language, loaded with identity's routes (login, password, account pages). */
export const IDENTITY_I18N = defineI18nScope('identity', {
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
});
