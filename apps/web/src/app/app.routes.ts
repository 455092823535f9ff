import { Route } from '@angular/router';
import { loadVerifyRoutes } from '@ecampus/web/certificates/feature-certificates/plugin';
import { authGuard, guestGuard } from '@ecampus/web/identity/data-access';
import { loadProgramsRoutes } from '@ecampus/web/programs/feature-programs/plugin';
import { navEntryRoutes } from '@ecampus/web/shared/ui-plugins';
import { ProgramNavStore } from '@ecampus/web/shell/data-access';

/**
 * Top-level routes. Every feature is lazy: libraries are imported dynamically here, or through
 * their `plugin` entry, which holds only dynamic imports of its pages; so each one becomes its own
 * chunk. Route titles are translation keys (I18nTitleStrategy).
 */
export const appRoutes: Route[] = [
  {
    path: 'anmelden',
    canMatch: [guestGuard],
    loadChildren: () => import('@ecampus/web/identity/feature-login').then((m) => m.loginRoutes),
  },
  {
    // Invitation link from the e-mail; works signed in or not (it signs the person in).
    path: 'passwort-setzen',
    loadChildren: () => import('@ecampus/web/identity/feature-login').then((m) => m.setPasswordRoutes),
  },
  {
    // The public check of a certificate's code (the QR code on every PDF links to /verify/<code>):
    // anyone, signed in or not, outside the shell.
    path: 'verify',
    loadChildren: loadVerifyRoutes,
  },
  {
    // The signed-in area: everything below renders inside the shell layout.
    path: '',
    canMatch: [authGuard],
    providers: [ProgramNavStore],
    loadComponent: () => import('@ecampus/web/shell/feature').then((m) => m.ShellLayout),
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () => import('@ecampus/web/shell/feature').then((m) => m.homeRoutes),
      },
      // Program pages (libs/web/programs/*): the tandem page ("Mein Tandem" for participants, one
      // tandem for staff), then the program list and program home with the registered tabs.
      {
        path: 'programme/:programId/mein-tandem',
        data: { mine: true },
        loadChildren: () => import('@ecampus/web/programs/feature-tandem').then((m) => m.tandemRoutes),
      },
      {
        path: 'programme/:programId/tandem/:tandemId',
        loadChildren: () => import('@ecampus/web/programs/feature-tandem').then((m) => m.tandemRoutes),
      },
      {
        path: 'programme',
        loadChildren: loadProgramsRoutes,
      },
      // The person's own account from the user menu: password and sessions (libs/web/identity/feature-account).
      {
        path: 'konto',
        loadChildren: () => import('@ecampus/web/identity/feature-account').then((m) => m.accountRoutes),
      },
      // Pages of the navigation entries domains register (provideNavEntry in their provide function).
      { path: '', loadChildren: navEntryRoutes },
      // The navigation links each program to /programme/:programId.
      {
        path: '**',
        loadChildren: () => import('@ecampus/web/shell/feature').then((m) => m.notFoundRoutes),
      },
    ],
  },
];
