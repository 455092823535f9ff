import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';

/** The tab's path below `programme/:programId` (German, like every URL); ../plugin.ts registers it. */
export const MODULES_PATH = 'module';

/**
 * The `:programId` of the program home these pages are mounted under. It belongs to a route with a
 * component (the home), so it is not inherited as an input: read it from the route above.
 */
export function programIdOfRoute(): Signal<string> {
  const route = inject(ActivatedRoute);
  const home = route.pathFromRoot.find((r) => r.snapshot.paramMap.has('programId')) ?? route;
  return toSignal(home.paramMap.pipe(map((params) => params.get('programId') ?? '')), { requireSync: true });
}

/** Router commands of the curriculum's pages. */
export const curriculumLinks = {
  modules: (programId: string) => ['/programme', programId, MODULES_PATH],
  module: (programId: string, moduleId: string) => ['/programme', programId, MODULES_PATH, moduleId],
  lesson: (programId: string, moduleId: string, lessonId: string) => [
    '/programme',
    programId,
    MODULES_PATH,
    moduleId,
    'lektionen',
    lessonId,
  ],
  editLesson: (programId: string, moduleId: string, lessonId: string) => [
    '/programme',
    programId,
    MODULES_PATH,
    moduleId,
    'lektionen',
    lessonId,
    'bearbeiten',
  ],
  /** The assignment page; review mails and the review queue link to this path. */
  assignment: (programId: string, moduleId: string, assignmentId: string) => [
    '/programme',
    programId,
    MODULES_PATH,
    moduleId,
    'aufgaben',
    assignmentId,
  ],
  editAssignment: (programId: string, moduleId: string, assignmentId: string) => [
    '/programme',
    programId,
    MODULES_PATH,
    moduleId,
    'aufgaben',
    assignmentId,
    'bearbeiten',
  ],
};
