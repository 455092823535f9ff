import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { currentTandemsSql } from '@ecampus/api/programs/access';
import type { LiveNotes } from '@ecampus/shared/contracts';

/** A current tandem of the session's program, with its two people. */
export interface TandemGroup {
  tandemId: string;
  userIds: string[];
  names: string[];
}

/** The breakout rooms' record (`live_breakout_room`): names, order, shared notes. Callers checked the session. */
@Injectable()
export class LiveBreakoutRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async statusOf(sessionId: string): Promise<string | null> {
    const rows: { status: string }[] = await this.db.query(`SELECT status FROM live_session WHERE id = $1`, [sessionId]);
    return rows[0]?.status ?? null;
  }

  async insertRooms(sessionId: string, rooms: { id: string; name: string }[], at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO live_breakout_room (id, session_id, name, position, opened_at)
       SELECT r.id, $1, r.name, r.position, $3 FROM unnest($2::uuid[], $4::text[], $5::int[]) AS r(id, name, position)`,
      [sessionId, rooms.map((r) => r.id), at, rooms.map((r) => r.name), rooms.map((_, i) => i)],
    );
  }

  async closeRooms(ids: string[], at: Date): Promise<void> {
    if (ids.length > 0)
      await this.db.query(`UPDATE live_breakout_room SET closed_at = $2 WHERE id = ANY($1::uuid[]) AND closed_at IS NULL`, [ids, at]);
  }

  /** A breakout room's shared note (always open to the people in it). */
  async notesOf(roomId: string): Promise<LiveNotes> {
    const rows: { text: string; version: number }[] = await this.db.query(
      `SELECT notes AS text, notes_version AS version FROM live_breakout_room WHERE id = $1`,
      [roomId],
    );
    return { text: rows[0]?.text ?? '', version: rows[0]?.version ?? 0, open: true };
  }

  /** New notes when `baseVersion` is the current version; null on a conflict. */
  async updateNotes(roomId: string, text: string, baseVersion: number): Promise<LiveNotes | null> {
    const [rows]: [{ text: string; version: number }[], number] = await this.db.query(
      `UPDATE live_breakout_room SET notes = $2, notes_version = notes_version + 1
        WHERE id = $1 AND notes_version = $3 AND closed_at IS NULL
        RETURNING notes AS text, notes_version AS version`,
      [roomId, text, baseVersion],
    );
    return rows[0] ? { ...rows[0], open: true } : null;
  }

  /** The program's current tandems (mentor first), oldest first: the default rooms. */
  async tandemsOf(sessionId: string): Promise<TandemGroup[]> {
    const rows: { tandem_id: string; user_ids: string[]; names: string[] }[] = await this.db.query(
      `SELECT t.id AS tandem_id,
              ARRAY[t.mentor_id::text, t.mentee_id::text] AS user_ids,
              ARRAY[mentor.display_name, mentee.display_name] AS names
         FROM live_session s
         JOIN tandem t ON t.program_id = s.program_id
         JOIN app_user mentor ON mentor.id = t.mentor_id
         JOIN app_user mentee ON mentee.id = t.mentee_id
        WHERE s.id = $1
          AND t.id IN (SELECT ct.tandem_id FROM ${currentTandemsSql('s.program_id')} ct)
        ORDER BY t.created_at, t.id`,
      [sessionId],
    );
    return rows.map((r) => ({ tandemId: r.tandem_id, userIds: r.user_ids, names: r.names }));
  }

  /** Which of `userIds` belong to the session's program (the only people a room can take). */
  async membersOf(sessionId: string, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT pm.user_id FROM live_session s JOIN program_member pm ON pm.program_id = s.program_id
        WHERE s.id = $1 AND pm.user_id = ANY($2::uuid[])`,
      [sessionId, userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }
}
