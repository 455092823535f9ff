import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ReviewQueueItem } from '@ecampus/shared/contracts';
import { ReviewCountsStore, ReviewQueueStore } from '@ecampus/web/curriculum/data-access';
import { EcDatePipe, EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { curriculumLinks, programIdOfRoute } from '../program-id';

/**
 * The program tab "Prüfen" (staff): every submission waiting for review, oldest first, each
 * leading to its assignment page, where the review happens. Her own tandem's submissions show
 * marked: others review them. Opening the page also refreshes the navigation's counts.
 */
@Component({
  selector: 'ec-review-queue-page',
  imports: [MatButtonModule, RouterLink, PageHeader, Loading, EmptyState, EcDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue-page.html',
  styleUrl: './review-queue-page.css',
})
export class ReviewQueuePage {
  protected readonly store = inject(ReviewQueueStore);
  private readonly counts = inject(ReviewCountsStore);
  private readonly programId = programIdOfRoute();

  constructor() {
    effect(() => {
      const programId = this.programId();
      untracked(() => {
        void this.store.load(programId);
        void this.counts.refresh();
      });
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.programId());
  }

  protected assignmentLink(item: ReviewQueueItem): string[] {
    return curriculumLinks.assignment(this.programId(), item.moduleId, item.assignmentId);
  }
}
