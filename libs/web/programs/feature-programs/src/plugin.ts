import { type EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import type { Routes } from '@angular/router';
import { provideAccountSection, provideAdminSection, provideProgramTab } from '@ecampus/web/shared/ui-plugins';
import { I18nService } from '@ecampus/web/shared/util-i18n';

/*
 * The app's entry into this library (`@ecampus/web/programs/feature-programs/plugin`): what the
 * app mounts and registers. It refers to the pages only through dynamic imports, so the app may
 * import this file statically and the pages still load with their routes, not with the app.
 */

const routes = () => import('./lib/programs.routes');

/** The program list and program homes, for app.routes.ts: `{ path: 'programme', loadChildren: loadProgramsRoutes }`. */
export const loadProgramsRoutes = (): Promise<Routes> => routes().then((m) => m.programsRoutes);

/**
 * Programs' contributions to the app (app.config.ts): the tabs of the program home, the programs
 * section of the administration, and a person's programs on her account page there.
 */
export function providePrograms(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAdminSection({
      path: 'programme',
      label: { de: 'Programme', en: 'Programs' },
      order: 10,
      testId: 'admin-programs',
      loadChildren: () => routes().then((m) => m.programAdminRoutes),
    }),
    provideAccountSection({
      id: 'programs',
      order: 10,
      load: () => {
        const i18n = inject(I18nService);
        return routes().then((m) => m.personProgramsSection(i18n));
      },
    }),
    provideProgramTab({
      path: '',
      label: { de: 'Übersicht', en: 'Overview' },
      order: 0,
      testId: 'tab-overview',
      loadChildren: () => routes().then((m) => m.overviewTabRoutes),
    }),
    // The tandem page replaces the home (the app mounts it at programme/:programId/mein-tandem).
    provideProgramTab({
      path: 'mein-tandem',
      label: { de: 'Mein Tandem', en: 'My tandem' },
      order: 10,
      testId: 'tab-my-tandem',
      visibleTo: ['mentor', 'mentee'],
    }),
    provideProgramTab({
      path: 'profil',
      label: { de: 'Mein Profil', en: 'My profile' },
      order: 20,
      testId: 'tab-profile',
      visibleTo: ['mentor', 'mentee'],
      loadChildren: () => routes().then((m) => m.profileTabRoutes),
    }),
    provideProgramTab({
      path: 'mitglieder',
      label: { de: 'Mitglieder', en: 'Members' },
      order: 30,
      testId: 'tab-members',
      visibleTo: ['coordinator', 'trainer', 'admin'],
      loadChildren: () => routes().then((m) => m.membersTabRoutes),
    }),
    provideProgramTab({
      path: 'tandems',
      label: { de: 'Tandems', en: 'Tandems' },
      order: 40,
      testId: 'tab-tandems',
      visibleTo: ['coordinator', 'trainer', 'admin'],
      loadChildren: () => routes().then((m) => m.tandemsTabRoutes),
    }),
    provideProgramTab({
      path: 'einstellungen',
      label: { de: 'Einstellungen', en: 'Settings' },
      order: 50,
      testId: 'tab-settings',
      visibleTo: ['coordinator', 'admin'],
      loadChildren: () => routes().then((m) => m.settingsTabRoutes),
    }),
  ]);
}
