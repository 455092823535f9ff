import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import type { FileKind, ModuleStatus, ReviewDecision, SubmissionStatus } from '@ecampus/shared/contracts';
import type { ReviewRow, SubmissionFileRow, TandemPeople, VersionRow } from './submission.rules';

/** A tandem's submission with its two partners (names as they are now). */
export interface SubmissionRow extends TandemPeople {
  id: string;
  assignmentId: string;
  tandemId: string;
  status: SubmissionStatus;
  versionCount: number;
  lastSubmittedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  mentorName: string;
  menteeName: string;
}

/** A submission with what access and mails need of its assignment and module. */
export interface SubmissionRef extends SubmissionRow {
  programId: string;
  moduleId: string;
  moduleTitle: string;
  moduleStatus: ModuleStatus;
  assignmentTitle: string;
}

/** What a new version carries. */
export interface NewVersion {
  submissionId: string;
  number: number;
  text: string;
  links: string[];
  authorId: string;
  submittedAt: Date;
  late: boolean;
}

export interface NewReview {
  submissionId: string;
  versionNumber: number;
  reviewerId: string;
  decision: ReviewDecision;
  feedback: string;
}

/** A person to write to. */
export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
}

/** A file a tandem uploaded, with what access and download need. */
export interface StoredSubmissionFileRow extends SubmissionFileRow, TandemPeople {
  assignmentId: string;
  tandemId: string;
  storageKey: string;
  programId: string;
  moduleStatus: ModuleStatus;
}

export interface NewSubmissionFile {
  assignmentId: string;
  tandemId: string;
  storageKey: string;
  fileName: string;
  contentType: string;
  kind: FileKind;
  sizeBytes: number;
  pageCount: number | null;
  uploadedBy: string;
}

export interface ReviewQueueRow extends TandemPeople {
  submissionId: string;
  assignmentId: string;
  assignmentTitle: string;
  moduleId: string;
  moduleTitle: string;
  tandemId: string;
  mentorName: string;
  menteeName: string;
  versionNumber: number;
  submittedAt: Date;
  late: boolean;
}

const SUBMISSION_COLUMNS = `s.id, s.assignment_id AS "assignmentId", s.tandem_id AS "tandemId", s.status, s.version_count AS "versionCount",
  s.last_submitted_at AS "lastSubmittedAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  t.mentor_id AS "mentorId", mentor.display_name AS "mentorName", t.mentee_id AS "menteeId", mentee.display_name AS "menteeName"`;
const SUBMISSION_JOINS = `JOIN tandem t ON t.id = s.tandem_id
  JOIN app_user mentor ON mentor.id = t.mentor_id
  JOIN app_user mentee ON mentee.id = t.mentee_id`;
const FILE_COLUMNS = `f.id, f.file_name AS "fileName", f.content_type AS "contentType", f.kind, f.size_bytes::float8 AS "sizeBytes",
  f.page_count AS "pageCount", f.created_at AS "createdAt"`;

/**
 * Submissions, their versions, files and reviews: the only place that queries `submission*`.
 * Every query is scoped by assignment, tandem, submission or program; ids arrive validated. Lists
 * load versions and reviews for all their submissions at once (never one query per submission).
 */
@Injectable()
export class SubmissionsRepository {
  /** `q` is the data source's manager, or the transaction's (`CurriculumTransaction.atomically`). */
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

  /** The assignment's submissions, oldest first; only the given tandem's when `tandemId` is set. */
  listSubmissions(assignmentId: string, tandemId: string | null): Promise<SubmissionRow[]> {
    return this.q.query(
      `SELECT ${SUBMISSION_COLUMNS}
         FROM submission s
         ${SUBMISSION_JOINS}
        WHERE s.assignment_id = $1 AND ($2::uuid IS NULL OR s.tandem_id = $2::uuid)
        ORDER BY s.created_at, s.id`,
      [assignmentId, tandemId],
    );
  }

