import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { StoredFile, Submission, SubmissionReview, SubmissionVersion } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { FileList } from '../file-list/file-list';

/** One entry of the thread: a handed-in version or a review. */
export type ThreadEntry =
  { kind: 'version'; at: string; version: SubmissionVersion } | { kind: 'review'; at: string; review: SubmissionReview };

/** Versions and reviews in the order they happened, oldest first; a review never before the version it judged. */
export function threadOf(submission: Pick<Submission, 'versions' | 'reviews'>): ThreadEntry[] {
  const entries: ThreadEntry[] = [
    ...submission.versions.map((version): ThreadEntry => ({ kind: 'version', at: version.submittedAt, version })),
    ...submission.reviews.map((review): ThreadEntry => ({ kind: 'review', at: review.createdAt, review })),
  ];
  const versionOf = (e: ThreadEntry) => (e.kind === 'version' ? e.version.number : e.review.versionNumber);
  return entries.sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || versionOf(a) - versionOf(b) || (a.kind === b.kind ? 0 : a.kind === 'version' ? -1 : 1),
  );
}

/**
 * A tandem's submission as a thread, newest last: "Version 2 von Anna Beispiel, …· verspätet"
 * with its text, links and files; the reviewers' decisions with their feedback highlighted.
 */
@Component({
  selector: 'ec-submission-thread',
  imports: [EcDatePipe, TranslatePipe, FileList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission-thread.html',
  styleUrl: './submission-thread.css',
})
export class SubmissionThread {
  readonly submission = input.required<Pick<Submission, 'versions' | 'reviews'>>();
  /** The thread's name for screen readers ("Verlauf der Abgabe von …"). */
  readonly label = input.required<string>();
  readonly busyFileId = input<string | null>(null);
  readonly download = output<StoredFile>();
  protected readonly entries = computed(() => threadOf(this.submission()));
}
