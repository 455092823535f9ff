import * as z from 'zod';
import { boundedText, IdSchema, InstantSchema, ListSchema, tooLong } from '../common';
import { msg } from '../i18n';
import { WebUrlSchema } from './lesson';
import { StoredFileSchema } from '../files';

/*
 * Assignments of a module and the tandems' submissions (issue 8). A submission belongs to the
 * tandem: either partner submits or updates it, both see it, every version is kept. Trainers and
 * coordinators review — approve, or request changes with feedback — never their own tandem. Late
 * versions are marked, not refused. An approved submission is final.
 */

export const ASSIGNMENT_LIMITS = {
  title: { max: 200 },
  instructions: { max: 20000 },
  text: { max: 20000 },
  links: { maxItems: 10 },
  files: { maxItems: 10 },
  feedback: { max: 10000 },
} as const;

export const SubmissionKindSchema = z.enum(
  ['text', 'links', 'files'],
  msg('Bitte eine gültige Abgabeform wählen (Text, Links oder Dateien)', 'Please choose a valid kind of submission (text, links or files)'),
);
export type SubmissionKind = z.infer<typeof SubmissionKindSchema>;

const TitleSchema = z
  .string(msg('Bitte einen Titel angeben', 'Please enter a title'))
  .trim()
  .min(1, msg('Bitte einen Titel angeben', 'Please enter a title'))
  .max(ASSIGNMENT_LIMITS.title.max, tooLong(ASSIGNMENT_LIMITS.title.max, { de: 'Der Titel', en: 'The title' }));

const AssignmentFieldsSchema = z.object({
  title: TitleSchema,
  /** Markdown, rendered and sanitised like a lesson's body. */
  instructions: boundedText(ASSIGNMENT_LIMITS.instructions.max, { de: 'Die Aufgabenstellung', en: 'The instructions' }),
  dueAt: InstantSchema.nullable().optional(),
  /** What the tandem hands in (default text). Text and links may always accompany files. */
  submissionKind: SubmissionKindSchema.optional(),
});

/** `POST /api/modules/:moduleId/assignments` → 201 the assignment, at the end of the module's assignments. */
export const CreateAssignmentRequestSchema = AssignmentFieldsSchema;
export type CreateAssignmentRequest = z.infer<typeof CreateAssignmentRequestSchema>;

/** `PATCH /api/assignments/:assignmentId`: any of the fields. */
export const UpdateAssignmentRequestSchema = AssignmentFieldsSchema.partial();
export type UpdateAssignmentRequest = z.infer<typeof UpdateAssignmentRequestSchema>;

export const SubmissionStatusSchema = z.enum(['submitted', 'changes_requested', 'approved']);
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

/** An assignment in its module's detail (`GET /api/modules/:moduleId` → `assignments`). */
export const AssignmentSummarySchema = z.object({
  id: z.string(),
  moduleId: z.string(),
  title: z.string(),
  dueAt: z.string().nullable(),
  submissionKind: SubmissionKindSchema,
  /** 1-based place among the module's assignments. */
  position: z.number().int(),
  /** The caller's tandem's submission status (participants with a tandem), else null. */
  myStatus: SubmissionStatusSchema.nullable(),
  /** Staff: submissions waiting for review; participants: 0. */
  waitingForReview: z.number().int(),
});
export type AssignmentSummary = z.infer<typeof AssignmentSummarySchema>;