  async findSubmission(submissionId: string): Promise<SubmissionRef | null> {
    const rows: SubmissionRef[] = await this.q.query(
      `SELECT ${SUBMISSION_COLUMNS}, m.program_id AS "programId", m.id AS "moduleId", m.title AS "moduleTitle",
              m.status AS "moduleStatus", a.title AS "assignmentTitle"
         FROM submission s
         ${SUBMISSION_JOINS}
         JOIN curriculum_assignment a ON a.id = s.assignment_id
         JOIN curriculum_module m ON m.id = a.module_id
        WHERE s.id = $1`,
      [submissionId],
    );
    return rows[0] ?? null;
  }

  /** Every version of these submissions with its author and files, oldest first (one query). */
  listVersions(submissionIds: string[]): Promise<VersionRow[]> {
    if (submissionIds.length === 0) return Promise.resolve([]);
    return this.q.query(
      `SELECT v.submission_id AS "submissionId", v.number, v.text, v.links, v.author_id AS "authorId", u.display_name AS "authorName",
              v.submitted_at AS "submittedAt", v.late,
              COALESCE((SELECT json_agg(json_build_object('id', f.id, 'fileName', f.file_name, 'contentType', f.content_type,
                                 'kind', f.kind, 'sizeBytes', f.size_bytes, 'pageCount', f.page_count, 'createdAt', f.created_at)
                                 ORDER BY vf.position)
                          FROM submission_version_file vf JOIN submission_file f ON f.id = vf.file_id
                         WHERE vf.version_id = v.id), '[]') AS files
         FROM submission_version v
         LEFT JOIN app_user u ON u.id = v.author_id
        WHERE v.submission_id = ANY($1::uuid[])
        ORDER BY v.submission_id, v.number`,
      [submissionIds],
    );
  }

  /** Every review of these submissions with its reviewer, oldest first (one query). */
  listReviews(submissionIds: string[]): Promise<ReviewRow[]> {
    if (submissionIds.length === 0) return Promise.resolve([]);
    return this.q.query(
      `SELECT r.id, r.submission_id AS "submissionId", r.version_number AS "versionNumber", r.decision, r.feedback,
              r.reviewer_id AS "reviewerId", u.display_name AS "reviewerName", r.created_at AS "createdAt"
         FROM submission_review r
         LEFT JOIN app_user u ON u.id = r.reviewer_id
        WHERE r.submission_id = ANY($1::uuid[])
        ORDER BY r.submission_id, r.created_at, r.id`,
      [submissionIds],
    );
  }

  /**
   * Opens the tandem's submission, or counts one more version of it and sets it waiting again —
   * one statement, so two partners handing in at the same moment make one submission with two
   * versions (the unique constraint decides, the row lock orders them). Null when it is approved
   * (final): nothing changes then.
   */
  async openVersion(assignmentId: string, tandemId: string, at: Date): Promise<{ id: string; versionCount: number } | null> {
    const rows: { id: string; versionCount: number }[] = await this.q.query(
      `INSERT INTO submission AS s (assignment_id, tandem_id, status, version_count, last_submitted_at)
       VALUES ($1, $2, 'submitted', 1, $3)
       ON CONFLICT ON CONSTRAINT uq_submission_assignment_tandem DO UPDATE
          SET version_count = s.version_count + 1, status = 'submitted', last_submitted_at = $3, updated_at = now()
        WHERE s.status <> 'approved'
       RETURNING s.id, s.version_count AS "versionCount"`,
      [assignmentId, tandemId, at],
    );
    return rows[0] ?? null;
  }

