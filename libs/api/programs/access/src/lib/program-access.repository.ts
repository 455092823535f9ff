import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProgramRole, TandemStatus } from '@ecampus/shared/contracts';

export interface TandemRef {
  id: string;
  programId: string;
  mentorId: string;
  menteeId: string;
  status: TandemStatus;
}

/**
 * Membership lookups shared by every program-scoped feature. Read-only and always scoped by
 * program and person; the owning feature (feature-programs) writes these tables.
 */
@Injectable()
export class ProgramAccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async programExists(programId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM program WHERE id = $1`, [programId]);
    return rows.length > 0;
  }

  async rolesOf(programId: string, userId: string): Promise<ProgramRole[]> {
    const rows: { role: ProgramRole }[] = await this.db.query(
      `SELECT role FROM program_member WHERE program_id = $1 AND user_id = $2 ORDER BY role`,
      [programId, userId],
    );
    return rows.map((r) => r.role);
  }

  /** The person's current tandem in the program: the active one, else the latest paused one. */
  async currentTandemOf(programId: string, userId: string): Promise<TandemRef | null> {
    const rows: TandemRef[] = await this.db.query(
      `SELECT id, program_id AS "programId", mentor_id AS "mentorId", mentee_id AS "menteeId", status
         FROM tandem
        WHERE program_id = $1 AND (mentor_id = $2 OR mentee_id = $2) AND status IN ('active', 'paused')
        ORDER BY (status = 'active') DESC, created_at DESC
        LIMIT 1`,
      [programId, userId],
    );
    return rows[0] ?? null;
  }

  async findTandem(tandemId: string): Promise<TandemRef | null> {
    const rows: TandemRef[] = await this.db.query(
      `SELECT id, program_id AS "programId", mentor_id AS "mentorId", mentee_id AS "menteeId", status
         FROM tandem WHERE id = $1`,
      [tandemId],
    );
    return rows[0] ?? null;
  }
}