/** `GET /api/assignments/:assignmentId`, and the answer of create and update. */
export const AssignmentSchema = AssignmentSummarySchema.extend({
  programId: z.string(),
  moduleTitle: z.string(),
  /** The Markdown as written: only for those who may edit (empty string for participants). */
  instructions: z.string(),
  /** Rendered and sanitised by the API: safe to insert as HTML. */
  instructionsHtml: z.string(),
  canEdit: z.boolean(),
  /** The caller may submit: a mentor or mentee with a current tandem in the program. */
  canSubmit: z.boolean(),
  /** The largest file the API accepts (bytes; the `UPLOAD_MAX_BYTES` setting), for the browser's own check. */
  uploadMaxBytes: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/**
 * `POST /api/assignments/:assignmentId/submissions` (mentor or mentee): a new version of the
 * caller's tandem's submission. At least one of text, links, files; `fileIds` are files the
 * tandem uploaded with `POST /api/assignments/:assignmentId/files`.
 */
export const CreateSubmissionRequestSchema = z.object({
  text: boundedText(ASSIGNMENT_LIMITS.text.max, { de: 'Der Text', en: 'The text' }).optional(),
  links: z
    .array(WebUrlSchema, msg('Bitte die Links als Liste angeben', 'Please give the links as a list'))
    .max(ASSIGNMENT_LIMITS.links.maxItems, msg('Höchstens 10 Links', 'At most 10 links'))
    .optional(),
  fileIds: z
    .array(IdSchema, msg('Bitte die Dateien als Liste angeben', 'Please give the files as a list'))
    .max(ASSIGNMENT_LIMITS.files.maxItems, msg('Höchstens 10 Dateien', 'At most 10 files'))
    .optional(),
});
export type CreateSubmissionRequest = z.infer<typeof CreateSubmissionRequestSchema>;

export const ReviewDecisionSchema = z.enum(
  ['approved', 'changes_requested'],
  msg('Bitte „Annehmen“ oder „Überarbeitung erbitten“ wählen', 'Please choose approve or request changes'),
);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/** `POST /api/submissions/:submissionId/review` (trainer, coordinator; never of her own tandem). Feedback is required to request changes. */
export const ReviewRequestSchema = z
  .object({
    decision: ReviewDecisionSchema,
    feedback: boundedText(ASSIGNMENT_LIMITS.feedback.max, { de: 'Die Rückmeldung', en: 'The feedback' }).optional(),
  })
  .refine((r) => r.decision === 'approved' || (r.feedback ?? '').trim().length > 0, {
    path: ['feedback'],
    ...msg('Bitte schreiben Sie, was überarbeitet werden soll', 'Please write what should be changed'),
  });
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

export const PersonRefSchema = z.object({ userId: z.string(), displayName: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** One handed-in version (1-based `number`); files are downloadable by the tandem and staff. */
export const SubmissionVersionSchema = z.object({
  number: z.number().int(),
  text: z.string(),
  links: z.array(z.string()),
  files: z.array(StoredFileSchema),
  /** Who handed it in; null when the account has been deleted. */
  author: PersonRefSchema.nullable(),
  submittedAt: z.string(),
  /** Handed in after the assignment's due date. */
  late: z.boolean(),
});
export type SubmissionVersion = z.infer<typeof SubmissionVersionSchema>;

/** One review of one version (the thread keeps all of them). */
export const SubmissionReviewSchema = z.object({
  id: z.string(),
  versionNumber: z.number().int(),
  decision: ReviewDecisionSchema,
  feedback: z.string(),
  reviewer: PersonRefSchema.nullable(),
  createdAt: z.string(),
});
export type SubmissionReview = z.infer<typeof SubmissionReviewSchema>;

/** A tandem's submission to an assignment, with every version and every review (oldest first). */
export const SubmissionSchema = z.object({
  id: z.string(),
  assignmentId: z.string(),
  tandemId: z.string(),
  mentor: PersonRefSchema,
  mentee: PersonRefSchema,
  status: SubmissionStatusSchema,
  /** The latest version is late. */
  late: z.boolean(),
  versions: z.array(SubmissionVersionSchema),
  reviews: z.array(SubmissionReviewSchema),
  /** The caller may review it now: staff, not of this tandem, status submitted. */
  canReview: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

/** `GET /api/assignments/:assignmentId/submissions`: staff all, a tandem member her tandem's (list shape). */
export const SubmissionListSchema = ListSchema(SubmissionSchema);

/** `POST /api/assignments/:assignmentId/files` (multipart `file`, mentor or mentee) → 201, to attach with `fileIds`. */
export const SubmissionFileSchema = StoredFileSchema;
export type SubmissionFile = z.infer<typeof SubmissionFileSchema>;

/** An item of `GET /api/programs/:programId/review-queue` (staff): waiting submissions, oldest first. */
export const ReviewQueueItemSchema = z.object({
  submissionId: z.string(),
  assignmentId: z.string(),
  assignmentTitle: z.string(),
  moduleId: z.string(),
  moduleTitle: z.string(),
  tandemId: z.string(),
  mentor: PersonRefSchema,
  mentee: PersonRefSchema,
  versionNumber: z.number().int(),
  submittedAt: z.string(),
  late: z.boolean(),
  /** The caller belongs to this tandem: she sees it but cannot review it. */
  ownTandem: z.boolean(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;
export const ReviewQueueSchema = ListSchema(ReviewQueueItemSchema);

/** `GET /api/me/review-counts`: per program where the caller is staff, submissions she may review (the nav badge). */
export const ReviewCountsSchema = z.object({
  total: z.number().int(),
  programs: z.array(z.object({ programId: z.string(), waiting: z.number().int() })),
});
export type ReviewCounts = z.infer<typeof ReviewCountsSchema>;
