import type {
  AssignmentSummary,
  ReviewDecision,
  StoredFile,
  SubmissionKind,
  SubmissionReview,
  SubmissionStatus,
  SubmissionVersion,
} from '@ecampus/shared/contracts';

/*
 * The pure rules of assignments, submissions and reviews (decision 024): when a version is late,
 * which status follows which event, who may review, what a hand-in must contain, and the answers
 * built from what the repositories loaded. No I/O; submission.rules.spec.ts tests them alone.
 */

/** The two partners of a tandem. */
export interface TandemPeople {
  mentorId: string;
  menteeId: string;
}

/** Handed in after the due date (none: never late). Equal instants are on time. */
export const isLate = (dueAt: Date | null, submittedAt: Date): boolean => dueAt !== null && submittedAt.getTime() > dueAt.getTime();

/** She is one of the tandem's two partners (whatever roles she holds besides). */
export const isTandemMember = (tandem: TandemPeople, userId: string): boolean => tandem.mentorId === userId || tandem.menteeId === userId;

/** What happens to a submission: the tandem hands in a version, or staff decide. */
export type SubmissionEvent = 'submit' | ReviewDecision;

/**
 * The status after `event`, or null when the event is not allowed in `current` (null: no
 * submission yet). A new version always waits for review again, except after an approval (final);
 * only a waiting submission can be reviewed.
 */
export function nextStatus(current: SubmissionStatus | null, event: SubmissionEvent): SubmissionStatus | null {
  if (event === 'submit') return current === 'approved' ? null : 'submitted';
  return current === 'submitted' ? event : null;
}

/** Why the caller cannot review now (null: she can). Staff only; never her own tandem; only a waiting submission. */
export type ReviewRefusal = 'not_staff' | 'own_tandem' | 'not_waiting';

export function reviewRefusal(staff: boolean, tandem: TandemPeople, userId: string, status: SubmissionStatus): ReviewRefusal | null {
  if (!staff) return 'not_staff';
  if (isTandemMember(tandem, userId)) return 'own_tandem';
  return nextStatus(status, 'approved') ? null : 'not_waiting';
}

export const canReview = (staff: boolean, tandem: TandemPeople, userId: string, status: SubmissionStatus): boolean =>
  reviewRefusal(staff, tandem, userId, status) === null;

/** What a hand-in carries (after the contract trimmed it). */
export interface SubmissionContent {
  text?: string;
  links?: readonly string[];
  fileIds?: readonly string[];
}

/** At least one of text, links, files. */
export const hasContent = (c: SubmissionContent): boolean =>
  (c.text ?? '').trim().length > 0 || (c.links?.length ?? 0) > 0 || (c.fileIds?.length ?? 0) > 0;

/** Text and links go with every kind; files only where the assignment asks for files. */
export const acceptsFiles = (kind: SubmissionKind): boolean => kind === 'files';

/** Each id once, lower-case (ids are UUIDs; the contract accepts either case). */
export const distinctIds = (ids: readonly string[] | undefined): string[] => [...new Set((ids ?? []).map((id) => id.toLowerCase()))];

// ---------------------------------------------------------------- answers

export interface AssignmentSummaryRow {
  id: string;
  moduleId: string;
  title: string;
  dueAt: Date | null;
  submissionKind: SubmissionKind;
  position: number;
  /** The caller's current tandem's submission status, if any. */
  myStatus: SubmissionStatus | null;
  /** Waiting submissions the caller may review (not her own tandem's). */
  waiting: number;
}

export const toAssignmentSummary = (row: AssignmentSummaryRow, staff: boolean): AssignmentSummary => ({
  id: row.id,
  moduleId: row.moduleId,
  title: row.title,
  dueAt: row.dueAt?.toISOString() ?? null,
  submissionKind: row.submissionKind,
  position: row.position,
  myStatus: row.myStatus,
  waitingForReview: staff ? row.waiting : 0,
});

/** A stored file of a tandem as clients see it. */
export interface SubmissionFileRow {
  id: string;
  fileName: string;
  contentType: string;
  kind: StoredFile['kind'];
  sizeBytes: number;
  pageCount: number | null;
  createdAt: Date | string;
}

export const submissionFileUrl = (fileId: string): string => `/api/submission-files/${fileId}/file`;

export const toStoredFile = (f: SubmissionFileRow): StoredFile => ({
  id: f.id,
  fileName: f.fileName,
  contentType: f.contentType,
  kind: f.kind,
  sizeBytes: Number(f.sizeBytes),
  pageCount: f.pageCount,
  downloadUrl: submissionFileUrl(f.id),
  // Files of versions arrive through json_agg (strings), uploads as Date.
  createdAt: new Date(f.createdAt).toISOString(),
});

export interface VersionRow {
  submissionId: string;
  number: number;
  text: string;
  links: string[];
  authorId: string | null;
  authorName: string | null;
  submittedAt: Date;
  late: boolean;
  files: SubmissionFileRow[];
}

export const toVersion = (v: VersionRow): SubmissionVersion => ({
  number: v.number,
  text: v.text,
  links: v.links,
  files: v.files.map(toStoredFile),
  author: v.authorId ? { userId: v.authorId, displayName: v.authorName ?? '' } : null,
  submittedAt: v.submittedAt.toISOString(),
  late: v.late,
});

export interface ReviewRow {
  id: string;
  submissionId: string;
  versionNumber: number;
  decision: ReviewDecision;
  feedback: string;
  reviewerId: string | null;
  reviewerName: string | null;
  createdAt: Date;
}

export const toReview = (r: ReviewRow): SubmissionReview => ({
  id: r.id,
  versionNumber: r.versionNumber,
  decision: r.decision,
  feedback: r.feedback,
  reviewer: r.reviewerId ? { userId: r.reviewerId, displayName: r.reviewerName ?? '' } : null,
  createdAt: r.createdAt.toISOString(),
});
