import type { Routes } from '@angular/router';
import { CalendarFeedStore, LiveClock, LiveSessionStore, LiveSessionsStore } from '@ecampus/web/live/data-access';
import { LIVE_I18N, LIVE_ROOM_I18N } from '@ecampus/web/live/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { LiveSessionCreatePage } from './form/live-session-create-page';
import { LiveSessionEditPage } from './form/live-session-edit-page';
import { LiveSessionPage } from './session/live-session-page';
import { LiveTab } from './tab/live-tab';

/**
 * Live seminars, mounted by the program tab "Live-Seminare" at `programme/:programId/live` (../plugin.ts):
 *
 * - `live` (`?ansicht=kalender&monat=YYYY-MM`): the sessions as a list or a month calendar, and the calendar feed;
 * - `live/neu`: a new session (staff);
 * - `live/:sessionId`: one session (join, .ics; moderators: start, end, edit, delete, attendance);
 * - `live/:sessionId/bearbeiten`: its form (moderators, while scheduled);
 * - `live/:sessionId/raum`: the room (./room/).
 *
 * The texts load first; one LiveSessionsStore (program, roles, sessions, form options) and one
 * LiveClock are shared by the pages. Routes pass their parameters to the pages' inputs.
 */
export const liveRoutes: Routes = [
  {
    path: '',
    canActivate: [loadI18nScope(LIVE_I18N)],
    providers: [LiveSessionsStore, LiveClock],
    children: [
      { path: '', providers: [CalendarFeedStore], component: LiveTab },
      { path: 'neu', component: LiveSessionCreatePage },
      { path: ':sessionId', providers: [LiveSessionStore], component: LiveSessionPage },
      { path: ':sessionId/bearbeiten', providers: [LiveSessionStore], component: LiveSessionEditPage },
      {
        path: ':sessionId/raum',
        canActivate: [loadI18nScope(LIVE_ROOM_I18N)],
        loadChildren: () => import('./room/live-room.routes').then((m) => m.liveRoomRoutes),
      },
    ],
  },
];
