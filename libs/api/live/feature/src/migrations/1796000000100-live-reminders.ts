import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live seminars' reminder mails (issue 9): one row per session, kind and planned start once its
 * reminders went into the mail outbox (in the same transaction), so a retried or repeated job
 * mails nobody twice, while a moved session (new start) is reminded again.
 */
export class LiveReminders1796000000100 implements MigrationInterface {
  name = 'LiveReminders1796000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_session_reminder (
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        kind varchar(10) NOT NULL,
        starts_at timestamptz NOT NULL,
        mail_count integer NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, kind, starts_at),
        CONSTRAINT ck_live_session_reminder_kind CHECK (kind IN ('day', 'soon'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE live_session_reminder`);
  }
}
