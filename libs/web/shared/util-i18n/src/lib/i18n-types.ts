import type { de } from './dictionaries/de';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * The shape another language's dictionary must have: the German one with its texts widened to
 * string (`export const en: DictionaryOf<typeof de> = …`), so a missing or extra key does not compile.
 */
export type DictionaryOf<T> = Widen<T>;

/**
 * Every text the web knows, as a tree: the app's own dictionary (eager) plus one entry per domain
 * scope. A domain adds its scope by declaration merging, next to its dictionaries:
 *
 *   declare module '@ecampus/web/shared/util-i18n' {
 *     interface Translations { programs: typeof de }
 *   }
 *
 * so this library never imports a domain, and a project only sees the keys of the domains it imports.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled by the domains (declaration merging)
export interface Translations extends AppTexts {}

type AppTexts = typeof de;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every text key as a dotted path ("shell.home", "programs.list.title"); a typo is a compile error. */
export type TranslationKey = Leaves<Translations>;

/** Values for a text's ICU arguments: `{name}`, `{count, plural, …}`, `{role, select, …}`. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/**
 * A text given in both languages where it is declared (the labels of plug-in tabs and navigation
 * entries, which show before their domain's dictionary is loaded). Same shape as the contracts' Bilingual.
 */
export type LocalizedText = Readonly<Record<Language, string>>;
