import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import type { DictionaryOf, Language, Translations } from './i18n-types';
import { I18nService } from './i18n-service';

/**
 * A domain's dictionaries as a Transloco scope with inline loaders: `scope` is the first part of
 * its keys (`programs.list.title`), each language is its own lazily loaded chunk.
 */
export interface I18nScope {
  readonly scope: string;
  readonly loader: Readonly<Record<Language, () => Promise<object>>>;
}

/**
 * Declares a domain's scope. The name must be the one the domain added to `Translations`, and each
 * loader must deliver that dictionary's shape (checked here):
 *
 *   export const PROGRAMS_I18N = defineI18nScope('programs', {
 *     de: () => import('./de').then((m) => m.de),
 *     en: () => import('./en').then((m) => m.en),
 *   });
 */
export function defineI18nScope<S extends keyof Translations & string>(
  scope: S,
  loader: { readonly [L in Language]: () => Promise<DictionaryOf<Translations[S]>> },
): I18nScope {
  return { scope, loader };
}

/**
 * Route guard that loads a domain's texts with its routes: `canActivate: [loadI18nScope(PROGRAMS_I18N)]`
 * on the domain's top route. Never blocks the navigation: if the chunk cannot be loaded, the page
 * shows its keys rather than nothing.
 */
export function loadI18nScope(scope: I18nScope): CanActivateFn {
  return () =>
    inject(I18nService)
      .loadScope(scope)
      .then(() => true);
}
