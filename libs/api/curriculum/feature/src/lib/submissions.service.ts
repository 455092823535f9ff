import { Injectable } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import { assertNotArchived, type Caller, type ProgramAccess } from '@ecampus/api/programs/access';
import type { CreateSubmissionRequest, ReviewRequest, Submission } from '@ecampus/shared/contracts';
import { AssignmentAccess } from './assignment-access';
import { CurriculumAccess } from './curriculum-access';
import {
  assignmentNotFound,
  emptySubmission,
  filesNotAccepted,
  foreignFiles,
  notWaitingForReview,
  onlyReviewers,
  ownTandem,
  submissionApproved,
  submissionNotFound,
} from './curriculum.errors';
import { CurriculumTransaction } from './curriculum.transaction';
import { isStaff } from './curriculum.rules';
import { assignmentPageUrl, renderReviewMail } from './review-mail';
import { SubmissionsRepository, type SubmissionRow } from './submissions.repository';
import {
  acceptsFiles,
  canReview,
  distinctIds,
  hasContent,
  isLate,
  isTandemMember,
  nextStatus,
  toReview,
  toVersion,
  type ReviewRow,
  type VersionRow,
} from './submission.rules';

const groupBy = <T extends { submissionId: string }>(rows: T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.submissionId, [...(map.get(row.submissionId) ?? []), row]);
  return map;
};

/**
 * The tandems' submissions (decision 024): handing in versions, reading them (staff all tandems,
 * a partner her tandem's), and reviewing them with the mail to both partners. Hand-ins and reviews
 * run in the program's curriculum transaction; the submission's row lock and unique constraint
 * keep one submission per tandem even without it.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly transaction: CurriculumTransaction,
    private readonly programs: CurriculumAccess,
    private readonly guard: AssignmentAccess,
    private readonly outbox: MailOutboxService,
    @InjectConfig() private readonly config: Pick<AppConfig, 'PUBLIC_URL'>,
  ) {}

  /**
   * A new version of the caller's tandem's submission (the first one opens it). Mentors and mentees
   * with a current tandem; the module published and open to them; not after an approval.
   */
  async submit(caller: Caller, assignmentId: string, body: CreateSubmissionRequest): Promise<Submission> {
    const found = await this.guard.toAssignment(caller, assignmentId);
    const { assignment, access } = found;
    const tandemId = await this.guard.toHandInTandem(found);
    const fileIds = distinctIds(body.fileIds);
    const text = body.text ?? '';
    const links = body.links ?? [];
    if (!hasContent({ text, links, fileIds })) throw emptySubmission();
    if (fileIds.length > 0 && !acceptsFiles(assignment.submissionKind)) throw filesNotAccepted();

    const submittedAt = new Date();
    const submissionId = await this.transaction.atomically(assignment.programId, async (tx) => {
      const current = await tx.assignments.findAssignment(assignmentId);
      if (!current) throw assignmentNotFound();
      if (fileIds.length > 0 && (await tx.submissions.countOwnFiles(assignmentId, tandemId, fileIds)) !== fileIds.length)
        throw foreignFiles();
      const opened = await tx.submissions.openVersion(assignmentId, tandemId, submittedAt);
      if (!opened) throw submissionApproved();
      const versionId = await tx.submissions.insertVersion({
        submissionId: opened.id,
        number: opened.versionCount,
        text,
        links,
        authorId: caller.id,
        submittedAt,
        // The due date at hand-in time counts; a later change of it does not rewrite the mark.
        late: isLate(current.dueAt, submittedAt),
      });
      await tx.submissions.attachFiles(versionId, fileIds);
      return opened.id;
    });
    return this.one(access, found.staff, submissionId);
  }

  /** Staff: every tandem's submission; a mentor or mentee: her current tandem's (0 or 1); locked module → 403. */
  async list(caller: Caller, assignmentId: string): Promise<Submission[]> {
    const found = await this.guard.toAssignment(caller, assignmentId);
    await this.guard.assertOpen(found);
    const { access, staff } = found;
    if (!staff && !access.currentTandem) return [];
    const rows = await this.submissions.listSubmissions(assignmentId, staff ? null : (access.currentTandem?.id ?? null));
    return this.views(rows, access, staff);
  }

  /**
   * Approve or request changes (staff of the program, never of her own tandem; only a submission
   * waiting for review). The review joins the thread, the decision becomes the status, and both
   * partners get a mail — all in one transaction.
   */
  async review(caller: Caller, submissionId: string, body: ReviewRequest): Promise<Submission> {
    const ref = await this.submissions.findSubmission(submissionId);
    if (!ref) throw submissionNotFound();
    const access = await this.programs.inProgram(caller, ref.programId, submissionNotFound);
    const staff = isStaff(access);
    const member = isTandemMember(ref, caller.id);
    if (!staff) {
      // Participants know their own tandem's submission (in a published module), not other tandems'.
      if (member && ref.moduleStatus === 'published') throw onlyReviewers();
      throw submissionNotFound();
    }
    if (member) throw ownTandem();
    assertNotArchived(access);

    const feedback = body.feedback ?? '';
    await this.transaction.atomically(ref.programId, async (tx) => {
      const current = await tx.submissions.lockSubmission(submissionId);
      if (!current) throw submissionNotFound();
      if (!nextStatus(current.status, body.decision)) throw notWaitingForReview();
      await tx.submissions.addReview({
        submissionId,
        versionNumber: current.versionCount,
        reviewerId: caller.id,
        decision: body.decision,
        feedback,
      });
      const [partners, reviewerName] = await Promise.all([tx.submissions.partnersOf(ref.tandemId), tx.submissions.displayName(caller.id)]);
      const link = assignmentPageUrl(this.config.PUBLIC_URL, ref);
      for (const to of partners)
        await this.outbox.enqueue(
          renderReviewMail({
            to,
            assignmentTitle: ref.assignmentTitle,
            moduleTitle: ref.moduleTitle,
            decision: body.decision,
            feedback,
            reviewerName: reviewerName ?? 'eCampus',
            link,
          }),
          tx.manager,
        );
    });
    return this.one(access, staff, submissionId);
  }

  // ---------------------------------------------------------------- answers

  private async one(access: ProgramAccess, staff: boolean, submissionId: string): Promise<Submission> {
    const ref = await this.submissions.findSubmission(submissionId);
    if (!ref) throw submissionNotFound();
    const [view] = await this.views([ref], access, staff);
    return view;
  }

  /** The answers for these submissions: versions and reviews of all of them in two queries. */
  private async views(rows: SubmissionRow[], access: ProgramAccess, staff: boolean): Promise<Submission[]> {
    const ids = rows.map((r) => r.id);
    const [versions, reviews] = await Promise.all([this.submissions.listVersions(ids), this.submissions.listReviews(ids)]);
    const versionsOf = groupBy<VersionRow>(versions);
    const reviewsOf = groupBy<ReviewRow>(reviews);
    const reviewer = staff && !access.archived;
    return rows.map((r) => {
      const own = versionsOf.get(r.id) ?? [];
      return {
        id: r.id,
        assignmentId: r.assignmentId,
        tandemId: r.tandemId,
        mentor: { userId: r.mentorId, displayName: r.mentorName },
        mentee: { userId: r.menteeId, displayName: r.menteeName },
        status: r.status,
        late: own.at(-1)?.late ?? false,
        versions: own.map(toVersion),
        reviews: (reviewsOf.get(r.id) ?? []).map(toReview),
        canReview: canReview(reviewer, r, access.userId, r.status),
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }
}
