import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PersonProgram, ProgramRole } from '@ecampus/shared/contracts';
import { currentTandemIdSql } from '@ecampus/api/programs/access';
import { ProgramMemberEntity } from './entities';
import type { ProfileValues } from './profiles.repository';

export interface MemberRow extends ProfileValues {
  userId: string;
  displayName: string;
  email: string;
  roles: ProgramRole[];
  tandemId: string | null;
}

export interface PersonRow {
  userId: string;
  displayName: string;
  email: string;
}

/**
 * One person's roles in one program, inside the transaction that holds her member lock: what is
 * read here cannot change until the work is done.
 */
export interface LockedMember {
  roles(): Promise<ProgramRole[]>;
  addRole(role: ProgramRole): Promise<void>;
  /** false when she did not hold the role. */
  removeRole(role: ProgramRole): Promise<boolean>;
  /** Whether she is the `side` of an active or paused tandem of the program. */
  inOpenTandemAs(side: 'mentor' | 'mentee'): Promise<boolean>;
}

/** Members (roles per program): the only place that queries `program_member`. Ids arrive validated. */
@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Runs `work` in one transaction holding an advisory lock on (program, person), so that checks
   * on her roles and the change that follows cannot be raced by a concurrent request.
   */
  withMemberLock<T>(programId: string, userId: string, work: (member: LockedMember) => Promise<T>): Promise<T> {
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`program_member:${programId}:${userId}`]);
      return work(this.lockedMember(em, programId, userId));
    });
  }

  private lockedMember(em: EntityManager, programId: string, userId: string): LockedMember {
    return {
      roles: async () => {
        const rows: { role: ProgramRole }[] = await em.query(`SELECT role FROM program_member WHERE program_id = $1 AND user_id = $2`, [
          programId,
          userId,
        ]);
        return rows.map((r) => r.role);
      },
      addRole: async (role) => {
        await em.getRepository(ProgramMemberEntity).insert({ programId, userId, role });
      },
      removeRole: async (role) => {
        const result = await em.getRepository(ProgramMemberEntity).delete({ programId, userId, role });
        return (result.affected ?? 0) > 0;
      },
      inOpenTandemAs: async (side) => {
        const column = side === 'mentor' ? 'mentor_id' : 'mentee_id';
        const rows = await em.query(
          `SELECT 1 FROM tandem WHERE program_id = $1 AND ${column} = $2 AND status IN ('active', 'paused') LIMIT 1`,
          [programId, userId],
        );
        return rows.length > 0;
      },
    };
  }

  /** Members with their roles, profile and current tandem; `role` filters to people holding that role. */
  listMembers(programId: string, role?: ProgramRole, userId?: string): Promise<MemberRow[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email::text AS email,
              array_agg(m.role::text ORDER BY m.role) AS roles,
              pp.municipality, pp.bundesland, pp.postal_code AS "postalCode", pp.office,
              COALESCE(pp.channels, '{}') AS channels,
              ${currentTandemIdSql('$1', 'u.id')} AS "tandemId"
         FROM program_member m
         JOIN app_user u ON u.id = m.user_id
         LEFT JOIN program_profile pp ON pp.program_id = m.program_id AND pp.user_id = m.user_id
        WHERE m.program_id = $1 AND ($3::uuid IS NULL OR m.user_id = $3)
        GROUP BY u.id, pp.program_id, pp.user_id
       HAVING $2::text IS NULL OR bool_or(m.role = $2)
        ORDER BY u.display_name, u.id`,
      [programId, role ?? null, userId ?? null],
    );
  }

  async findMember(programId: string, userId: string): Promise<MemberRow | null> {
    return (await this.listMembers(programId, undefined, userId))[0] ?? null;
  }

  /** The programs a person holds a role in (archived ones included), with her roles there. */
  listProgramsOf(userId: string): Promise<PersonProgram[]> {
    return this.db.query(
      `SELECT p.id AS "programId", p.title, p.status, p.archived_at IS NOT NULL AS archived,
              array_agg(m.role::text ORDER BY m.role) AS roles
         FROM program_member m JOIN program p ON p.id = m.program_id
        WHERE m.user_id = $1
        GROUP BY p.id
        ORDER BY p.starts_on DESC, p.title, p.id`,
      [userId],
    );
  }

  /** People holding `role` in the program (contacts on the tandem page). */
  listPeopleWithRole(programId: string, role: ProgramRole): Promise<PersonRow[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email::text AS email
         FROM program_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.program_id = $1 AND m.role = $2
        ORDER BY u.display_name`,
      [programId, role],
    );
  }
}
