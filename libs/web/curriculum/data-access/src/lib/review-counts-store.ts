import { type DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { ReviewCounts } from '@ecampus/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ReviewApi } from './review-api';

const NONE: ReviewCounts = { total: 0, programs: [] };

/**
 * How many submissions wait for the signed-in person's review, in all and per program (the badge
 * of the "Prüfen" tab and of her programs in the navigation). One for the app: a review elsewhere
 * (the assignment page) calls refresh() and every badge follows. The pages that show the counts
 * watch() it; when the last of them is gone (a logout), the counts are forgotten, so the next
 * person never sees them.
 */
@Injectable({ providedIn: 'root' })
export class ReviewCountsStore {
  private readonly api = inject(ReviewApi);
  private readonly counts = signal<ReviewCounts>(NONE);
  private readonly byProgram = computed(() => new Map(this.counts().programs.map((p) => [p.programId, p.waiting])));
  /** Bumped by every refresh and by forgetting: an answer to an older request is dropped. */
  private generation = 0;
  private watchers = 0;

  /** Waiting in all her programs. */
  readonly total = computed(() => this.counts().total);

  /** Waiting in one program (0 where she is no staff). Reads a signal: templates and computeds follow it. */
  waiting(programId: string): number {
    return this.byProgram().get(programId) ?? 0;
  }

  /**
   * Loads the counts again: after a review, when a page that shows them opens. A failure keeps
   * the last counts (the badge is a hint; the queue itself says what is waiting).
   */
  async refresh(): Promise<void> {
    const request = ++this.generation;
    try {
      const counts = await firstValueFrom(this.api.counts());
      if (request === this.generation) this.counts.set(counts);
    } catch {
      // Quietly: a missing badge is no reason for an error message on every page.
    }
  }

  /** A page shows the counts until `destroyRef` ends: loads them now, forgets them after the last such page. */
  watch(destroyRef: DestroyRef): void {
    this.watchers++;
    destroyRef.onDestroy(() => {
      this.watchers--;
      if (this.watchers === 0) this.forget();
    });
    void this.refresh();
  }

  private forget(): void {
    this.generation++;
    this.counts.set(NONE);
  }
}
