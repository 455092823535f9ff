import { type EnvironmentProviders, InjectionToken, inject, makeEnvironmentProviders } from '@angular/core';
import type { LoadChildren, Route, Routes } from '@angular/router';
import type { Bilingual, ProgramRole } from '@ecampus/shared/contracts';
import { TITLE_TEXT } from '@ecampus/web/shared/util-i18n';

/** Who may see a tab: the holders of a role in the program, or administrators ('admin'). */
export type ProgramTabAudience = ProgramRole | 'admin';

/**
 * A tab of the program home (`/programme/:programId/<path>`). Domains register theirs with
 * provideProgramTab() in their provide function; the program home shows the ones the caller may
 * see and mounts their routes below the tabs. Programs' own tabs are registered the same way.
 */
export interface ProgramTab {
  /** Below `programme/:programId`; '' is the program's start tab. German, like every URL. */
  readonly path: string;
  /**
   * Shown before the domain's dictionary is loaded, hence both languages here; also the page
   * title of the tab's routes unless they set their own.
   */
  readonly label: Bilingual;
  /** Position among the tabs, ascending (programs' own: 0–50 in steps of 10). */
  readonly order: number;
  /** `data-testid` of the tab link. */
  readonly testId: string;
  /** Who sees the tab; omitted: every member of the program. The API enforces access; this only hides. */
  readonly visibleTo?: readonly ProgramTabAudience[];
  /**
   * The tab's routes, mounted at `programme/:programId/<path>` below the tabs (the domain's own
   * route file, with its i18n scope guard). Omitted when the tab links to a page the app mounts
   * elsewhere (programs' "Mein Tandem", which replaces the home instead of rendering under it).
   */
  readonly loadChildren?: LoadChildren;
  /**
   * A number beside the tab and beside its program in the navigation (submissions waiting for
   * review). Made once by each page that shows tabs (the program home, the shell's navigation),
   * in that page's injection context: it may inject a store, and `DestroyRef` to learn how long
   * it is shown.
   */
  readonly badge?: () => ProgramTabBadge;
}

/** A count for a program tab, hidden at 0 (ProgramTab.badge). */
export interface ProgramTabBadge {
  /** The number for one program; reads signals, so the badge follows them. */
  count(programId: string): number;
  /**
   * What the number means, in both languages (shown before the domain's dictionary is loaded):
   * the badge's text for screen readers and its tooltip, "3 Abgaben warten auf Prüfung".
   */
  label(count: number): Bilingual;
  /** `data-testid` of the badge. */
  readonly testId: string;
}

/** The registered program tabs. Provide with provideProgramTab() in the app's providers only. */
export const PROGRAM_TABS = new InjectionToken<readonly ProgramTab[]>('PROGRAM_TABS');

/**
 * Registers a program tab. Environment providers for the app's root (app.config.ts, usually
 * through the domain's provide function): a route-level provider would hide the app's other tabs.
 */
export function provideProgramTab(tab: ProgramTab): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: PROGRAM_TABS, useValue: tab, multi: true }]);
}

/** The tabs a caller with these roles in the program sees, in their order. */
export function visibleProgramTabs(
  tabs: readonly ProgramTab[],
  caller: { readonly roles: readonly ProgramRole[]; readonly isAdmin: boolean },
): ProgramTab[] {
  const audience = new Set<ProgramTabAudience>([...caller.roles, ...(caller.isAdmin ? (['admin'] as const) : [])]);
  return [...tabs].filter((tab) => !tab.visibleTo || tab.visibleTo.some((who) => audience.has(who))).sort((a, b) => a.order - b.order);
}

/** The registered tabs, ordered. Call in an injection context. */
export function injectProgramTabs(): readonly ProgramTab[] {
  return [...(inject(PROGRAM_TABS, { optional: true }) ?? [])].sort((a, b) => a.order - b.order);
}

/**
 * The badges of the registered tabs that have one, by tab path, each made now (in the caller's
 * injection context). A page that shows tabs calls this once.
 */
export function injectProgramTabBadges(): ReadonlyMap<string, ProgramTabBadge> {
  const badges = new Map<string, ProgramTabBadge>();
  for (const tab of injectProgramTabs()) if (tab.badge) badges.set(tab.path, tab.badge());
  return badges;
}

/**
 * The routes of the registered tabs, for `loadChildren` of the program home's route (runs in an
 * injection context): `{ path: ':programId', component: ProgramHomePage, loadChildren: programTabRoutes }`.
 * Each tab's label is its routes' page title unless they set their own.
 */
export function programTabRoutes(): Routes {
  return injectProgramTabs()
    .filter((tab) => tab.loadChildren)
    .map((tab): Route => ({
      path: tab.path,
      ...(tab.path === '' ? { pathMatch: 'full' as const } : {}),
      data: { [TITLE_TEXT]: tab.label },
      loadChildren: tab.loadChildren,
    }));
}
