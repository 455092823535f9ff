import { DOCUMENT, Injectable, PendingTasks, inject, signal, untracked } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { forkJoin, type Observable } from 'rxjs';
import type { I18nScope } from './i18n-scope';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  isLanguage,
  type Language,
  type LocalizedText,
  type TranslationKey,
  type TranslationParams,
} from './i18n-types';

export const LANGUAGE_STORAGE_KEY = 'ecampus.language';

/**
 * The web's language and texts, on top of Transloco (provideI18n()). The language is a signal and
 * t() reads it, so every template that translates through the `t` pipe re-renders on a switch.
 * A switch first loads the new language of every domain scope in use, then changes the language
 * in one step: no text ever shows its key in between.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly current = signal<Language>(this.storedLanguage() ?? DEFAULT_LANGUAGE);
  /** Counts finished loads: t() reads it, so texts of a scope that just arrived render. */
  private readonly arrivals = signal(0);
  /** The domain scopes some route has loaded; a switch loads them in the new language first. */
  private readonly scopes = new Map<string, I18nScope>();
  private readonly loadedPaths = new Set<string>();
  private switches = 0;

  /** The language the page is shown in ('de' | 'en'). */
  readonly language = this.current.asReadonly();
  readonly languages = LANGUAGES;

  constructor() {
    const language = this.current();
    // The app's own dictionary is in memory, so this completes at once.
    untracked(() => this.load([], language, () => this.show(language)));
  }

  /** Switches the page's language without reload and remembers the choice for the next visit. */
  setLanguage(language: Language): void {
    const ticket = ++this.switches;
    const switchWhenLoaded = () => {
      const missing = [...this.scopes.values()].filter((scope) => !this.loadedPaths.has(pathOf(scope, language)));
      if (missing.length > 0) return this.load(missing, language, switchWhenLoaded);
      // A later switch wins over one whose texts arrived late.
      if (ticket !== this.switches) return;
      this.show(language);
      this.remember(language);
    };
    this.load([...this.scopes.values()], language, switchWhenLoaded);
  }

  /** Text for a key in the current language; ICU arguments are filled from params. */
  t(key: TranslationKey, params?: TranslationParams): string {
    this.arrivals();
    return this.transloco.translate<string>(key, params ?? {}, this.current());
  }

  /** A text given in both languages (plug-in labels), in the current language. */
  text(text: LocalizedText): string {
    return text[this.current()];
  }

  /**
   * Loads a domain's texts in the current language (and from now on in every language switched
   * to). Resolves when they are there, or when loading failed (then logged; keys show).
   */
  loadScope(scope: I18nScope): Promise<void> {
    this.scopes.set(scope.scope, scope);
    return new Promise((resolve) => this.load([scope], this.current(), resolve));
  }

  /**
   * Loads the app's dictionary and the given scopes in one language, then calls `then` (also on
   * failure). While loading, the app is not stable: tests' `whenStable()` waits for the texts.
   */
  private load(scopes: readonly I18nScope[], language: Language, then: () => void): void {
    const loads: Observable<unknown>[] = [this.transloco.load(language)];
    for (const scope of scopes) {
      const path = pathOf(scope, language);
      loads.push(this.transloco.load(path, { inlineLoader: { [path]: scope.loader[language] } }));
    }
    let settled = false;
    let removeTask: (() => void) | undefined;
    const finish = (loaded: boolean) => {
      settled = true;
      if (loaded) scopes.forEach((scope) => this.loadedPaths.add(pathOf(scope, language)));
      this.arrivals.update((n) => n + 1);
      then();
      removeTask?.();
    };
    forkJoin(loads).subscribe({
      complete: () => finish(true),
      error: (error: unknown) => {
        console.error(`Texts for "${language}" could not be loaded`, error);
        finish(false);
      },
    });
    if (!settled) removeTask = this.pendingTasks.add();
  }

  private show(language: Language): void {
    this.transloco.setActiveLang(language);
    this.current.set(language);
    this.document.documentElement.lang = language;
  }

  private remember(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (private mode, policies): the switch still works for this visit.
    }
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

function pathOf(scope: I18nScope, language: Language): string {
  return `${scope.scope}/${language}`;
}
