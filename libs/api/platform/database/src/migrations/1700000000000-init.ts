import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, refresh sessions and the durable health-check job rows. */
export class Init1700000000000 implements MigrationInterface {
  name = 'Init1700000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL,
        display_name varchar(120) NOT NULL,
        password_hash text,
        is_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_app_user_email UNIQUE (email)
      )`);
    await q.query(`
      CREATE TABLE refresh_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        revoked_at timestamptz,
        user_agent varchar(300),
        CONSTRAINT uq_refresh_session_token UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX ix_refresh_session_family ON refresh_session (family_id)`);
    await q.query(`CREATE INDEX ix_refresh_session_user ON refresh_session (user_id)`);
    await q.query(`
      CREATE TABLE health_check_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status varchar(20) NOT NULL DEFAULT 'pending',
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        processed_by varchar(200),
        CONSTRAINT ck_health_check_job_status CHECK (status IN ('pending','processing','done','failed'))
      )`);
    await q.query(`CREATE INDEX ix_health_check_job_pending ON health_check_job (created_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE health_check_job`);
    await q.query(`DROP TABLE refresh_session`);
    await q.query(`DROP TABLE app_user`);
  }
}
