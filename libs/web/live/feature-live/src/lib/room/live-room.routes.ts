import type { Routes } from '@angular/router';
import { LiveRoomPage } from './live-room-page';

/**
 * The virtual classroom, mounted by live.routes.ts at `:sessionId/raum` below the program's live
 * tab (its texts, the `live` and `liveRoom` scopes, load with that route). The page provides its
 * own store: the room is joined while the page lives.
 */
export const liveRoomRoutes: Routes = [{ path: '', component: LiveRoomPage, title: 'liveRoom.page.title' }];
