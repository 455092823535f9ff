import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `mail_outbox.secret`: the live credential inside a pending mail (e.g. a set-password link), so
 * the sender can remove it from the row once the mail has left. Rows sent before this migration
 * lose their one-time tokens here (links of the form `…?token=…`).
 */
export class MailOutboxSecret1700000007400 implements MigrationInterface {
  name = 'MailOutboxSecret1700000007400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN secret text`);
    await q.query(`
      UPDATE mail_outbox
         SET text = regexp_replace(text, '([?&]token=)[^\\s"''<>&]+', '\\1[entfernt]', 'g'),
             html = regexp_replace(html, '([?&](amp;)?token=)[^\\s"''<>&]+', '\\1[entfernt]', 'g')
       WHERE status <> 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Removed tokens stay removed: they were one-time credentials.
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN secret`);
  }
}
