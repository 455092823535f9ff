import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AttendanceStay } from './attendance.rules';

/** A stay with whose it is (the session's attendance list). */
export interface SessionStayRow extends AttendanceStay {
  userId: string;
  displayName: string;
  /** Her roles in the session's program now (empty: no longer a member). */
  roles: string[];
  isAdmin: boolean;
}

/** A session of the program that was held (started and ended). */
export interface HeldSessionRow {
  id: string;
  title: string;
  startsAt: Date;
  startedAt: Date;
  endedAt: Date;
}

/** A mentor or mentee of the program. */
export interface ParticipantRow {
  userId: string;
  displayName: string;
}

/** A stay in one of the program's held sessions. */
export interface ProgramStayRow extends AttendanceStay {
  sessionId: string;
  userId: string;
}

/**
 * Attendance queries: a session's list in one statement, a program's summary in three, whatever the
 * number of people (never one per person). Read-only; the room writes through AttendanceRecorder.
 * Ids arrive validated.
 */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every stay in the session with the person's name and standing, by name, person, join. */
  sessionStays(sessionId: string, programId: string): Promise<SessionStayRow[]> {
    return this.db.query(
      `SELECT a.user_id AS "userId", u.display_name AS "displayName", u.is_admin AS "isAdmin",
              COALESCE(r.roles, '{}') AS roles,
              a.joined_at AS "joinedAt", a.left_at AS "leftAt", a.last_seen_at AS "lastSeenAt"
         FROM live_attendance a
         JOIN app_user u ON u.id = a.user_id
         LEFT JOIN (SELECT m.user_id, array_agg(m.role::text) AS roles FROM program_member m
                     WHERE m.program_id = $2 GROUP BY m.user_id) r ON r.user_id = a.user_id
        WHERE a.session_id = $1
        ORDER BY u.display_name, a.user_id, a.joined_at`,
      [sessionId, programId],
    );
  }

  /** The program's sessions that were held (ended after a start), in schedule order. */
  heldSessions(programId: string): Promise<HeldSessionRow[]> {
    return this.db.query(
      `SELECT s.id, s.title, s.starts_at AS "startsAt", s.started_at AS "startedAt", s.ended_at AS "endedAt"
         FROM live_session s
        WHERE s.program_id = $1 AND s.status = 'ended' AND s.started_at IS NOT NULL AND s.ended_at IS NOT NULL
        ORDER BY s.starts_at, s.id`,
      [programId],
    );
  }

  /** Who holds mentor or mentee in the program (only `userIds` when given), by name. */
  participants(programId: string, userIds: readonly string[] | null): Promise<ParticipantRow[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName"
         FROM app_user u
        WHERE EXISTS (SELECT 1 FROM program_member m WHERE m.program_id = $1 AND m.user_id = u.id AND m.role IN ('mentor', 'mentee'))
          AND ($2::uuid[] IS NULL OR u.id = ANY($2::uuid[]))
        ORDER BY u.display_name, u.id`,
      [programId, userIds],
    );
  }

  /**
   * Every stay of the program's mentors and mentees (only `userIds` when given) in these sessions,
   * in one statement (the index on (session_id, user_id, joined_at) serves it per session).
   */
  programStays(programId: string, sessionIds: readonly string[], userIds: readonly string[] | null): Promise<ProgramStayRow[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.db.query(
      `SELECT a.session_id AS "sessionId", a.user_id AS "userId",
              a.joined_at AS "joinedAt", a.left_at AS "leftAt", a.last_seen_at AS "lastSeenAt"
         FROM live_attendance a
        WHERE a.session_id = ANY($2::uuid[])
          AND ($3::uuid[] IS NULL OR a.user_id = ANY($3::uuid[]))
          AND EXISTS (SELECT 1 FROM program_member m WHERE m.program_id = $1 AND m.user_id = a.user_id AND m.role IN ('mentor', 'mentee'))`,
      [programId, sessionIds, userIds],
    );
  }
}
