import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideProgramTab } from '@ecampus/web/shared/ui-plugins';

/*
 * The app's entry into this library (`@ecampus/web/curriculum/feature-curriculum/plugin`): what the app
 * registers. It refers to the pages only through dynamic imports, so the app imports this file
 * statically and the pages still load with their routes, not with the app.
 */

const routes = () => import('./lib/curriculum.routes');

/** The curriculum's contributions to the app (one line in its providers): the program tab "Module". */
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
  ]);
}
