import type { IncomingHttpHeaders } from 'node:http';
import { LOCALES, negotiateLocale, type Locale } from '@ecampus/shared/contracts';

/**
 * Runs `fn` with `locale` as the current locale of `t()`/`msg()`. The HTTP edge owns the store
 * (`runWithLocale` of platform/http) and hands it to Socket.IO, so both paths share one.
 */
export type LocaleRunner = <T>(locale: Locale, fn: () => T) => T;

/** A socket's language: `auth.locale` when the client names one of ours, else its handshake's Accept-Language. */
export function socketLocale(handshake: { auth?: unknown; headers: IncomingHttpHeaders }): Locale {
  const wanted = (handshake.auth as { locale?: unknown } | undefined)?.locale;
  if (typeof wanted === 'string' && (LOCALES as readonly string[]).includes(wanted)) return wanted as Locale;
  return negotiateLocale(handshake.headers['accept-language']);
}
