import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { currentTandemsSql } from '@ecampus/api/programs/access';
import type { CertificateCriteria, CertificateOverrideKind } from '@ecampus/shared/contracts';
import type { Override } from './eligibility.rules';

/** The criteria of a program that has none stored: nothing required, sessions count at half their length. */
export const DEFAULT_CRITERIA: CertificateCriteria = {
  requiredModuleIds: [],
  minAttendanceRatio: 0,
  sessionPresenceRatio: 0.5,
  requireApprovedAssignments: false,
  minTandemMeetings: 0,
  updatedAt: null,
};

/** An uploaded logo or signature: where it is stored, its checked type and size. */
export interface StoredImage {
  key: string;
  contentType: string;
  sizeBytes: number;
}

/** Who issues and signs a program's certificates, with the keys of the uploaded images. */
export interface IssuerSettings {
  organisation: string;
  signatories: { name: string; role: string }[];
  logo: StoredImage | null;
  /** By the signatory's position; null (or missing) where she has none. */
  signatureImages: (StoredImage | null)[];
}

/** The issuer of a program that has none stored. */
export const EMPTY_ISSUER: IssuerSettings = { organisation: '', signatories: [], logo: null, signatureImages: [] };

const ISSUER_COLUMNS = `organisation, signatories, logo, signature_images AS "signatureImages"`;

/** What is stored: signatories with name and role only, one signature slot per signatory (a removed signatory's key goes). */
const storedForm = (issuer: IssuerSettings): IssuerSettings => ({
  organisation: issuer.organisation,
  signatories: issuer.signatories.map(({ name, role }) => ({ name, role })),
  logo: issuer.logo,
  signatureImages: issuer.signatories.map((_, i) => issuer.signatureImages[i] ?? null),
});

type CriteriaRow = Omit<CertificateCriteria, 'minAttendanceRatio' | 'sessionPresenceRatio' | 'updatedAt'> & {
  minAttendanceRatio: string;
  sessionPresenceRatio: string;
  updatedAt: Date;
};

/** The only place that queries certificates' tables; every query is scoped by program. Ids arrive validated. */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async criteriaOf(programId: string): Promise<CertificateCriteria> {
    const rows: CriteriaRow[] = await this.db.query(
      `SELECT required_module_ids AS "requiredModuleIds", min_attendance_ratio AS "minAttendanceRatio",
              session_presence_ratio AS "sessionPresenceRatio", require_approved_assignments AS "requireApprovedAssignments",
              min_tandem_meetings AS "minTandemMeetings", updated_at AS "updatedAt"
         FROM certificate_settings WHERE program_id = $1`,
      [programId],
    );
    const row = rows[0];
    if (!row) return DEFAULT_CRITERIA;
    return {
      ...row,
      minAttendanceRatio: Number(row.minAttendanceRatio),
      sessionPresenceRatio: Number(row.sessionPresenceRatio),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async saveCriteria(programId: string, criteria: Omit<CertificateCriteria, 'updatedAt'>, by: string): Promise<void> {
    await this.db.query(
      `INSERT INTO certificate_settings (program_id, required_module_ids, min_attendance_ratio, session_presence_ratio,
                                         require_approved_assignments, min_tandem_meetings, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (program_id) DO UPDATE SET required_module_ids = EXCLUDED.required_module_ids,
         min_attendance_ratio = EXCLUDED.min_attendance_ratio, session_presence_ratio = EXCLUDED.session_presence_ratio,
         require_approved_assignments = EXCLUDED.require_approved_assignments, min_tandem_meetings = EXCLUDED.min_tandem_meetings,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [
        programId,
        criteria.requiredModuleIds,
        criteria.minAttendanceRatio,
        criteria.sessionPresenceRatio,
        criteria.requireApprovedAssignments,
        criteria.minTandemMeetings,
        by,
      ],
    );
  }

  async issuerOf(programId: string): Promise<IssuerSettings> {
    const rows: IssuerSettings[] = await this.db.query(`SELECT ${ISSUER_COLUMNS} FROM certificate_settings WHERE program_id = $1`, [
      programId,
    ]);
    return rows[0] ?? EMPTY_ISSUER;
  }

  /**
   * Changes the issuer under the row's lock (created first when the program has none), so two
   * changes at once — a save and an upload, two uploads — never lose one another's keys: `change`
   * gets what is stored and returns what to store; what it throws rolls everything back. Answers
   * both, so the caller deletes the files no longer named (after the commit).
   */
  async changeIssuer(
    programId: string,
    by: string,
    change: (current: IssuerSettings) => IssuerSettings,
  ): Promise<{ before: IssuerSettings; after: IssuerSettings }> {
    return this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO certificate_settings (program_id, updated_by) VALUES ($1, $2) ON CONFLICT (program_id) DO NOTHING`, [
        programId,
        by,
      ]);
      const [before]: IssuerSettings[] = await tx.query(
        `SELECT ${ISSUER_COLUMNS} FROM certificate_settings WHERE program_id = $1 FOR UPDATE`,
        [programId],
      );
      const after = storedForm(change(before));
      await tx.query(
        `UPDATE certificate_settings SET organisation = $2, signatories = $3, logo = $4, signature_images = $5,
                updated_by = $6, updated_at = now()
          WHERE program_id = $1`,
        [
          programId,
          after.organisation,
          JSON.stringify(after.signatories),
          after.logo ? JSON.stringify(after.logo) : null,
          JSON.stringify(after.signatureImages),
          by,
        ],
      );
      return { before, after };
    });
  }

  /** The coordinators' allow- and block-list of the program, by person. */
  async overridesOf(programId: string): Promise<Map<string, Override>> {
    const rows: { userId: string; kind: CertificateOverrideKind; reason: string }[] = await this.db.query(
      `SELECT user_id AS "userId", kind, reason FROM certificate_override WHERE program_id = $1`,
      [programId],
    );
    return new Map(rows.map((r) => [r.userId, { kind: r.kind, reason: r.reason }]));
  }

  async saveOverride(programId: string, userId: string, override: Override, by: string): Promise<void> {
    await this.db.query(
      `INSERT INTO certificate_override (program_id, user_id, kind, reason, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (program_id, user_id) DO UPDATE SET kind = EXCLUDED.kind, reason = EXCLUDED.reason,
         created_by = EXCLUDED.created_by, created_at = now()`,
      [programId, userId, override.kind, override.reason, by],
    );
  }

  /** False when there was none. */
  async removeOverride(programId: string, userId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(`DELETE FROM certificate_override WHERE program_id = $1 AND user_id = $2`, [
      programId,
      userId,
    ]);
    return count > 0;
  }

  /** Whether the person is a mentor or mentee of the program (only they receive certificates). */
  async isParticipant(programId: string, userId: string): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM program_member WHERE program_id = $1 AND user_id = $2 AND role IN ('mentor', 'mentee') LIMIT 1`,
      [programId, userId],
    );
    return rows.length > 0;
  }

  /**
   * Meetings of each person's current tandem (programs' definition, currentTandemsSql), for the
   * whole program in one statement; people without a tandem are absent (0).
   */
  async tandemMeetings(programId: string): Promise<Map<string, number>> {
    const rows: { userId: string; meetings: number }[] = await this.db.query(
      `SELECT ct.person_id AS "userId", count(tm.id)::int AS meetings
         FROM ${currentTandemsSql('$1')} ct
         LEFT JOIN tandem_meeting tm ON tm.tandem_id = ct.tandem_id
        GROUP BY ct.person_id`,
      [programId],
    );
    return new Map(rows.map((r) => [r.userId, r.meetings]));
  }
}