  async insertVersion(v: NewVersion): Promise<string> {
    const rows: { id: string }[] = await this.q.query(
      `INSERT INTO submission_version (submission_id, number, text, links, author_id, submitted_at, late)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [v.submissionId, v.number, v.text, v.links, v.authorId, v.submittedAt, v.late],
    );
    return rows[0].id;
  }

  /** How many of `fileIds` the tandem uploaded to this assignment. */
  async countOwnFiles(assignmentId: string, tandemId: string, fileIds: string[]): Promise<number> {
    const rows: { n: number }[] = await this.q.query(
      `SELECT count(*)::int AS n FROM submission_file WHERE assignment_id = $1 AND tandem_id = $2 AND id = ANY($3::uuid[])`,
      [assignmentId, tandemId, fileIds],
    );
    return rows[0].n;
  }

  /** Attaches the files to the version in the given order. */
  async attachFiles(versionId: string, fileIds: string[]): Promise<void> {
    if (fileIds.length === 0) return;
    await this.q.query(
      `INSERT INTO submission_version_file (version_id, file_id, position)
       SELECT $1, f.id, f.ord FROM unnest($2::uuid[]) WITH ORDINALITY AS f(id, ord)`,
      [versionId, fileIds],
    );
  }

  /** The submission's status and version count, locked until the transaction ends (a review decides on it). */
  async lockSubmission(submissionId: string): Promise<{ status: SubmissionStatus; versionCount: number } | null> {
    const rows: { status: SubmissionStatus; versionCount: number }[] = await this.q.query(
      `SELECT status, version_count AS "versionCount" FROM submission WHERE id = $1 FOR UPDATE`,
      [submissionId],
    );
    return rows[0] ?? null;
  }

  /** Keeps the review in the thread and gives the submission the decision as its status. */
  async addReview(r: NewReview): Promise<void> {
    await this.q.query(
      `INSERT INTO submission_review (submission_id, version_number, reviewer_id, decision, feedback) VALUES ($1, $2, $3, $4, $5)`,
      [r.submissionId, r.versionNumber, r.reviewerId, r.decision, r.feedback],
    );
    await this.q.query(`UPDATE submission SET status = $2, updated_at = now() WHERE id = $1`, [r.submissionId, r.decision]);
  }

  /** The tandem's two partners with their addresses (mentor first). */
  partnersOf(tandemId: string): Promise<Recipient[]> {
    return this.q.query(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName"
         FROM tandem t
         JOIN app_user u ON u.id IN (t.mentor_id, t.mentee_id)
        WHERE t.id = $1
        ORDER BY (u.id = t.mentor_id) DESC`,
      [tandemId],
    );
  }

  /** A person's display name (the reviewer, in mails); null for an unknown id. */
  async displayName(userId: string): Promise<string | null> {
    const rows: { displayName: string }[] = await this.q.query(`SELECT display_name AS "displayName" FROM app_user WHERE id = $1`, [
      userId,
    ]);
    return rows[0]?.displayName ?? null;
  }

  /** Waiting submissions of the program, oldest hand-in first, with the latest version's number and mark. */
  reviewQueue(programId: string): Promise<ReviewQueueRow[]> {
    return this.q.query(
      `SELECT s.id AS "submissionId", a.id AS "assignmentId", a.title AS "assignmentTitle", m.id AS "moduleId",
              m.title AS "moduleTitle", s.tandem_id AS "tandemId",
              t.mentor_id AS "mentorId", mentor.display_name AS "mentorName", t.mentee_id AS "menteeId", mentee.display_name AS "menteeName",
              s.version_count AS "versionNumber", s.last_submitted_at AS "submittedAt", COALESCE(v.late, false) AS late
         FROM submission s
         JOIN curriculum_assignment a ON a.id = s.assignment_id
         JOIN curriculum_module m ON m.id = a.module_id AND m.program_id = $1
         ${SUBMISSION_JOINS}
         LEFT JOIN submission_version v ON v.submission_id = s.id AND v.number = s.version_count
        WHERE s.status = 'submitted'
        ORDER BY s.last_submitted_at, s.id`,
      [programId],
    );
  }

