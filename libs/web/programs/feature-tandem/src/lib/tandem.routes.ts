import type { Routes } from '@angular/router';
import { TandemStore } from '@ecampus/web/programs/data-access';
import { TandemPage } from './tandem-page/tandem.page';

/**
 * Mounted twice by the app: at `/programme/:programId/mein-tandem` with `data: { mine: true }`
 * (mentors and mentees) and at `/programme/:programId/tandem/:tandemId` (staff looking at one
 * tandem). The parents are componentless, so their params and data reach the page as inputs.
 */
export const tandemRoutes: Routes = [{ path: '', title: 'programs.tandem.title', providers: [TandemStore], component: TandemPage }];
