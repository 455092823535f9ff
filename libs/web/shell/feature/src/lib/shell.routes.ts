import { Route } from '@angular/router';
import { HomePage } from './home/home-page';
import { NotFoundPage } from './not-found/not-found-page';

/** Children of the signed-in layout; route titles are translation keys (I18nTitleStrategy). */
export const homeRoutes: Route[] = [{ path: '', component: HomePage, title: 'home.title' }];

export const notFoundRoutes: Route[] = [{ path: '', component: NotFoundPage, title: 'notFound.title' }];
