import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

/** A submission waiting for review, with what the digest names. */
export interface WaitingSubmissionRow {
  programId: string;
  programTitle: string;
  submissionId: string;
  assignmentTitle: string;
  moduleId: string;
  moduleTitle: string;
  mentorId: string;
  mentorName: string;
  menteeId: string;
  menteeName: string;
  versionCount: number;
  lastSubmittedAt: Date;
}

/** A trainer or coordinator of a program (one row per person and program, whatever her roles there). */
export interface DigestRecipientRow {
  programId: string;
  userId: string;
  email: string;
  displayName: string;
}

/**
 * What the daily review digest reads and the one row it writes per program and day. Read-only
 * except `claimDay`; scoped by a time window (all programs) or by program.
 */
@Injectable()
export class ReviewDigestRepository {
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

  /**
   * Submissions still waiting for review (`submitted`) whose latest version arrived in (from, to],
   * in programs that are not archived, by program and arrival.
   */
  waitingSubmissions(from: Date, to: Date): Promise<WaitingSubmissionRow[]> {
    return this.q.query(
      `SELECT p.id AS "programId", p.title AS "programTitle", s.id AS "submissionId", a.title AS "assignmentTitle",
              m.id AS "moduleId", m.title AS "moduleTitle",
              t.mentor_id AS "mentorId", mu.display_name AS "mentorName", t.mentee_id AS "menteeId", eu.display_name AS "menteeName",
              s.version_count AS "versionCount", s.last_submitted_at AS "lastSubmittedAt"
         FROM submission s
         JOIN curriculum_assignment a ON a.id = s.assignment_id
         JOIN curriculum_module m ON m.id = a.module_id
         JOIN program p ON p.id = m.program_id AND p.archived_at IS NULL
         JOIN tandem t ON t.id = s.tandem_id
         JOIN app_user mu ON mu.id = t.mentor_id
         JOIN app_user eu ON eu.id = t.mentee_id
        WHERE s.status = 'submitted' AND s.last_submitted_at > $1 AND s.last_submitted_at <= $2
        ORDER BY p.id, s.last_submitted_at, s.id`,
      [from, to],
    );
  }

  /** The trainers and coordinators of these programs whose accounts are active. */
  recipients(programIds: string[]): Promise<DigestRecipientRow[]> {
    return this.q.query(
      `SELECT DISTINCT pm.program_id AS "programId", u.id AS "userId", u.email::text AS email, u.display_name AS "displayName"
         FROM program_member pm
         JOIN app_user u ON u.id = pm.user_id AND u.active
        WHERE pm.program_id = ANY($1::uuid[]) AND pm.role IN ('trainer', 'coordinator')
        ORDER BY pm.program_id, u.display_name, u.id`,
      [programIds],
    );
  }

  /**
   * Claims the program's digest of `day` (in the caller's transaction, `manager`): true when this
   * call wrote the row, false when an earlier run already sent that day's digest.
   */
  async claimDay(manager: EntityManager, programId: string, day: string, submissionCount: number, mailCount: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO review_digest (program_id, day, submission_count, mail_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (program_id, day) DO NOTHING RETURNING program_id`,
      [programId, day, submissionCount, mailCount],
    );
    return rows.length === 1;
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.q.transaction(work);
  }
}
