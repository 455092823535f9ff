import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type {
  Bundesland,
  Channel,
  MeetingFormat,
  ProgramMode,
  ProgramRole,
  ProgramStatus,
  TandemStatus,
} from '@ecampus/shared/contracts';
import { QUIET_TANDEM_DAYS } from '@ecampus/shared/contracts';
import { ProgramEntity, ProgramMemberEntity, ProgramProfileEntity, TandemEntity, TandemMeetingEntity } from './entities';

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
  myRoles: ProgramRole[];
  myTandemId: string | null;
}

export interface ProfileValues {
  municipality: string | null;
  bundesland: Bundesland | null;
  postalCode: string | null;
  office: string | null;
  channels: Channel[];
}

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

export interface TandemRow {
  id: string;
  programId: string;
  status: TandemStatus;
  endReason: string | null;
  goals: string;
  mentor: PersonRow;
  mentee: PersonRow;
  createdAt: Date;
  updatedAt: Date;
  endedAt: Date | null;
  lastMeetingOn: string | null;
  meetingCount: number;
  quiet: boolean;
}

export interface MeetingRow {
  id: string;
  tandemId: string;
  date: string;
  format: MeetingFormat;
  durationMinutes: number;
  notes: string;
  createdById: string | null;
  createdByName: string | null;
  createdAt: Date;
}

export interface NewTandem {
  programId: string;
  mentorId: string;
  menteeId: string;
  goals: string;
}

export interface NewMeeting {
  tandemId: string;
  date: string;
  format: MeetingFormat;
  durationMinutes: number;
  notes: string;
  createdBy: string;
}

/** The insert/update would give a person a second active tandem in the program. */
export const ACTIVE_TANDEM_CONFLICT = 'active_tandem_conflict' as const;

const PROGRAM_COLUMNS = `
  p.id, p.title, p.description, p.mode, p.status,
  to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn",
  to_char(p.application_deadline, 'YYYY-MM-DD') AS "applicationDeadline",
  p.free_of_charge AS "freeOfCharge", p.time_commitment AS "timeCommitment",
  p.contact_name AS "contactName", p.contact_email AS "contactEmail",
  p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  COALESCE((SELECT array_agg(m.role::text ORDER BY m.role) FROM program_member m
             WHERE m.program_id = p.id AND m.user_id = $1), '{}') AS "myRoles",
  (SELECT t.id FROM tandem t
    WHERE t.program_id = p.id AND (t.mentor_id = $1 OR t.mentee_id = $1) AND t.status IN ('active', 'paused')
    ORDER BY (t.status = 'active') DESC, t.created_at DESC LIMIT 1) AS "myTandemId"`;

// Quiet = active and no meeting within the last QUIET_TANDEM_DAYS days (today's date of the database).
const TANDEM_SELECT = `
  SELECT t.id, t.program_id AS "programId", t.status, t.end_reason AS "endReason", t.goals,
         t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.ended_at AS "endedAt",
         json_build_object('userId', mu.id, 'displayName', mu.display_name, 'email', mu.email::text) AS mentor,
         json_build_object('userId', eu.id, 'displayName', eu.display_name, 'email', eu.email::text) AS mentee,
         to_char(lm.last_on, 'YYYY-MM-DD') AS "lastMeetingOn",
         lm.n AS "meetingCount",
         (t.status = 'active' AND (lm.last_on IS NULL OR lm.last_on < current_date - ${QUIET_TANDEM_DAYS})) AS quiet
    FROM tandem t
    JOIN app_user mu ON mu.id = t.mentor_id
    JOIN app_user eu ON eu.id = t.mentee_id
    LEFT JOIN LATERAL (SELECT max(tm.date) AS last_on, count(*)::int AS n
                         FROM tandem_meeting tm WHERE tm.tandem_id = t.id) lm ON true`;

