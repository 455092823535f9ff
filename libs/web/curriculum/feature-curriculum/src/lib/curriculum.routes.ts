import type { Routes } from '@angular/router';
import { CurriculumStore } from '@ecampus/web/curriculum/data-access';
import { CURRICULUM_I18N } from '@ecampus/web/curriculum/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { CurriculumPage } from './curriculum-page/curriculum-page';

/**
 * Curriculum's page, mounted by its program tab at `programme/:programId/curriculum` (../plugin.ts).
 * Its texts load first; the store lives as long as the page.
 */
export const curriculumRoutes: Routes = [
  { path: '', canActivate: [loadI18nScope(CURRICULUM_I18N)], providers: [CurriculumStore], component: CurriculumPage },
];
