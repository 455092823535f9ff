import { type EnvironmentProviders, InjectionToken, inject, makeEnvironmentProviders } from '@angular/core';
import type { CanMatchFn, LoadChildren, Routes } from '@angular/router';
import type { Bilingual } from '@ecampus/shared/contracts';
import type { IconName } from '@ecampus/web/shared/ui';
import { TITLE_TEXT } from '@ecampus/web/shared/util-i18n';

/** Who may see a navigation entry besides everyone signed in: administrators ('admin'). */
export type NavAudience = 'admin';

/**
 * An entry of the signed-in navigation, with its page at `/<path>` inside the shell. Domains
 * register theirs with provideNavEntry() in their provide function; the shell lists them after
 * the start page.
 */
export interface NavEntry {
  /** Top-level path of the domain's page ('bibliothek'); German, like every URL. */
  readonly path: string;
  /** Shown on every signed-in page, before the domain's dictionary is loaded, hence both languages here. */
  readonly label: Bilingual;
  readonly icon: IconName;
  /** Position in the navigation, ascending. */
  readonly order: number;
  /** `data-testid` of the link. */
  readonly testId: string;
  /** Who sees the entry; omitted: everyone signed in. This only hides the link, `canMatch` guards the page. */
  readonly visibleTo?: readonly NavAudience[];
  /**
   * Guards of the page's route (e.g. identity's `adminGuard`): for whom they refuse, the route does
   * not exist and the 404 page answers. On this route, not inside the loaded routes: a refusal
   * there would leave the page empty instead of falling through to the 404 page.
   */
  readonly canMatch?: readonly CanMatchFn[];
  /** The page's routes (the domain's own route file, with its i18n scope guard). */
  readonly loadChildren: LoadChildren;
}

/** The registered navigation entries. Provide with provideNavEntry() in the app's providers only. */
export const NAV_ENTRIES = new InjectionToken<readonly NavEntry[]>('NAV_ENTRIES');

/** Registers a navigation entry and its page, at the app's root (app.config.ts). */
export function provideNavEntry(entry: NavEntry): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: NAV_ENTRIES, useValue: entry, multi: true }]);
}

/** The registered entries, ordered. Call in an injection context. */
export function injectNavEntries(): readonly NavEntry[] {
  return [...(inject(NAV_ENTRIES, { optional: true }) ?? [])].sort((a, b) => a.order - b.order);
}

/** The entries a caller sees, in their order. */
export function visibleNavEntries(entries: readonly NavEntry[], caller: { readonly isAdmin: boolean }): NavEntry[] {
  return [...entries]
    .filter((entry) => !entry.visibleTo || (caller.isAdmin && entry.visibleTo.includes('admin')))
    .sort((a, b) => a.order - b.order);
}

/**
 * The pages of the registered entries, for `loadChildren` of a `path: ''` child of the shell's
 * route (runs in an injection context). Each entry's label is its page title unless the page sets its own.
 */
export function navEntryRoutes(): Routes {
  return injectNavEntries().map((entry) => ({
    path: entry.path,
    data: { [TITLE_TEXT]: entry.label },
    ...(entry.canMatch ? { canMatch: [...entry.canMatch] } : {}),
    loadChildren: entry.loadChildren,
  }));
}
