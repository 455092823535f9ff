/*
 * Human messages in German (default) and English. A message is written once, in both languages, where
 * it is raised; which one a reader gets is decided when it is raised: the API answers in the
 * language of the request's Accept-Language, the web in the language of its switch.
 */

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

let source: () => Locale = () => DEFAULT_LOCALE;

/** Where the current locale comes from (the API: the request being served; the web: its language switch). */
export function setLocaleSource(fn: () => Locale): void {
  source = fn;
}

export function currentLocale(): Locale {
  return source();
}

/** A text in both languages (a label, a field's name in messages). */
export interface Bilingual {
  de: string;
  en: string;
}

/** A message in the current locale. */
export function t(de: string, en: string): string {
  return currentLocale() === 'en' ? en : de;
}

/** A zod error message in both languages, chosen when an input is checked (not when the schema is built). */
export function msg(de: string, en: string): { error: () => string } {
  return { error: () => t(de, en) };
}

/**
 * The best supported locale for an `Accept-Language` header (RFC 9110 quality values; `en-GB`
 * counts as `en`). German when the header names none of ours.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of acceptLanguage.slice(0, 500).split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const locale = (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : null;
    if (locale && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
