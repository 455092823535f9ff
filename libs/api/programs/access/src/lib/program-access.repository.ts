import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProgramRole, TandemStatus } from '@ecampus/shared/contracts';
import { currentTandemIdSql } from './current-tandem.sql';

export interface TandemRef {
  id: string;
  programId: string;
  mentorId: string;
  menteeId: string;
  status: TandemStatus;
}

/** A person's standing in one program: her roles there (none: not a member) and her current tandem. */
export interface ProgramStanding {
  roles: ProgramRole[];
  currentTandem: TandemRef | null;
}

/** Her standing plus what access needs of the program itself. */
export interface ProgramStandingRow extends ProgramStanding {
  /** An archived program is read-only (and left out of lists). */
  archived: boolean;
}

const TANDEM_REF = `json_build_object('id', t.id, 'programId', t.program_id, 'mentorId', t.mentor_id, 'menteeId', t.mentee_id, 'status', t.status)`;

/**
 * Membership lookups shared by every program-scoped feature. Read-only and always scoped by
 * program and person; the programs feature writes these tables. Ids arrive validated.
 */
@Injectable()
export class ProgramAccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Roles, current tandem and whether the program is archived, in one query; null when there is no such program. */
  async standingOf(programId: string, userId: string): Promise<ProgramStandingRow | null> {
    const rows: ProgramStandingRow[] = await this.db.query(
      `SELECT COALESCE((SELECT array_agg(m.role::text ORDER BY m.role) FROM program_member m
                         WHERE m.program_id = p.id AND m.user_id = $2), '{}') AS roles,
              (SELECT ${TANDEM_REF} FROM tandem t WHERE t.id = ${currentTandemIdSql('p.id', '$2')}) AS "currentTandem",
              p.archived_at IS NOT NULL AS archived
         FROM program p WHERE p.id = $1`,
      [programId, userId],
    );
    return rows[0] ?? null;
  }

  async findTandem(tandemId: string): Promise<TandemRef | null> {
    const rows: { tandem: TandemRef }[] = await this.db.query(`SELECT ${TANDEM_REF} AS tandem FROM tandem t WHERE t.id = $1`, [tandemId]);
    return rows[0]?.tandem ?? null;
  }
}
