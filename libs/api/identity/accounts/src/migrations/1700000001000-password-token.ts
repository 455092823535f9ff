import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time set-password tokens (invitations). Only the SHA-256 of a token is stored, so a
 * leaked database cannot be used to take over invited accounts.
 */
export class PasswordToken1700000001000 implements MigrationInterface {
  name = 'PasswordToken1700000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_password_token_hash UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX ix_password_token_user ON password_token (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_token`);
  }
}
