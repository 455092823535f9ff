import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CertificateBatch, CertificateRequestStatus, IssuedCertificate, MyCertificate } from '@ecampus/shared/contracts';
import { EMPTY_ISSUER, type IssuerSettings } from '../certificates.repository';
import type { CertificateContent } from './certificate-content';

/** A new certificate of a batch: who, its code and what it says. */
export interface NewCertificate {
  userId: string;
  code: string;
  content: CertificateContent;
}

/** A certificate row as the routes and the worker need it. */
export interface CertificateRow {
  id: string;
  programId: string;
  userId: string;
  batchId: string | null;
  code: string;
  content: CertificateContent;
  issuedAt: Date;
  status: CertificateRequestStatus;
  renderVersion: number;
  attempts: number;
  storageKey: string | null;
  sizeBytes: number | null;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** A render request as the queue knows it: job id = `<certificate id>-r<render version>`. */
export const renderJobId = (id: string, version: number) => `${id}-r${version}`;
export function parseRenderJobId(jobId: string): { id: string; version: number } {
  const at = jobId.lastIndexOf('-r');
  return { id: jobId.slice(0, at), version: Number(jobId.slice(at + 2)) };
}

const CERTIFICATE_COLUMNS = `c.id, c.program_id AS "programId", c.user_id AS "userId", c.batch_id AS "batchId",
  c.verification_code AS code, c.content, c.issued_at AS "issuedAt", c.status, c.render_version AS "renderVersion",
  c.attempts, c.storage_key AS "storageKey", c.size_bytes AS "sizeBytes", c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason"`;

/**
 * Below this many other pending certificates in its batch, a finished render asks whether the batch
 * is done. Above any number of renders running at once (workers × concurrency), so the last ones of
 * a batch always ask, even when they finish at the same moment.
 */
const FEW_PENDING = 64;

/** A batch as the API shows it, plus who started it (progress goes to her). */
export type BatchRow = CertificateBatch & { createdBy: string | null };

/** The issued certificates and their batches (`certificate`, `certificate_batch`). Ids arrive validated. */
@Injectable()
export class IssuingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The program's title and dates (programs' row, read only). */
  async programOf(programId: string): Promise<{ title: string; startsOn: string; endsOn: string } | null> {
    const rows: { title: string; startsOn: string; endsOn: string }[] = await this.db.query(
      `SELECT title, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM program WHERE id = $1`,
      [programId],
    );
    return rows[0] ?? null;
  }

  /** People of the program holding a valid (not revoked) certificate. */
  async validHolders(programId: string): Promise<Set<string>> {
    const rows: { userId: string }[] = await this.db.query(
      `SELECT user_id AS "userId" FROM certificate WHERE program_id = $1 AND revoked_at IS NULL`,
      [programId],
    );
    return new Set(rows.map((r) => r.userId));
  }

  /**
   * The batch and its certificates in one transaction (the outbox rule: the rows are the requests).
   * A person who got a valid certificate meanwhile (another batch at the same moment) is skipped by
   * the unique index; the batch's total is what was really created.
   */
  async createBatch(
    programId: string,
    createdBy: string,
    notify: boolean,
    certificates: NewCertificate[],
  ): Promise<{ batchId: string; created: { id: string; version: number }[] }> {
    return this.db.transaction(async (tx) => {
      const [batch]: { id: string }[] = await tx.query(
        `INSERT INTO certificate_batch (program_id, created_by, notify, total) VALUES ($1, $2, $3, 0) RETURNING id`,
        [programId, createdBy, notify],
      );
      const created: { id: string; version: number }[] = certificates.length
        ? await tx.query(
            `INSERT INTO certificate (program_id, user_id, batch_id, verification_code, content)
             SELECT $1, r.user_id, $2, r.code, r.content
               FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) AS r(user_id, code, content)
             ON CONFLICT (program_id, user_id) WHERE revoked_at IS NULL DO NOTHING
             RETURNING id, render_version AS version`,
            [
              programId,
              batch.id,
              certificates.map((c) => c.userId),
              certificates.map((c) => c.code),
              certificates.map((c) => JSON.stringify(c.content)),
            ],
          )
        : [];
      await tx.query(`UPDATE certificate_batch SET total = $2, finished_at = CASE WHEN $2 = 0 THEN now() END WHERE id = $1`, [
        batch.id,
        created.length,
      ]);
      return { batchId: batch.id, created };
    });
  }

  async batch(batchId: string): Promise<BatchRow | null> {
    return (await this.batches([batchId]))[0] ?? null;
  }

  /** Batches with their counts and failures in two statements, however many (in the order of `batchIds`). */
  async batches(batchIds: string[]): Promise<BatchRow[]> {
    if (!batchIds.length) return [];
    const rows: (Omit<BatchRow, 'createdAt' | 'failures'> & { createdAt: Date })[] = await this.db.query(
      `SELECT b.id, b.program_id AS "programId", b.created_by AS "createdBy", b.total, b.notify, b.created_at AS "createdAt",
              count(c.id) FILTER (WHERE c.status = 'done')::int AS completed,
              count(c.id) FILTER (WHERE c.status = 'failed')::int AS failed,
              CASE WHEN count(c.id) FILTER (WHERE c.status = 'pending') = 0 THEN 'done' ELSE 'running' END AS status
         FROM certificate_batch b LEFT JOIN certificate c ON c.batch_id = b.id
        WHERE b.id = ANY($1::uuid[]) GROUP BY b.id`,
      [batchIds],
    );
    const failures: (CertificateBatch['failures'][number] & { batchId: string })[] = await this.db.query(
      `SELECT c.batch_id AS "batchId", c.user_id AS "userId", u.display_name AS "displayName", COALESCE(c.failure_reason, '') AS reason
         FROM certificate c JOIN app_user u ON u.id = c.user_id
        WHERE c.batch_id = ANY($1::uuid[]) AND c.status = 'failed' ORDER BY u.display_name`,
      [batchIds],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return batchIds.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const own = failures.filter((f) => f.batchId === id).map(({ userId, displayName, reason }) => ({ userId, displayName, reason }));
      return [{ ...row, createdAt: row.createdAt.toISOString(), failures: own }];
    });
  }

  async batchIdsOf(programId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM certificate_batch WHERE program_id = $1 ORDER BY created_at DESC, id LIMIT 20`,
      [programId],
    );
    return rows.map((r) => r.id);
  }

  /** The program's certificates (revoked ones too), by holder's name, newest first per person. */
  issuedOf(programId: string): Promise<IssuedCertificate[]> {
    return this.db.query(
      `SELECT c.id, c.user_id AS "userId", u.display_name AS "displayName", c.status,
              to_char(c.issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "issuedAt",
              c.verification_code AS "verificationCode", c.revoked_at IS NOT NULL AS revoked, c.revoked_reason AS "revokedReason"
         FROM certificate c JOIN app_user u ON u.id = c.user_id
        WHERE c.program_id = $1
        ORDER BY u.display_name, c.user_id, c.issued_at DESC`,
      [programId],
    );
  }

  async certificate(id: string): Promise<CertificateRow | null> {
    const rows: CertificateRow[] = await this.db.query(`SELECT ${CERTIFICATE_COLUMNS} FROM certificate c WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async byCode(code: string): Promise<CertificateRow | null> {
    const rows: CertificateRow[] = await this.db.query(`SELECT ${CERTIFICATE_COLUMNS} FROM certificate c WHERE c.verification_code = $1`, [
      code,
    ]);
    return rows[0] ?? null;
  }

  /** False when it was revoked already. */
  async revoke(id: string, reason: string, by: string): Promise<boolean> {
    // An UPDATE answers [rows, affected] through TypeORM's pg driver.
    const [rows]: [unknown[], number] = await this.db.query(
      `UPDATE certificate SET revoked_at = now(), revoked_reason = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [id, reason, by],
    );
    return rows.length > 0;
  }

  /** A new render of the same certificate (same code, refreshed content); its new version, null when revoked. */
  async requestRender(id: string, content: CertificateContent): Promise<number | null> {
    const [rows]: [{ version: number }[], number] = await this.db.query(
      `UPDATE certificate SET status = 'pending', render_version = render_version + 1, requested_at = now(), attempts = 0,
              failure_reason = NULL, content = $2
        WHERE id = $1 AND revoked_at IS NULL RETURNING render_version AS version`,
      [id, JSON.stringify(content)],
    );
    return rows[0]?.version ?? null;
  }

  /** The holder's own certificates, newest first. */
  mine(userId: string): Promise<MyCertificate[]> {
    return this.db.query(
      `SELECT c.id, c.program_id AS "programId", COALESCE(c.content->>'programTitle', p.title) AS "programTitle",
              to_char(c.issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "issuedAt",
              c.verification_code AS "verificationCode", c.revoked_at IS NOT NULL AS revoked, c.storage_key IS NOT NULL AS ready
         FROM certificate c JOIN program p ON p.id = c.program_id
        WHERE c.user_id = $1 ORDER BY c.issued_at DESC, c.id`,
      [userId],
    );
  }

  // ---------------------------------------------------------------- the worker's side

  /** Render requests still pending since before `olderThan` (the reconciler's), as job ids. */
  async pendingJobIds(olderThan: Date, limit: number): Promise<string[]> {
    const rows: { id: string; version: number }[] = await this.db.query(
      `SELECT id, render_version AS version FROM certificate WHERE status = 'pending' AND requested_at < $1 ORDER BY requested_at LIMIT $2`,
      [olderThan, limit],
    );
    return rows.map((r) => renderJobId(r.id, r.version));
  }

  /**
   * Takes the render request for one more attempt: the row, when it still asks for this version
   * (pending, not revoked); null otherwise (done meanwhile, regenerated, revoked, gone). One statement.
   */
  async claimRender(id: string, version: number): Promise<(CertificateRow & { issuer: IssuerSettings }) | null> {
    // The issuer's settings (logo and signature keys) in the same round trip: read at render time (decision 028).
    const [rows]: [(CertificateRow & { issuer: IssuerSettings | null })[], number] = await this.db.query(
      `UPDATE certificate c SET attempts = attempts + 1
        WHERE c.id = $1 AND c.render_version = $2 AND c.status = 'pending' AND c.revoked_at IS NULL
        RETURNING ${CERTIFICATE_COLUMNS},
          (SELECT json_build_object('organisation', s.organisation, 'signatories', s.signatories, 'logo', s.logo,
                                    'signatureImages', s.signature_images)
             FROM certificate_settings s WHERE s.program_id = c.program_id) AS issuer`,
      [id, version],
    );
    const row = rows[0];
    return row ? { ...row, issuer: row.issuer ?? EMPTY_ISSUER } : null;
  }

  /**
   * Rendered and stored; `rendered` false when a newer request (or none) was waiting: then this file
   * is not the one. `fewPending`: whether at most FEW_PENDING other certificates of its batch were
   * still pending (in this statement's snapshot) — only then is it worth asking whether the batch is
   * finished (finishBatch), which saves that round trip for almost every certificate of a batch.
   */
  async markRendered(id: string, version: number, storageKey: string, sizeBytes: number): Promise<{ rendered: boolean; fewPending: boolean }> {
    const [rows]: [{ others: number }[], number] = await this.db.query(
      `UPDATE certificate c SET status = 'done', storage_key = $3, size_bytes = $4, rendered_at = now(), failure_reason = NULL
        WHERE c.id = $1 AND c.render_version = $2 AND c.status = 'pending'
        RETURNING (SELECT count(*) FROM (SELECT 1 FROM certificate o
                     WHERE o.batch_id = c.batch_id AND o.status = 'pending' AND o.id <> c.id LIMIT ${FEW_PENDING + 1}) x)::int AS others`,
      [id, version, storageKey, sizeBytes],
    );
    const row = rows[0];
    return { rendered: !!row, fewPending: !row || row.others <= FEW_PENDING };
  }

  async markFailed(id: string, version: number, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE certificate SET status = 'failed', failure_reason = left($3, 1000) WHERE id = $1 AND render_version = $2 AND status = 'pending'`,
      [id, version, reason],
    );
  }

  async batchNotifies(batchId: string): Promise<boolean> {
    const rows: { notify: boolean }[] = await this.db.query(`SELECT notify FROM certificate_batch WHERE id = $1`, [batchId]);
    return rows[0]?.notify ?? false;
  }

  async emailOf(userId: string): Promise<string | null> {
    const rows: { email: string }[] = await this.db.query(`SELECT email FROM app_user WHERE id = $1`, [userId]);
    return rows[0]?.email ?? null;
  }

  /** Marks the batch finished once nothing of it is pending; true the first time. */
  async finishBatch(batchId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.query(
      `UPDATE certificate_batch b SET finished_at = now()
        WHERE b.id = $1 AND b.finished_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.batch_id = b.id AND c.status = 'pending') RETURNING id`,
      [batchId],
    );
    return rows.length > 0;
  }
}
