import type { Routes } from '@angular/router';
import { CurriculumStore, LessonStore, ModuleStore } from '@ecampus/web/curriculum/data-access';
import { CURRICULUM_I18N } from '@ecampus/web/curriculum/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { LessonEditorPage } from './lesson/lesson-editor-page';
import { LessonPage } from './lesson/lesson-page';
import { ModulePage } from './module/module-page';
import { ModulesTab } from './modules/modules-tab';

/**
 * The curriculum, mounted by its program tab at `programme/:programId/module` (../plugin.ts):
 *
 * - `module`: the program's modules;
 * - `module/:moduleId`: one module with its lessons (staff: edit, publish, copy, history);
 * - `module/:moduleId/lektionen/neu`, `…/lektionen/:lessonId/bearbeiten`: the lesson editor (staff);
 * - `module/:moduleId/lektionen/:lessonId`: the lesson reader.
 *
 * The texts load first; one CurriculumStore (program, roles, modules) is shared by all pages.
 * The componentless `:moduleId` route passes its parameter on to its pages' inputs.
 */
export const curriculumRoutes: Routes = [
  {
    path: '',
    canActivate: [loadI18nScope(CURRICULUM_I18N)],
    providers: [CurriculumStore],
    children: [
      { path: '', component: ModulesTab },
      {
        path: ':moduleId',
        children: [
          { path: '', providers: [ModuleStore], component: ModulePage },
          { path: 'lektionen/neu', providers: [LessonStore], component: LessonEditorPage },
          { path: 'lektionen/:lessonId', providers: [LessonStore], component: LessonPage },
          { path: 'lektionen/:lessonId/bearbeiten', providers: [LessonStore], component: LessonEditorPage },
        ],
      },
    ],
  },
];
