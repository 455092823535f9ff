import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProgramMode, ProgramRole, ProgramStatus } from '@ecampus/shared/contracts';
import { currentTandemIdSql } from '@ecampus/api/programs/access';
import { ProgramEntity } from './entities';

/** The stored fields of a program, as the service writes them. */
export interface ProgramValues {
  title: string;
  description: string;
  mode: ProgramMode;
  status: ProgramStatus;
  startsOn: string;
  endsOn: string;
  applicationDeadline: string | null;
  freeOfCharge: boolean;
  timeCommitment: string;
  contactName: string;
  contactEmail: string | null;
}

/** A program row as the service needs it, plus the asking person's standing. */
export interface ProgramRow extends ProgramValues {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  myRoles: ProgramRole[];
  myTandemId: string | null;
}

// $1 is the viewer.
const PROGRAM_COLUMNS = `
  p.id, p.title, p.description, p.mode, p.status,
  to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn",
  to_char(p.application_deadline, 'YYYY-MM-DD') AS "applicationDeadline",
  p.free_of_charge AS "freeOfCharge", p.time_commitment AS "timeCommitment",
  p.contact_name AS "contactName", p.contact_email AS "contactEmail",
  p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.archived_at AS "archivedAt",
  COALESCE((SELECT array_agg(m.role::text ORDER BY m.role) FROM program_member m
             WHERE m.program_id = p.id AND m.user_id = $1), '{}') AS "myRoles",
  ${currentTandemIdSql('p.id', '$1')} AS "myTandemId"`;

/** Programs: the only place that queries `program`. Ids arrive validated. */
@Injectable()
export class ProgramsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertProgram(values: ProgramValues, createdBy: string): Promise<string> {
    const saved = await this.db.getRepository(ProgramEntity).save({ ...values, createdBy });
    return saved.id;
  }

  async findProgram(programId: string, viewerId: string): Promise<ProgramRow | null> {
    const rows: ProgramRow[] = await this.db.query(`SELECT ${PROGRAM_COLUMNS} FROM program p WHERE p.id = $2`, [viewerId, programId]);
    return rows[0] ?? null;
  }

  /** The viewer's programs; all programs when `all` (admins). Archived ones only with `includeArchived`. */
  listPrograms(viewerId: string, all: boolean, includeArchived = false): Promise<ProgramRow[]> {
    return this.db.query(
      `SELECT ${PROGRAM_COLUMNS} FROM program p
        WHERE ($2::boolean OR EXISTS (SELECT 1 FROM program_member m WHERE m.program_id = p.id AND m.user_id = $1))
          AND ($3::boolean OR p.archived_at IS NULL)
        ORDER BY p.starts_on DESC, p.title`,
      [viewerId, all, includeArchived],
    );
  }

  /** Archives or unarchives. False when the program was already in that state (archiving again keeps the first moment). */
  async setArchived(programId: string, archived: boolean): Promise<boolean> {
    const result = await this.db
      .createQueryBuilder()
      .update(ProgramEntity)
      .set({ archivedAt: archived ? () => 'now()' : null, updatedAt: () => 'now()' })
      .where('id = :programId', { programId })
      .andWhere(archived ? 'archived_at IS NULL' : 'archived_at IS NOT NULL')
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Applies a change. With `expectedStatus`, only when the status is still that one, so two
   * concurrent transitions cannot both succeed. Returns false when nothing was updated.
   */
  async updateProgram(programId: string, values: Partial<ProgramValues>, expectedStatus?: ProgramStatus): Promise<boolean> {
    const qb = this.db
      .createQueryBuilder()
      .update(ProgramEntity)
      .set({ ...values, updatedAt: () => 'now()' })
      .where('id = :programId', { programId });
    if (expectedStatus) qb.andWhere('status = :expectedStatus', { expectedStatus });
    const result = await qb.execute();
    return (result.affected ?? 0) > 0;
  }
}
