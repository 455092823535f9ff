import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LiveSessionStatus } from '@ecampus/shared/contracts';
import { LIVE_SESSION_VIEW_COLUMNS } from '../session/live-session-views.repository';
import type { LiveSessionView } from '../session/live-session.rules';

/** TypeORM's postgres driver answers UPDATE and DELETE with [rows, affectedCount]. */
export const affected = async (result: Promise<unknown>): Promise<number> => ((await result) as [unknown[], number])[1];

/** The fields of a session that scheduling writes. */
export interface LiveSessionFields {
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  moduleId: string | null;
}

/** What the rules of a change need of the current row (read under a row lock). */
export interface LiveSessionState extends LiveSessionFields {
  id: string;
  programId: string;
  status: LiveSessionStatus;
}

/** What the queued jobs of a session are planned from. */
export interface LiveSessionTiming {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  status: LiveSessionStatus;
}

/**
 * Scheduling's queries: sessions of a program and their trainers. Every query is scoped by program
 * or by a session id the service has already checked (LiveSessionAccess). Ids arrive validated.
 */
@Injectable()
export class LiveScheduleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Whether the module belongs to the program (curriculum's table, read only). */
  async moduleInProgram(programId: string, moduleId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM curriculum_module WHERE id = $1 AND program_id = $2`, [moduleId, programId]);
    return rows.length > 0;
  }

  /** Of these people, those who hold trainer or coordinator in the program. */
  async trainersAmong(programId: string, userIds: string[], manager: EntityManager = this.db.manager): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: { userId: string }[] = await manager.query(
      `SELECT DISTINCT user_id AS "userId" FROM program_member
        WHERE program_id = $1 AND user_id = ANY($2::uuid[]) AND role IN ('trainer', 'coordinator')`,
      [programId, userIds],
    );
    return rows.map((r) => r.userId);
  }

  async insert(programId: string, fields: LiveSessionFields, createdBy: string, manager: EntityManager): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO live_session (program_id, module_id, title, description, starts_at, duration_minutes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [programId, fields.moduleId, fields.title, fields.description, fields.startsAt, fields.durationMinutes, createdBy],
    );
    return row.id;
  }

  /** The row, locked until the transaction ends (two edits, or an edit and a start, never interleave). */
  async lock(sessionId: string, manager: EntityManager): Promise<LiveSessionState | null> {
    const rows: LiveSessionState[] = await manager.query(
      `SELECT id, program_id AS "programId", title, description, starts_at AS "startsAt", duration_minutes AS "durationMinutes",
              module_id AS "moduleId", status
         FROM live_session WHERE id = $1 FOR UPDATE`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  async update(sessionId: string, fields: LiveSessionFields, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE live_session SET title = $2, description = $3, starts_at = $4, duration_minutes = $5, module_id = $6, updated_at = now()
        WHERE id = $1`,
      [sessionId, fields.title, fields.description, fields.startsAt, fields.durationMinutes, fields.moduleId],
    );
  }

  /** The session's trainers become exactly these. */
  async setTrainers(sessionId: string, userIds: string[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM live_session_trainer WHERE session_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [sessionId, userIds]);
    if (userIds.length > 0)
      await manager.query(`INSERT INTO live_session_trainer (session_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
        sessionId,
        userIds,
      ]);
  }

  /** Deletes a session that is still scheduled; false when it started (or is gone) meanwhile. */
  async deleteScheduled(sessionId: string): Promise<boolean> {
    return (await affected(this.db.query(`DELETE FROM live_session WHERE id = $1 AND status = 'scheduled'`, [sessionId]))) > 0;
  }

  /** The program's sessions overlapping [from, to) (either end open), by start, as every view shows them. */
  list(programId: string, from: Date | null, to: Date | null): Promise<LiveSessionView[]> {
    return this.db.query(
      `SELECT ${LIVE_SESSION_VIEW_COLUMNS} FROM live_session s
        WHERE s.program_id = $1
          AND ($2::timestamptz IS NULL OR s.starts_at + s.duration_minutes * interval '1 minute' > $2::timestamptz)
          AND ($3::timestamptz IS NULL OR s.starts_at < $3::timestamptz)
        ORDER BY s.starts_at, s.id`,
      [programId, from, to],
    );
  }

  /** scheduled → live; false when it was not scheduled any more (a second moderator was faster). */
  async markLive(sessionId: string, at: Date): Promise<boolean> {
    const changed = await affected(
      this.db.query(`UPDATE live_session SET status = 'live', started_at = $2, updated_at = now() WHERE id = $1 AND status = 'scheduled'`, [
        sessionId,
        at,
      ]),
    );
    return changed > 0;
  }

  /** scheduled or live → ended; false when it had already ended. */
  async markEnded(sessionId: string, at: Date): Promise<boolean> {
    const changed = await affected(
      this.db.query(
        `UPDATE live_session SET status = 'ended', ended_at = $2, updated_at = now() WHERE id = $1 AND status IN ('scheduled', 'live')`,
        [sessionId, at],
      ),
    );
    return changed > 0;
  }

  /** Every session that is not over: what the worker's reconciler (re)plans jobs for. */
  openSessions(): Promise<LiveSessionTiming[]> {
    return this.db.query(
      `SELECT id, starts_at AS "startsAt", duration_minutes AS "durationMinutes", status
         FROM live_session WHERE status IN ('scheduled', 'live') ORDER BY starts_at, id`,
    );
  }
}
