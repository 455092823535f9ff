import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The main room's key; a breakout room's key is its id. */
export const MAIN_ROOM = 'main';

/** A Janus room of a session (its main room or one of its breakout rooms): its number and the secret that guards it. */
export interface MediaRoomRow {
  sessionId: string;
  roomKey: string;
  janusRoom: number;
  secret: string;
}

type Row = { session_id: string; room_key: string; janus_room: string; secret: string };
const toRoom = (r: Row): MediaRoomRow => ({
  sessionId: r.session_id,
  roomKey: r.room_key,
  janusRoom: Number(r.janus_room),
  secret: r.secret,
});

/** SQL of the media rooms (`live_media_room`); callers have checked the session. */
@Injectable()
export class LiveMediaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The room's row, made with `secret` when missing (two processes at once get the same row). */
  async ensure(sessionId: string, roomKey: string, secret: string): Promise<MediaRoomRow> {
    await this.db.query(
      `INSERT INTO live_media_room (session_id, room_key, secret) VALUES ($1, $2, $3) ON CONFLICT (session_id, room_key) DO NOTHING`,
      [sessionId, roomKey, secret],
    );
    const row = await this.find(sessionId, roomKey);
    if (!row) throw new Error(`live_media_room ${sessionId}/${roomKey} fehlt nach dem Anlegen`);
    return row;
  }

  async find(sessionId: string, roomKey: string = MAIN_ROOM): Promise<MediaRoomRow | null> {
    const rows: Row[] = await this.db.query(
      `SELECT session_id, room_key, janus_room, secret FROM live_media_room WHERE session_id = $1 AND room_key = $2`,
      [sessionId, roomKey],
    );
    return rows[0] ? toRoom(rows[0]) : null;
  }

  /** Every Janus room of the session (main and breakout rooms). */
  async ofSession(sessionId: string): Promise<MediaRoomRow[]> {
    const rows: Row[] = await this.db.query(
      `SELECT session_id, room_key, janus_room, secret FROM live_media_room WHERE session_id = $1 ORDER BY janus_room`,
      [sessionId],
    );
    return rows.map(toRoom);
  }

  async remove(sessionId: string, roomKey: string): Promise<void> {
    await this.db.query(`DELETE FROM live_media_room WHERE session_id = $1 AND room_key = $2`, [sessionId, roomKey]);
  }

  /** Sessions that ended with rooms left (their Janus rooms were not destroyed at the end: Janus was away). */
  async ofEndedSessions(): Promise<string[]> {
    const rows: { session_id: string }[] = await this.db.query(
      `SELECT DISTINCT r.session_id FROM live_media_room r JOIN live_session s ON s.id = r.session_id WHERE s.status = 'ended'`,
    );
    return rows.map((r) => r.session_id);
  }

  async statusOf(sessionId: string): Promise<string | null> {
    const rows: { status: string }[] = await this.db.query(`SELECT status FROM live_session WHERE id = $1`, [sessionId]);
    return rows[0]?.status ?? null;
  }

  /** Which of `userIds` moderate the session (admins, the program's trainers and coordinators: live-session.rules' isModerator). */
  async moderatorsAmong(sessionId: string, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT u.id FROM app_user u, live_session s
        WHERE s.id = $1 AND u.id = ANY($2::uuid[])
          AND (u.is_admin OR EXISTS (SELECT 1 FROM program_member pm WHERE pm.program_id = s.program_id AND pm.user_id = u.id
                                      AND pm.role IN ('coordinator', 'trainer')))`,
      [sessionId, userIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The session's trainers (they hold the floor from the start). */
  async trainerIds(sessionId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query(`SELECT user_id FROM live_session_trainer WHERE session_id = $1`, [sessionId]);
    return rows.map((r) => r.user_id);
  }
}
