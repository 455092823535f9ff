import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideProgramTab } from '@ecampus/web/shared/ui-plugins';

/*
 * The app's entry into this library (`@ecampus/web/live/feature-live/plugin`): what the app
 * registers. It refers to the pages only through dynamic imports, so the app imports this file
 * statically and the pages still load with their routes, not with the app.
 */

const routes = () => import('./lib/live.routes');

/** Live seminars' contributions to the app (one line in its providers): the program tab "Live-Seminare". */
export function provideLive(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideProgramTab({
      path: 'live',
      label: { de: 'Live-Seminare', en: 'Live sessions' },
      // After programs' own tabs (0–50) and the curriculum's (100–120).
      order: 130,
      testId: 'tab-live',
      loadChildren: () => routes().then((m) => m.liveRoutes),
    }),
  ]);
}
