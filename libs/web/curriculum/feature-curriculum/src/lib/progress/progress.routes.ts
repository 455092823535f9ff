import type { Routes } from '@angular/router';
import { CurriculumStore, ProgressStore } from '@ecampus/web/curriculum/data-access';
import { CURRICULUM_I18N } from '@ecampus/web/curriculum/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { ProgressPage } from './progress-page';

/**
 * The progress matrix, mounted by its program tab "Fortschritt" at `programme/:programId/fortschritt`
 * (../../plugin.ts; `?tandemId=` filters it for staff). The CurriculumStore tells staff (filter,
 * export) from participants.
 */
export const progressRoutes: Routes = [
  {
    path: '',
    canActivate: [loadI18nScope(CURRICULUM_I18N)],
    providers: [CurriculumStore, ProgressStore],
    component: ProgressPage,
  },
];