  /**
   * Per program where the person is staff (trainer or coordinator; admins: every program), the
   * waiting submissions she may review (not her own tandem's). Archived programs are read-only and
   * left out. One query.
   */
  reviewCounts(userId: string, isAdmin: boolean): Promise<{ programId: string; waiting: number }[]> {
    return this.q.query(
      `WITH staff_of AS (
         SELECT p.id FROM program p
          WHERE p.archived_at IS NULL
            AND ($2::boolean OR EXISTS (SELECT 1 FROM program_member pm
                                WHERE pm.program_id = p.id AND pm.user_id = $1::uuid AND pm.role IN ('trainer', 'coordinator')))
       )
       SELECT so.id AS "programId", count(s.id)::int AS waiting
         FROM staff_of so
         LEFT JOIN curriculum_module m ON m.program_id = so.id
         LEFT JOIN curriculum_assignment a ON a.module_id = m.id
         LEFT JOIN submission s ON s.assignment_id = a.id AND s.status = 'submitted'
               AND NOT EXISTS (SELECT 1 FROM tandem t WHERE t.id = s.tandem_id AND $1::uuid IN (t.mentor_id, t.mentee_id))
        GROUP BY so.id
        ORDER BY so.id`,
      [userId, isAdmin],
    );
  }

  // ---------------------------------------------------------------- files

  async insertFile(f: NewSubmissionFile): Promise<SubmissionFileRow> {
    const rows: SubmissionFileRow[] = await this.q.query(
      `INSERT INTO submission_file AS f (assignment_id, tandem_id, storage_key, file_name, content_type, kind, size_bytes, page_count, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${FILE_COLUMNS}`,
      [f.assignmentId, f.tandemId, f.storageKey, f.fileName, f.contentType, f.kind, f.sizeBytes, f.pageCount, f.uploadedBy],
    );
    return rows[0];
  }

  async findFile(fileId: string): Promise<StoredSubmissionFileRow | null> {
    const rows: StoredSubmissionFileRow[] = await this.q.query(
      `SELECT ${FILE_COLUMNS}, f.assignment_id AS "assignmentId", f.tandem_id AS "tandemId", f.storage_key AS "storageKey",
              t.mentor_id AS "mentorId", t.mentee_id AS "menteeId", m.program_id AS "programId", m.status AS "moduleStatus"
         FROM submission_file f
         JOIN tandem t ON t.id = f.tandem_id
         JOIN curriculum_assignment a ON a.id = f.assignment_id
         JOIN curriculum_module m ON m.id = a.module_id
        WHERE f.id = $1`,
      [fileId],
    );
    return rows[0] ?? null;
  }

  /** The status of the tandem's submission to the assignment; null before the first hand-in. */
  async statusOf(assignmentId: string, tandemId: string): Promise<SubmissionStatus | null> {
    const rows: { status: SubmissionStatus }[] = await this.q.query(
      `SELECT status FROM submission WHERE assignment_id = $1 AND tandem_id = $2`,
      [assignmentId, tandemId],
    );
    return rows[0]?.status ?? null;
  }

  /** Storage keys of every file uploaded to the module's assignments (to remove them with a deleted draft). */
  async fileKeysOfModule(moduleId: string): Promise<string[]> {
    const rows: { storageKey: string }[] = await this.q.query(
      `SELECT f.storage_key AS "storageKey" FROM submission_file f JOIN curriculum_assignment a ON a.id = f.assignment_id
        WHERE a.module_id = $1`,
      [moduleId],
    );
    return rows.map((r) => r.storageKey);
  }

  /** Storage keys of every file uploaded to the assignment (to remove them with it). */
  async fileKeysOfAssignment(assignmentId: string): Promise<string[]> {
    const rows: { storageKey: string }[] = await this.q.query(
      `SELECT storage_key AS "storageKey" FROM submission_file WHERE assignment_id = $1`,
      [assignmentId],
    );
    return rows.map((r) => r.storageKey);
  }
}
