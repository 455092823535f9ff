import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily review digest (issue 8, item 7): one row per program and day once its mails are in the
 * outbox, written in the same transaction, so a retried or doubled job never mails twice.
 */
export class ReviewDigest1795900000500 implements MigrationInterface {
  name = 'ReviewDigest1795900000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_digest (
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        day date NOT NULL,
        submission_count integer NOT NULL,
        mail_count integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (program_id, day),
        CONSTRAINT ck_review_digest_counts CHECK (submission_count > 0 AND mail_count >= 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_digest`);
  }
}
