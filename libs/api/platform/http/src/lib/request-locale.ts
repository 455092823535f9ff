import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingHttpHeaders } from 'node:http';
import * as z from 'zod';
import { DEFAULT_LOCALE, negotiateLocale, setLocaleSource, type Locale } from '@ecampus/shared/contracts';

const storage = new AsyncLocalStorage<Locale>();

/** Runs `fn` with `locale` as the current locale of every `t()`/`msg()` message raised inside it. */
export function runWithLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run(locale, fn);
}

/**
 * Makes messages follow the request: `t()`/`msg()` of the contracts and zod's own texts read the
 * locale of the request being served (German outside of one). Idempotent; called once per process.
 */
export function installRequestLocale(): void {
  setLocaleSource(() => storage.getStore() ?? DEFAULT_LOCALE);
  const de = z.locales.de().localeError;
  const en = z.locales.en().localeError;
  z.config({ localeError: (issue) => ((storage.getStore() ?? DEFAULT_LOCALE) === 'en' ? en(issue) : de(issue)) });
}

/** Express middleware: the request's locale from `Accept-Language`, announced in `Content-Language`. */
export function requestLocale(
  req: { headers: IncomingHttpHeaders },
  res: { setHeader(name: string, value: string): unknown; appendHeader(name: string, value: string): unknown },
  next: () => void,
): void {
  const locale = negotiateLocale(req.headers['accept-language']);
  res.setHeader('Content-Language', locale);
  res.appendHeader('Vary', 'Accept-Language');
  runWithLocale(locale, next);
}
