import { DestroyRef, type EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { ReviewCountsStore } from '@ecampus/web/curriculum/data-access';
import { type ProgramTabBadge, provideProgramTab } from '@ecampus/web/shared/ui-plugins';

/*
 * The app's entry into this library (`@ecampus/web/curriculum/feature-curriculum/plugin`): what the app
 * registers. It refers to the pages only through dynamic imports, so the app imports this file
 * statically and the pages still load with their routes, not with the app.
 */

const routes = () => import('./lib/curriculum.routes');

/**
 * The count on "Prüfen" and beside each program in the navigation: submissions waiting for the
 * caller's review (0, hidden, where she is no staff). Made by each page that shows it; the counts
 * load with it and are forgotten when the last such page is gone (a logout).
 */
export function reviewCountBadge(): ProgramTabBadge {
  const counts = inject(ReviewCountsStore);
  counts.watch(inject(DestroyRef));
  return {
    count: (programId) => counts.waiting(programId),
    label: (count) =>
      count === 1
        ? { de: '1 Abgabe wartet auf Prüfung', en: '1 submission waiting for review' }
        : { de: `${count} Abgaben warten auf Prüfung`, en: `${count} submissions waiting for review` },
    testId: 'review-count-badge',
  };
}

/**
 * The curriculum's contributions to the app (one line in its providers): the program tabs
 * "Module", "Prüfen" (staff, with the count of waiting submissions) and "Fortschritt".
 */
export function provideCurriculum(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideProgramTab({
      // MODULES_PATH (lib/program-id.ts); not imported, so this file stays free of the pages' code.
      path: 'module',
      label: { de: 'Module', en: 'Modules' },
      // After programs' own tabs (0–50).
      order: 100,
      testId: 'tab-modules',
      loadChildren: () => routes().then((m) => m.curriculumRoutes),
    }),
    provideProgramTab({
      path: 'pruefen',
      label: { de: 'Prüfen', en: 'Review' },
      order: 110,
      testId: 'tab-review',
      visibleTo: ['trainer', 'coordinator', 'admin'],
      badge: reviewCountBadge,
      loadChildren: () => import('./lib/review/review.routes').then((m) => m.reviewRoutes),
    }),
    provideProgramTab({
      path: 'fortschritt',
      label: { de: 'Fortschritt', en: 'Progress' },
      order: 120,
      testId: 'tab-progress',
      loadChildren: () => import('./lib/progress/progress.routes').then((m) => m.progressRoutes),
    }),
  ]);
}
