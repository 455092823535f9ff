import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates, first part (issue 11): a program's certificate settings (criteria, issuer and
 * signatories) and the coordinators' allow- and block-list. The limits mirror the contracts (CERTIFICATE_LIMITS) so the database refuses what the
 * API would refuse. Never edit a migration that has shipped: add one.
 */
export class Certificates1796000001300 implements MigrationInterface {
  name = 'Certificates1796000001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificate_settings (
        program_id uuid PRIMARY KEY REFERENCES program(id) ON DELETE CASCADE,
        required_module_ids uuid[] NOT NULL DEFAULT '{}',
        min_attendance_ratio numeric(4,3) NOT NULL DEFAULT 0,
        session_presence_ratio numeric(4,3) NOT NULL DEFAULT 0.5,
        require_approved_assignments boolean NOT NULL DEFAULT false,
        min_tandem_meetings integer NOT NULL DEFAULT 0,
        organisation varchar(200) NOT NULL DEFAULT '',
        signatories jsonb NOT NULL DEFAULT '[]',
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_certificate_settings_ratios CHECK (min_attendance_ratio BETWEEN 0 AND 1 AND session_presence_ratio BETWEEN 0 AND 1),
        CONSTRAINT ck_certificate_settings_meetings CHECK (min_tandem_meetings BETWEEN 0 AND 100),
        CONSTRAINT ck_certificate_settings_modules CHECK (cardinality(required_module_ids) <= 100)
      )`);
    await q.query(`
      CREATE TABLE certificate_override (
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind varchar(5) NOT NULL,
        reason varchar(500) NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (program_id, user_id),
        CONSTRAINT ck_certificate_override_kind CHECK (kind IN ('allow', 'block'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate_override`);
    await q.query(`DROP TABLE certificate_settings`);
  }
}
