import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audio and video of live seminars (issue 10): the Janus VideoRoom of a session. Janus rooms are
 * numbered (a sequence hands out the numbers) and guarded by a secret only the API knows; the row
 * lives from the session's start until its room was destroyed after the end.
 */
export class LiveMedia1796000000200 implements MigrationInterface {
  name = 'LiveMedia1796000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE live_media_room_seq START 1000`);
    await q.query(`
      CREATE TABLE live_media_room (
        session_id uuid PRIMARY KEY REFERENCES live_session(id) ON DELETE CASCADE,
        janus_room bigint NOT NULL UNIQUE DEFAULT nextval('live_media_room_seq'),
        secret varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER SEQUENCE live_media_room_seq OWNED BY live_media_room.janus_room`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE live_media_room`);
  }
}
