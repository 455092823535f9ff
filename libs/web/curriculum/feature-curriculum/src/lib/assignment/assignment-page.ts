import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ReviewDecision, StoredFile, Submission, SubmissionStatus } from '@ecampus/shared/contracts';
import { AssignmentStore, CurriculumStore } from '@ecampus/web/curriculum/data-access';
import { SubmissionStatusChip, SubmissionThread } from '@ecampus/web/curriculum/ui';
import { EcDatePipe, EmptyState, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { curriculumLinks, programIdOfRoute } from '../program-id';
import { ReviewForm } from './review-form';
import { SubmissionForm } from './submission-form';

/** Staff's order: what they can review first, then what waits for others, then the rest; oldest first within. */
const STAFF_ORDER: Record<SubmissionStatus, number> = { submitted: 1, changes_requested: 2, approved: 3 };
export function staffOrder(submissions: readonly Submission[]): Submission[] {
  const rank = (s: Submission) => (s.canReview ? 0 : STAFF_ORDER[s.status]);
  return [...submissions].sort((a, b) => rank(a) - rank(b) || Date.parse(a.updatedAt) - Date.parse(b.updatedAt));
}

const NOTICES: Record<SubmissionStatus, TranslationKey> = {
  submitted: 'curriculum.assignment.waitingNotice',
  changes_requested: 'curriculum.assignment.changesNotice',
  approved: 'curriculum.assignment.approvedNotice',
};

/**
 * One assignment (`module/:moduleId/aufgaben/:assignmentId` — review mails and the review queue
 * link here): the instructions (the server's sanitised HTML) and due date, then
 * - for a mentor or mentee with a tandem: the tandem's submission (status, the thread of versions
 *   and reviews) and the form to hand in or revise — gone once it is approved;
 * - for staff: every tandem's submission with its thread and, where they may review it, the
 *   review form; their own tandem is marked and left to others.
 */
@Component({
  selector: 'ec-assignment-page',
  imports: [
    MatButtonModule,
    RouterLink,
    Loading,
    EmptyState,
    EcDatePipe,
    TranslatePipe,
    SubmissionStatusChip,
    SubmissionThread,
    SubmissionForm,
    ReviewForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assignment-page.html',
  styleUrl: './assignment-page.css',
})
export class AssignmentPage {
  protected readonly store = inject(AssignmentStore);
  protected readonly curriculum = inject(CurriculumStore);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  /** From the route (component input binding). */
  readonly moduleId = input.required<string>();
  readonly assignmentId = input.required<string>();
  protected readonly programId = programIdOfRoute();
  protected readonly moduleLink = computed(() => curriculumLinks.module(this.programId(), this.moduleId()));
  protected readonly editLink = computed(() => curriculumLinks.editAssignment(this.programId(), this.moduleId(), this.assignmentId()));

  protected readonly kindKey = computed<TranslationKey>(
    () => `curriculum.assignment.kind.${this.store.assignment()?.submissionKind ?? 'text'}`,
  );
  /** The due date has passed (as of loading the page): hand-ins are marked late. */
  protected readonly overdue = computed(() => {
    const dueAt = this.store.assignment()?.dueAt;
    return !!dueAt && Date.parse(dueAt) < Date.now();
  });

  /** The caller's tandem's submission (participants with a tandem), null before the first hand-in. */
  protected readonly mySubmission = computed(() => {
    if (!this.store.assignment()?.canSubmit) return null;
    const tandemId = this.curriculum.program()?.myTandemId;
    const list = this.store.submissions();
    // A participant sees only her tandem's; staff who are in a tandem too see everyone's.
    return list.find((s) => s.tandemId === tandemId) ?? (this.curriculum.isStaff() ? null : (list[0] ?? null));
  });
  protected readonly latestVersion = computed(() => this.mySubmission()?.versions.at(-1) ?? null);
  protected readonly notice = computed(() => {
    const status = this.mySubmission()?.status;
    return status ? NOTICES[status] : null;
  });

  protected readonly staffSubmissions = computed(() => (this.curriculum.isStaff() ? staffOrder(this.store.submissions()) : []));
  /** What this reviewer decided on this page, per submission: the result line. */
  protected readonly decisions = signal<Readonly<Record<string, ReviewDecision>>>({});
  protected readonly busyFileId = signal<string | null>(null);

  constructor() {
    effect(() => {
      const assignmentId = this.assignmentId();
      const programId = this.programId();
      untracked(() => {
        this.decisions.set({});
        void this.load(programId, assignmentId);
      });
    });
  }

  protected async load(programId: string, assignmentId: string): Promise<void> {
    await Promise.all([this.curriculum.loadProgram(programId), this.store.load(assignmentId)]);
    const assignment = this.store.assignment();
    if (assignment?.id !== assignmentId) return;
    if (assignment.canSubmit || this.curriculum.isStaff()) await this.store.loadSubmissions();
  }

  protected reload(): Promise<void> {
    return this.load(this.programId(), this.assignmentId());
  }

  protected tandemName(submission: Submission): string {
    return this.i18n.t('curriculum.assignment.tandem', {
      mentee: submission.mentee.displayName,
      mentor: submission.mentor.displayName,
    });
  }

  protected isOwnTandem(submission: Submission): boolean {
    const tandemId = this.curriculum.program()?.myTandemId;
    return !!tandemId && submission.tandemId === tandemId;
  }

  protected waitingForMe(): number {
    return this.staffSubmissions().filter((s) => s.canReview).length;
  }

  protected reviewed(submission: Submission): void {
    const decision = submission.reviews.at(-1)?.decision;
    if (!decision) return;
    this.decisions.update((d) => ({ ...d, [submission.id]: decision }));
    // The form is gone with its button: the focus goes to the result, which says what happened.
    afterNextRender(() => this.document.getElementById(`review-result-${submission.id}`)?.focus(), { injector: this.injector });
  }

  protected async download(file: StoredFile): Promise<void> {
    this.busyFileId.set(file.id);
    try {
      await this.store.download(file);
    } catch {
      // The app's error display has announced it.
    } finally {
      this.busyFileId.set(null);
    }
  }
}
