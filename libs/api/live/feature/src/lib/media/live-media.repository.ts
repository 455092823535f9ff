import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A session's Janus room: its number and the secret that guards it. */
export interface MediaRoomRow {
  sessionId: string;
  janusRoom: number;
  secret: string;
}

/** SQL of the media rooms (`live_media_room`); callers have checked the session. */
@Injectable()
export class LiveMediaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The session's room row, made with `secret` when missing (two processes at once get the same row). */
  async ensure(sessionId: string, secret: string): Promise<MediaRoomRow> {
    await this.db.query(`INSERT INTO live_media_room (session_id, secret) VALUES ($1, $2) ON CONFLICT (session_id) DO NOTHING`, [
      sessionId,
      secret,
    ]);
    const row = await this.find(sessionId);
    if (!row) throw new Error(`live_media_room ${sessionId} fehlt nach dem Anlegen`);
    return row;
  }

  async find(sessionId: string): Promise<MediaRoomRow | null> {
    const rows: { janus_room: string; secret: string }[] = await this.db.query(
      `SELECT janus_room, secret FROM live_media_room WHERE session_id = $1`,
      [sessionId],
    );
    return rows[0] ? { sessionId, janusRoom: Number(rows[0].janus_room), secret: rows[0].secret } : null;
  }

  async remove(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM live_media_room WHERE session_id = $1`, [sessionId]);
  }

  /** Rooms whose session has ended (their Janus room was not destroyed at the end: Janus was away). */
  async ofEndedSessions(): Promise<string[]> {
    const rows: { session_id: string }[] = await this.db.query(
      `SELECT r.session_id FROM live_media_room r JOIN live_session s ON s.id = r.session_id WHERE s.status = 'ended'`,
    );
    return rows.map((r) => r.session_id);
  }

  async statusOf(sessionId: string): Promise<string | null> {
    const rows: { status: string }[] = await this.db.query(`SELECT status FROM live_session WHERE id = $1`, [sessionId]);
    return rows[0]?.status ?? null;
  }

  /** The session's trainers (they hold the floor from the start). */
  async trainerIds(sessionId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query(`SELECT user_id FROM live_session_trainer WHERE session_id = $1`, [sessionId]);
    return rows.map((r) => r.user_id);
  }
}
