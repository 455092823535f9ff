import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { de } from './dictionaries/de';
import { en } from './dictionaries/en';
import {
  LANGUAGES,
  type Dictionary,
  type Language,
  type TranslationKey,
  type TranslationParams,
} from './i18n.types';

export const LANGUAGE_STORAGE_KEY = 'ecampus.language';
const DEFAULT_LANGUAGE: Language = 'de';

type FlatDictionary = ReadonlyMap<string, string>;

function flatten(dictionary: Dictionary): FlatDictionary {
  const flat = new Map<string, string>();
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') flat.set(prefix + key, value);
      else walk(value as object, `${prefix}${key}.`);
    }
  };
  walk(dictionary, '');
  return flat;
}

// Flattened once per page load: lookups are a single Map.get on every change detection.
const DICTIONARIES: Record<Language, FlatDictionary> = { de: flatten(de), en: flatten(en) };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Runtime language switch without reload: the language is a signal, so every template that
 * translates through it (the `t` pipe) re-renders when it changes.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.storedLanguage() ?? DEFAULT_LANGUAGE);
  private readonly dictionary = computed(() => DICTIONARIES[this.current()]);

  readonly language = this.current.asReadonly();
  readonly languages = LANGUAGES;

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  setLanguage(language: Language): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (private mode, policies): the switch still works for this visit.
    }
  }

  /** Text for a key in the current language; {placeholders} are filled from params. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const text = this.dictionary().get(key) ?? DICTIONARIES[DEFAULT_LANGUAGE].get(key) ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in params ? String(params[name]) : placeholder,
    );
  }

  private storedLanguage(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : null;
    } catch {
      return null;
    }
  }
}
