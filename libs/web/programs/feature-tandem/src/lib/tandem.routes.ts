import type { Routes } from '@angular/router';
import { TandemStore } from '@ecampus/web/programs/data-access';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { TandemPage } from './tandem-page/tandem-page';

/**
 * Mounted twice by the app: at `/programme/:programId/mein-tandem` with `data: { mine: true }`
 * (mentors and mentees) and at `/programme/:programId/tandem/:tandemId` (staff looking at one
 * tandem). The parents are componentless, so their params and data reach the page as inputs.
 * Programs' texts load first.
 */
export const tandemRoutes: Routes = [
  {
    path: '',
    title: 'programs.tandem.title',
    canActivate: [loadI18nScope(PROGRAMS_I18N)],
    providers: [TandemStore],
    component: TandemPage,
  },
];
