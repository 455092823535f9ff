import type { de } from './dictionaries/de';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Shape every language must have: the German dictionary with its literal texts widened to string. */
export type Dictionary = Widen<typeof de>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every text key as a dotted path ("login.submit"); a typo is a compile error. */
export type TranslationKey = Leaves<Dictionary>;

export type TranslationParams = Record<string, string | number>;