function isUniqueViolation(e: unknown, constraintPrefix: string): boolean {
  if (!(e instanceof QueryFailedError)) return false;
  const driver = (e as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && (driver.constraint ?? '').startsWith(constraintPrefix);
}

/**
 * The only place of this feature that queries. Every statement is scoped by program, tandem or
 * person; ids arrive validated by the service.
 */
@Injectable()
export class ProgramsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ------------------------------------------------------------ programs

  async insertProgram(values: ProgramValues, createdBy: string): Promise<string> {
    const saved = await this.db.getRepository(ProgramEntity).save({ ...values, createdBy });
    return saved.id;
  }

  async findProgram(programId: string, viewerId: string): Promise<ProgramRow | null> {
    const rows: ProgramRow[] = await this.db.query(`SELECT ${PROGRAM_COLUMNS} FROM program p WHERE p.id = $2`, [viewerId, programId]);
    return rows[0] ?? null;
  }

  /** The viewer's programs; all programs when `all` (admins). */
  listPrograms(viewerId: string, all: boolean): Promise<ProgramRow[]> {
    return this.db.query(
      `SELECT ${PROGRAM_COLUMNS} FROM program p
        WHERE $2::boolean OR EXISTS (SELECT 1 FROM program_member m WHERE m.program_id = p.id AND m.user_id = $1)
        ORDER BY p.starts_on DESC, p.title`,
      [viewerId, all],
    );
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

  // ------------------------------------------------------------ members

  /**
   * Adds a role. Serialised per (program, person) with an advisory lock so that the
   * mentor/mentee exclusion cannot be raced. Returns 'added', 'exists' or 'conflict'
   * (the person holds the opposite tandem role).
   */
  async addRole(programId: string, userId: string, role: ProgramRole, excludes: ProgramRole[]): Promise<'added' | 'exists' | 'conflict'> {
    return this.db.transaction(async (em) => {
      await this.lockMember(em, programId, userId);
      const held: { role: ProgramRole }[] = await em.query(
        `SELECT role FROM program_member WHERE program_id = $1 AND user_id = $2`,
        [programId, userId],
      );
      if (held.some((h) => h.role === role)) return 'exists';
      if (held.some((h) => excludes.includes(h.role))) return 'conflict';
      await em.getRepository(ProgramMemberEntity).insert({ programId, userId, role });
      return 'added';
    });
  }

  /** Removes a role unless the person is still in an active or paused tandem in that role. */
  async removeRole(programId: string, userId: string, role: ProgramRole): Promise<'removed' | 'missing' | 'in_tandem'> {
    return this.db.transaction(async (em) => {
      await this.lockMember(em, programId, userId);
      if (role === 'mentor' || role === 'mentee') {
        const column = role === 'mentor' ? 'mentor_id' : 'mentee_id';
        const busy = await em.query(
          `SELECT 1 FROM tandem WHERE program_id = $1 AND ${column} = $2 AND status IN ('active', 'paused') LIMIT 1`,
          [programId, userId],
        );
        if (busy.length > 0) return 'in_tandem';
      }
      const result = await em.getRepository(ProgramMemberEntity).delete({ programId, userId, role });
      return (result.affected ?? 0) > 0 ? 'removed' : 'missing';
    });
  }

  private async lockMember(em: EntityManager, programId: string, userId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`program_member:${programId}:${userId}`]);
  }

  /** Members with their roles; `role` filters to people holding that role. */
  listMembers(programId: string, role?: ProgramRole, userId?: string): Promise<MemberRow[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email::text AS email,
              array_agg(m.role::text ORDER BY m.role) AS roles,
              pp.municipality, pp.bundesland, pp.postal_code AS "postalCode", pp.office,
              COALESCE(pp.channels, '{}') AS channels,
              (SELECT t.id FROM tandem t
                WHERE t.program_id = $1 AND (t.mentor_id = u.id OR t.mentee_id = u.id) AND t.status IN ('active', 'paused')
                ORDER BY (t.status = 'active') DESC, t.created_at DESC LIMIT 1) AS "tandemId"
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

  /** People holding one of `roles` in the program (contacts on the tandem page). */
  listPeopleWithRole(programId: string, role: ProgramRole): Promise<PersonRow[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email::text AS email
         FROM program_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.program_id = $1 AND m.role = $2
        ORDER BY u.display_name`,
      [programId, role],
    );
  }

  // ------------------------------------------------------------ profiles

  async findProfile(programId: string, userId: string): Promise<ProfileValues | null> {
    const e = await this.db.getRepository(ProgramProfileEntity).findOneBy({ programId, userId });
    return e ? { municipality: e.municipality, bundesland: e.bundesland, postalCode: e.postalCode, office: e.office, channels: e.channels } : null;
  }

  async saveProfile(programId: string, userId: string, values: ProfileValues): Promise<void> {
    await this.db.getRepository(ProgramProfileEntity).upsert({ programId, userId, ...values, updatedAt: new Date() }, ['programId', 'userId']);
  }

  // ------------------------------------------------------------ tandems

  /** Inserts a tandem; the partial unique indexes turn a concurrent second active tandem into a conflict. */
  async insertTandem(t: NewTandem): Promise<string | typeof ACTIVE_TANDEM_CONFLICT> {
    try {
      const saved = await this.db.getRepository(TandemEntity).save({ ...t, status: 'active' as const });
      return saved.id;
    } catch (e) {
      if (isUniqueViolation(e, 'uq_tandem_active')) return ACTIVE_TANDEM_CONFLICT;
      throw e;
    }
  }

  /** Tandems of a program; with `memberId`, only those the person is part of. */
  listTandems(programId: string, memberId?: string): Promise<TandemRow[]> {
    return this.db.query(
      `${TANDEM_SELECT}
        WHERE t.program_id = $1 AND ($2::uuid IS NULL OR t.mentor_id = $2 OR t.mentee_id = $2)
        ORDER BY (t.status = 'ended'), mu.display_name, t.created_at`,
      [programId, memberId ?? null],
    );
  }

  async findTandem(tandemId: string): Promise<TandemRow | null> {
    const rows: TandemRow[] = await this.db.query(`${TANDEM_SELECT} WHERE t.id = $1`, [tandemId]);
    return rows[0] ?? null;
  }

  /**
   * Changes status/goals. A status change only applies when the status is still `expectedStatus`
   * (no lost updates); resuming into a second active tandem is reported as a conflict.
   */
  async updateTandem(
    tandemId: string,
    change: { status?: TandemStatus; endReason?: string | null; goals?: string },
    expectedStatus: TandemStatus,
  ): Promise<'updated' | 'stale' | typeof ACTIVE_TANDEM_CONFLICT> {
    const set: Record<string, unknown> = { updatedAt: () => 'now()' };
    if (change.goals !== undefined) set['goals'] = change.goals;
    if (change.status !== undefined) {
      set['status'] = change.status;
      set['endReason'] = change.status === 'ended' ? change.endReason : null;
      set['endedAt'] = change.status === 'ended' ? () => 'now()' : null;
    }
    try {
      const result = await this.db
        .createQueryBuilder()
        .update(TandemEntity)
        .set(set)
        .where('id = :tandemId AND status = :expectedStatus', { tandemId, expectedStatus })
        .execute();
      return (result.affected ?? 0) > 0 ? 'updated' : 'stale';
    } catch (e) {
      if (isUniqueViolation(e, 'uq_tandem_active')) return ACTIVE_TANDEM_CONFLICT;
      throw e;
    }
  }

  // ------------------------------------------------------------ meetings

  async insertMeeting(m: NewMeeting): Promise<string> {
    const saved = await this.db.getRepository(TandemMeetingEntity).save(m);
    return saved.id;
  }

  listMeetings(tandemId: string, meetingId?: string): Promise<MeetingRow[]> {
    return this.db.query(
      `SELECT tm.id, tm.tandem_id AS "tandemId", to_char(tm.date, 'YYYY-MM-DD') AS date, tm.format,
              tm.duration_minutes AS "durationMinutes", tm.notes, tm.created_by AS "createdById",
              u.display_name AS "createdByName", tm.created_at AS "createdAt"
         FROM tandem_meeting tm
         LEFT JOIN app_user u ON u.id = tm.created_by
        WHERE tm.tandem_id = $1 AND ($2::uuid IS NULL OR tm.id = $2)
        ORDER BY tm.date DESC, tm.created_at DESC`,
      [tandemId, meetingId ?? null],
    );
  }
}
