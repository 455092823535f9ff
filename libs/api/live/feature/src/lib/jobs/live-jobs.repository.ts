import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LiveSessionStatus } from '@ecampus/shared/contracts';

/** A session as its reminder needs it. */
export interface ReminderSessionRow {
  id: string;
  programId: string;
  programTitle: string;
  programArchived: boolean;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  status: LiveSessionStatus;
  moduleTitle: string | null;
}

/** One person to remind (once, whatever her roles). */
export interface ReminderRecipientRow {
  userId: string;
  email: string;
  displayName: string;
}

/** What one retention run deleted. */
export interface RetentionCounts {
  chatMessages: number;
  questions: number;
  polls: number;
  attendance: number;
}

/** The worker's queries of the live domain: reminders (read, and the claim row) and retention (delete). */
@Injectable()
export class LiveJobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async reminderSession(sessionId: string): Promise<ReminderSessionRow | null> {
    const rows: ReminderSessionRow[] = await this.db.query(
      `SELECT s.id, s.program_id AS "programId", p.title AS "programTitle", p.archived_at IS NOT NULL AS "programArchived",
              s.title, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.status,
              (SELECT m.title FROM curriculum_module m WHERE m.id = s.module_id) AS "moduleTitle"
         FROM live_session s JOIN program p ON p.id = s.program_id
        WHERE s.id = $1`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /** The program's mentors and mentees and the session's trainers, active accounts, each once. */
  recipients(sessionId: string, programId: string): Promise<ReminderRecipientRow[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.email::text AS email, u.display_name AS "displayName"
         FROM app_user u
        WHERE u.active AND (
              EXISTS (SELECT 1 FROM program_member pm WHERE pm.program_id = $2 AND pm.user_id = u.id AND pm.role IN ('mentor', 'mentee'))
           OR EXISTS (SELECT 1 FROM live_session_trainer st WHERE st.session_id = $1 AND st.user_id = u.id))
        ORDER BY u.display_name, u.id`,
      [sessionId, programId],
    );
  }

  /**
   * Claims the reminder of this kind for this start (in the caller's transaction): true when this
   * call wrote the row, false when an earlier run already sent it.
   */
  async claimReminder(manager: EntityManager, sessionId: string, kind: string, startsAt: Date, mailCount: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO live_session_reminder (session_id, kind, starts_at, mail_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING session_id`,
      [sessionId, kind, startsAt, mailCount],
    );
    return rows.length === 1;
  }

  /**
   * Deletes the room records of sessions that ended before the cut-offs: chat, questions (their
   * votes cascade) and polls (votes cascade) before `chatBefore`, attendance before `attendanceBefore`.
   */
  async purge(chatBefore: Date, attendanceBefore: Date): Promise<RetentionCounts> {
    return this.db.transaction(async (m) => {
      const ended = `SELECT id FROM live_session WHERE status = 'ended' AND ended_at < $1`;
      const count = async (sql: string, at: Date) => ((await m.query(sql, [at])) as [unknown[], number])[1];
      return {
        chatMessages: await count(`DELETE FROM live_chat_message WHERE session_id IN (${ended})`, chatBefore),
        questions: await count(`DELETE FROM live_question WHERE session_id IN (${ended})`, chatBefore),
        polls: await count(`DELETE FROM live_poll WHERE session_id IN (${ended})`, chatBefore),
        attendance: await count(`DELETE FROM live_attendance WHERE session_id IN (${ended})`, attendanceBefore),
      };
    });
  }
}
