import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates, issuing (issue 11, decision 028): a batch is a row, each certificate is a row
 * written in the batch's transaction and is its own render request (`status`, the outbox rule):
 * the worker renders it (job id = row id and render version), the reconciler re-enqueues what is
 * still pending. One valid certificate per person and program is a unique index, not a check;
 * a revoked one leaves room for a new one. The code is kept when the PDF is rendered again.
 */
export class CertificateIssuing1796000001400 implements MigrationInterface {
  name = 'CertificateIssuing1796000001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificate_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        notify boolean NOT NULL DEFAULT false,
        total integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_certificate_batch_program ON certificate_batch (program_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        batch_id uuid REFERENCES certificate_batch(id) ON DELETE SET NULL,
        verification_code varchar(24) NOT NULL,
        content jsonb NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        status varchar(10) NOT NULL DEFAULT 'pending',
        render_version integer NOT NULL DEFAULT 1,
        requested_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        failure_reason varchar(1000),
        storage_key varchar(300),
        size_bytes integer,
        rendered_at timestamptz,
        revoked_at timestamptz,
        revoked_reason varchar(500),
        revoked_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT uq_certificate_code UNIQUE (verification_code),
        CONSTRAINT ck_certificate_status CHECK (status IN ('pending', 'done', 'failed'))
      )`);
    // Exactly one valid certificate per person and program, decided by the database under concurrency.
    await q.query(`CREATE UNIQUE INDEX uq_certificate_valid ON certificate (program_id, user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX ix_certificate_pending ON certificate (requested_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX ix_certificate_batch ON certificate (batch_id, status)`);
    await q.query(`CREATE INDEX ix_certificate_user ON certificate (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate`);
    await q.query(`DROP TABLE certificate_batch`);
  }
}
