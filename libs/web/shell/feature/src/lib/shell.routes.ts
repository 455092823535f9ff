import { Route } from '@angular/router';
import { adminGuard } from '@ecampus/web/identity/data-access';
import { adminSectionRoutes } from '@ecampus/web/shared/ui-plugins';
import { AdminPage } from './admin/admin-page';
import { HomePage } from './home/home-page';
import { NotFoundPage } from './not-found/not-found-page';

/** Children of the signed-in layout; route titles are translation keys (I18nTitleStrategy). */
export const homeRoutes: Route[] = [{ path: '', component: HomePage, title: 'home.title' }];

export const notFoundRoutes: Route[] = [{ path: '', component: NotFoundPage, title: 'notFound.title' }];

/**
 * The administration, for the "Verwaltung" navigation entry (app.config.ts, which guards its route
 * with identity's `adminGuard`, so for anyone else the 404 page answers). The sections are the
 * registered ones (provideAdminSection), mounted below the page's tabs. Guarded here too, so these
 * routes never show to anyone else wherever they are mounted.
 */
export const adminRoutes: Route[] = [
  { path: '', canMatch: [adminGuard], component: AdminPage, title: 'admin.title', loadChildren: adminSectionRoutes },
];
