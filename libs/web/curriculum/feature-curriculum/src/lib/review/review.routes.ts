import type { Routes } from '@angular/router';
import { ReviewQueueStore } from '@ecampus/web/curriculum/data-access';
import { CURRICULUM_I18N } from '@ecampus/web/curriculum/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { ReviewQueuePage } from './review-queue-page';

/**
 * The review queue, mounted by its program tab "Prüfen" at `programme/:programId/pruefen`
 * (../../plugin.ts; staff only). Each item leads to its assignment page below the "Module" tab.
 */
export const reviewRoutes: Routes = [
  { path: '', canActivate: [loadI18nScope(CURRICULUM_I18N)], providers: [ReviewQueueStore], component: ReviewQueuePage },
];
