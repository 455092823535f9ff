import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ReviewCountsSchema, ReviewQueueSchema, type ReviewCounts, type ReviewQueueItem } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';

/** The pages show their own failures; the navigation's count fails quietly. */
const context = () => ({ context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) });

/** Stateless HTTP of the review queue (staff) and the counts behind the navigation's badge; answers parsed with the contracts. */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/programs/:programId/review-queue`: submissions waiting for review, oldest first. */
  queue(programId: string): Observable<{ items: ReviewQueueItem[]; total: number }> {
    return this.http
      .get<unknown>(`/api/programs/${encodeURIComponent(programId)}/review-queue`, context())
      .pipe(map((a) => ReviewQueueSchema.parse(a)));
  }

  /** `GET /api/me/review-counts`: per program where the caller is staff, what she may review (zeros otherwise). */
  counts(): Observable<ReviewCounts> {
    return this.http.get<unknown>('/api/me/review-counts', context()).pipe(map((a) => ReviewCountsSchema.parse(a)));
  }
}
