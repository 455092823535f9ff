import { Injectable } from '@angular/core';
import { Subject, filter, map, type Observable } from 'rxjs';

/** Kinds of data whose lists live in more than one place of the page (extend as domains need). */
export type ChangedData = 'programs';

/**
 * Tells other parts of the page that data changed, so lists elsewhere load again — the
 * navigation's programs after the administration created or archived one — without the domain
 * that changed it knowing who shows it.
 */
@Injectable({ providedIn: 'root' })
export class DataChanges {
  private readonly changes = new Subject<ChangedData>();

  announce(kind: ChangedData): void {
    this.changes.next(kind);
  }

  of(kind: ChangedData): Observable<void> {
    return this.changes.pipe(
      filter((changed) => changed === kind),
      map(() => undefined),
    );
  }
}
