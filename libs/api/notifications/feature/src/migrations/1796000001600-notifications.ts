import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 11 item 5, decision 028): a person's in-app notices. Other domains write
 * them through `@ecampus/api/notifications/notices`; `dedupe_key` names the occasion
 * (`certificate:<id>`), and the unique constraint keeps one notice per person and occasion also
 * when the writer runs twice. The link is a path in the web app, never an absolute URL (the check
 * mirrors the contracts' NoticeLinkSchema). Never edit a migration that has shipped: add one.
 */
export class Notifications1796000001600 implements MigrationInterface {
  name = 'Notifications1796000001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        dedupe_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT uq_notification_dedupe UNIQUE (user_id, dedupe_key),
        CONSTRAINT ck_notification_link CHECK (link IS NULL OR (left(link, 1) = '/' AND substr(link, 2, 1) NOT IN ('/', '\\')))
      )`);
    await q.query(`CREATE INDEX ix_notification_user_created ON notification (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
  }
}
