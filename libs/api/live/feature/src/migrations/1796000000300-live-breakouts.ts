import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Breakout rooms of live seminars (issue 10, decision 027). Their live state (who is where, the
 * timer) is in Redis; this is their record: each room's name and shared note, and the chat
 * written inside it. A session's Janus rooms become one per room key: `main` and one per
 * breakout room (its id).
 */
export class LiveBreakouts1796000000300 implements MigrationInterface {
  name = 'LiveBreakouts1796000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_breakout_room (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        name varchar(60) NOT NULL,
        position integer NOT NULL,
        notes text NOT NULL DEFAULT '',
        notes_version integer NOT NULL DEFAULT 0,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        CONSTRAINT ck_live_breakout_room_notes CHECK (length(notes) <= 20000)
      )`);
    await q.query(`CREATE INDEX ix_live_breakout_room_session ON live_breakout_room (session_id, opened_at)`);
    await q.query(`ALTER TABLE live_chat_message ADD COLUMN breakout_room_id uuid REFERENCES live_breakout_room(id) ON DELETE CASCADE`);
    await q.query(
      `CREATE INDEX ix_live_chat_message_breakout ON live_chat_message (breakout_room_id, seq) WHERE breakout_room_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE live_media_room ADD COLUMN room_key varchar(36) NOT NULL DEFAULT 'main'`);
    await q.query(`ALTER TABLE live_media_room DROP CONSTRAINT live_media_room_pkey`);
    await q.query(`ALTER TABLE live_media_room ADD PRIMARY KEY (session_id, room_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM live_media_room WHERE room_key <> 'main'`);
    await q.query(`ALTER TABLE live_media_room DROP CONSTRAINT live_media_room_pkey`);
    await q.query(`ALTER TABLE live_media_room ADD PRIMARY KEY (session_id)`);
    await q.query(`ALTER TABLE live_media_room DROP COLUMN room_key`);
    await q.query(`ALTER TABLE live_chat_message DROP COLUMN breakout_room_id`);
    await q.query(`DROP TABLE live_breakout_room`);
  }
}
