import type { Routes } from '@angular/router';
import { ProfileStore, ProgramListStore, ProgramStore } from '@ecampus/web/programs/data-access';
import { MembersTab } from './members/members.tab';
import { OverviewTab } from './overview/overview.tab';
import { ProfileTab } from './profile/profile.tab';
import { ProgramHomePage } from './program-home/program-home.page';
import { ProgramListPage } from './program-list/program-list.page';
import { SettingsTab } from './settings/settings.tab';
import { TandemsTab } from './tandems/tandems.tab';

/**
 * Mounted at `/programme`. The stores are provided per route: the list store lives with the
 * list page, one ProgramStore per opened program is shared by its tabs.
 */
export const programsRoutes: Routes = [
  { path: '', pathMatch: 'full', title: 'programs.list.title', providers: [ProgramListStore], component: ProgramListPage },
  {
    path: ':programId',
    providers: [ProgramStore, ProfileStore],
    component: ProgramHomePage,
    children: [
      { path: '', pathMatch: 'full', title: 'programs.home.tabOverview', component: OverviewTab },
      { path: 'mitglieder', title: 'programs.home.tabMembers', component: MembersTab },
      { path: 'tandems', title: 'programs.home.tabTandems', component: TandemsTab },
      { path: 'einstellungen', title: 'programs.home.tabSettings', component: SettingsTab },
      { path: 'profil', title: 'programs.home.tabProfile', component: ProfileTab },
    ],
  },
];
