import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account administration (issue 7): an admin deactivates and reactivates accounts (`active`, when:
 * `deactivated_at`), and sees when a person was last signed in (`last_seen_at`: login or renewal).
 */
export class AccountStatus1700000007110 implements MigrationInterface {
  name = 'AccountStatus1700000007110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN last_seen_at timestamptz`);
    // "Who is still an active admin?" under the lock of the last-admin rule.
    await q.query(`CREATE INDEX ix_app_user_active_admin ON app_user (id) WHERE is_admin AND active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_app_user_active_admin`);
    await q.query(`ALTER TABLE app_user DROP COLUMN active, DROP COLUMN deactivated_at, DROP COLUMN last_seen_at`);
  }
}
