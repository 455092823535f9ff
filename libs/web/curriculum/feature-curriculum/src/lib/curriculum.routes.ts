import type { Routes } from '@angular/router';
import { AssignmentStore, CurriculumStore, LessonStore, MaterialsStore, ModuleStore } from '@ecampus/web/curriculum/data-access';
import { CURRICULUM_I18N } from '@ecampus/web/curriculum/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { AssignmentEditorPage } from './assignment/assignment-editor-page';
import { AssignmentPage } from './assignment/assignment-page';
import { LessonEditorPage } from './lesson/lesson-editor-page';
import { LessonPage } from './lesson/lesson-page';
import { ModulePage } from './module/module-page';
import { ModulesTab } from './modules/modules-tab';

/**
 * The curriculum, mounted by its program tab at `programme/:programId/module` (../plugin.ts):
 *
 * - `module`: the program's modules;
 * - `module/:moduleId`: one module with its lessons, materials and assignments (staff: edit, publish, copy, history);
 * - `module/:moduleId/lektionen/neu`, `…/lektionen/:lessonId/bearbeiten`: the lesson editor (staff);
 * - `module/:moduleId/lektionen/:lessonId`: the lesson reader;
 * - `module/:moduleId/aufgaben/neu`, `…/aufgaben/:assignmentId/bearbeiten`: the assignment editor (staff);
 * - `module/:moduleId/aufgaben/:assignmentId`: the assignment with the tandems' submissions (review mails
 *   and the review queue link to this path).
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
          { path: '', providers: [ModuleStore, MaterialsStore], component: ModulePage },
          { path: 'lektionen/neu', providers: [LessonStore], component: LessonEditorPage },
          { path: 'lektionen/:lessonId', providers: [LessonStore], component: LessonPage },
          { path: 'lektionen/:lessonId/bearbeiten', providers: [LessonStore], component: LessonEditorPage },
          { path: 'aufgaben/neu', providers: [AssignmentStore], component: AssignmentEditorPage },
          { path: 'aufgaben/:assignmentId', providers: [AssignmentStore], component: AssignmentPage },
          { path: 'aufgaben/:assignmentId/bearbeiten', providers: [AssignmentStore], component: AssignmentEditorPage },
        ],
      },
    ],
  },
];
