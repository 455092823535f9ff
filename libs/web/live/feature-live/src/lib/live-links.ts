import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';

/** The tab's path below `programme/:programId` (../plugin.ts registers it). */
export const LIVE_PATH = 'live';

/**
 * The `:programId` of the program home these pages are mounted under. It belongs to a route with a
 * component (the home), so it is not inherited as an input: read it from the route above.
 */
export function programIdOfRoute(): Signal<string> {
  const route = inject(ActivatedRoute);
  const home = route.pathFromRoot.find((r) => r.snapshot.paramMap.has('programId')) ?? route;
  return toSignal(home.paramMap.pipe(map((params) => params.get('programId') ?? '')), { requireSync: true });
}

/** Router commands of the live pages (German paths, like every URL). */
export const liveLinks = {
  tab: (programId: string) => ['/programme', programId, LIVE_PATH],
  create: (programId: string) => ['/programme', programId, LIVE_PATH, 'neu'],
  session: (programId: string, sessionId: string) => ['/programme', programId, LIVE_PATH, sessionId],
  edit: (programId: string, sessionId: string) => ['/programme', programId, LIVE_PATH, sessionId, 'bearbeiten'],
  /** The room (H5's page). */
  room: (programId: string, sessionId: string) => ['/programme', programId, LIVE_PATH, sessionId, 'raum'],
};
