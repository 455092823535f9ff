import type { Type } from '@angular/core';
import type { Routes } from '@angular/router';
import { ProfileStore, ProgramAdminStore, ProgramListStore, ProgramStore } from '@ecampus/web/programs/data-access';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { type AccountSectionComponent, programTabRoutes } from '@ecampus/web/shared/ui-plugins';
import { type I18nService, loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { PersonPrograms } from './admin/person-programs';
import { ProgramAdminPage } from './admin/program-admin-page';
import { MembersTab } from './members/members-tab';
import { OverviewTab } from './overview/overview-tab';
import { ProfileTab } from './profile/profile-tab';
import { ProgramHomePage } from './program-home/program-home-page';
import { ProgramListPage } from './program-list/program-list-page';
import { SettingsTab } from './settings/settings-tab';
import { TandemsTab } from './tandems/tandems-tab';

/**
 * Mounted at `/programme`; programs' texts load first. The stores are provided per route: the list
 * store lives with the list page, one ProgramStore per opened program is shared by its tabs.
 * The program home's tabs are the registered ones (provideProgramTab, see ../plugin.ts for
 * programs' own): each domain mounts its tab's routes here without this file knowing it.
 */
export const programsRoutes: Routes = [
  {
    path: '',
    canActivate: [loadI18nScope(PROGRAMS_I18N)],
    children: [
      { path: '', pathMatch: 'full', title: 'programs.list.title', providers: [ProgramListStore], component: ProgramListPage },
      { path: ':programId', providers: [ProgramStore, ProfileStore], component: ProgramHomePage, loadChildren: programTabRoutes },
    ],
  },
];

/** The routes of programs' own tabs (registered in ../plugin.ts; their titles are the tab labels). */
export const overviewTabRoutes: Routes = [{ path: '', component: OverviewTab }];
export const membersTabRoutes: Routes = [{ path: '', component: MembersTab }];
export const tandemsTabRoutes: Routes = [{ path: '', component: TandemsTab }];
export const settingsTabRoutes: Routes = [{ path: '', component: SettingsTab }];
export const profileTabRoutes: Routes = [{ path: '', component: ProfileTab }];

/** The programs section of the administration (`/verwaltung/programme`, registered in ../plugin.ts). */
export const programAdminRoutes: Routes = [
  { path: '', canActivate: [loadI18nScope(PROGRAMS_I18N)], providers: [ProgramAdminStore], component: ProgramAdminPage },
];

/** Programs' section of an account's page in the administration, with programs' texts loaded first. */
export async function personProgramsSection(i18n: I18nService): Promise<Type<AccountSectionComponent>> {
  await i18n.loadScope(PROGRAMS_I18N);
  return PersonPrograms;
}
