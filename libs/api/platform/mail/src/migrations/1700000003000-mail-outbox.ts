import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Durable mail requests: a row first, then the `mail` queue job with the row id as job id. */
export class MailOutbox1700000003000 implements MigrationInterface {
  name = 'MailOutbox1700000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "to" varchar(320) NOT NULL,
        subject varchar(300) NOT NULL,
        text text NOT NULL,
        html text,
        kind varchar(60) NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT ck_mail_outbox_status CHECK (status IN ('pending','sent','failed'))
      )`);
    await q.query(`CREATE INDEX ix_mail_outbox_pending ON mail_outbox (created_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX ix_mail_outbox_to ON mail_outbox ("to", created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
