import { Injectable, computed, inject, signal } from '@angular/core';
import type { ReviewQueueItem } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { ReviewApi } from './review-api';

/**
 * One program's review queue (staff): the submissions waiting for review, oldest first, those of
 * her own tandem included but marked (she sees them, others review them). Provided by the route.
 */
@Injectable()
export class ReviewQueueStore {
  private readonly api = inject(ReviewApi);
  private readonly state = loadable<ReviewQueueItem[]>([]);
  private readonly totalState = signal(0);

  readonly items = this.state.value;
  /** All waiting submissions; more than `items` when the API answers with the oldest only. */
  readonly total = this.totalState.asReadonly();
  readonly loading = this.state.loading;
  readonly loaded = this.state.loaded;
  readonly failed = this.state.failed;
  readonly error = this.state.error;
  readonly empty = computed(() => this.loaded() && this.items().length === 0);
  /** Waiting submissions she may review (not her own tandem's). */
  readonly reviewable = computed(() => this.items().filter((item) => !item.ownTandem).length);

  load(programId: string): Promise<void> {
    return this.state.load(async () => {
      const { items, total } = await firstValueFrom(this.api.queue(programId));
      this.totalState.set(total);
      // Oldest first is the contract; sorted here too, so the page never depends on the SQL's order.
      return [...items].sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
    });
  }
}
