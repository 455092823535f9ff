import { defineI18nScope } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

declare module '@ecampus/web/shared/util-i18n' {
  interface Translations {
    /** The virtual classroom (this folder's de.ts / en.ts). */
    liveRoom: typeof de;
  }
}

/**
 * The classroom's texts (keys `liveRoom.…`), one chunk per language, loaded with the room's route:
 * `canActivate: [loadI18nScope(LIVE_ROOM_I18N)]` (besides the `live` scope).
 */
export const LIVE_ROOM_I18N = defineI18nScope('liveRoom', {
  de: () => import('./de').then((m) => m.de),
  en: () => import('./en').then((m) => m.en),
});
