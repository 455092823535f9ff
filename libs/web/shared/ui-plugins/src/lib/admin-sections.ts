import { type EnvironmentProviders, InjectionToken, inject, makeEnvironmentProviders } from '@angular/core';
import type { LoadChildren, Routes } from '@angular/router';
import type { Bilingual } from '@ecampus/shared/contracts';
import { TITLE_TEXT } from '@ecampus/web/shared/util-i18n';

/**
 * A section of the administration (`/verwaltung/<path>`), shown as a tab of the administration
 * page. Each domain registers what an administrator manages of it (programs: "Programme",
 * identity: "Konten") with provideAdminSection() in its provide function.
 */
export interface AdminSection {
  /** Below `verwaltung`; German, like every URL. */
  readonly path: string;
  /** Shown before the domain's dictionary is loaded, hence both languages; also the section's page title. */
  readonly label: Bilingual;
  /** Position among the tabs, ascending; the first is where `/verwaltung` leads. */
  readonly order: number;
  /** `data-testid` of the tab link. */
  readonly testId: string;
  /** The section's routes (the domain's own route file, with its i18n scope guard). */
  readonly loadChildren: LoadChildren;
}

/** The registered sections. Provide with provideAdminSection() in the app's providers only. */
export const ADMIN_SECTIONS = new InjectionToken<readonly AdminSection[]>('ADMIN_SECTIONS');

/** Registers a section of the administration, at the app's root (app.config.ts). */
export function provideAdminSection(section: AdminSection): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: ADMIN_SECTIONS, useValue: section, multi: true }]);
}

/** The registered sections, ordered. Call in an injection context. */
export function injectAdminSections(): readonly AdminSection[] {
  return [...(inject(ADMIN_SECTIONS, { optional: true }) ?? [])].sort((a, b) => a.order - b.order);
}

/**
 * The routes of the registered sections, for `loadChildren` of the administration page's route
 * (runs in an injection context); `''` leads to the first section. Each section's label is its
 * page title unless its routes set their own.
 */
export function adminSectionRoutes(): Routes {
  const sections = injectAdminSections();
  const [first] = sections;
  return [
    ...(first ? [{ path: '', pathMatch: 'full' as const, redirectTo: first.path }] : []),
    ...sections.map((section) => ({ path: section.path, data: { [TITLE_TEXT]: section.label }, loadChildren: section.loadChildren })),
  ];
}
