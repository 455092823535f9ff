import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Writes attendance as it happens: one row per socket's stay in a session's room. The room calls
 * `stayStarted` on join, `stayEnded` on leave/disconnect, and `seen` on its heartbeat for every
 * stay it holds, so a stay of a process that died ends at its last heartbeat (last_seen_at).
 * Times come from the caller (the room's clock), so tests can replay any sequence.
 */
@Injectable()
export class AttendanceRecorder {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new stay; returns its id. */
  async stayStarted(sessionId: string, userId: string, at: Date): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO live_attendance (session_id, user_id, joined_at, last_seen_at) VALUES ($1, $2, $3, $3) RETURNING id`,
      [sessionId, userId, at],
    );
    return row.id;
  }

  /** The stay ended (leave, disconnect, removal). A second call keeps the first end. */
  async stayEnded(stayId: string, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE live_attendance SET left_at = GREATEST($2::timestamptz, joined_at), last_seen_at = GREATEST(last_seen_at, $2::timestamptz)
        WHERE id = $1 AND left_at IS NULL`,
      [stayId, at],
    );
  }

  /** These open stays are still there (one statement for all of a process's sockets). */
  async seen(stayIds: string[], at: Date): Promise<void> {
    if (stayIds.length === 0) return;
    await this.db.query(
      `UPDATE live_attendance SET last_seen_at = GREATEST(last_seen_at, $2::timestamptz) WHERE id = ANY($1::uuid[]) AND left_at IS NULL`,
      [stayIds, at],
    );
  }
}
