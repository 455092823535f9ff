import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';

/** The public check (app.routes.ts mounts it there); the QR code on every PDF links to `/verify/<code>`. */
export const VERIFY_PATH = 'verify';

/**
 * The `:programId` of the program home the tab is mounted under. It belongs to a route with a
 * component (the home), so it is not inherited as an input: read it from the route above.
 */
export function programIdOfRoute(): Signal<string> {
  const route = inject(ActivatedRoute);
  const home = route.pathFromRoot.find((r) => r.snapshot.paramMap.has('programId')) ?? route;
  return toSignal(home.paramMap.pipe(map((params) => params.get('programId') ?? '')), { requireSync: true });
}
