import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { QUIET_TANDEM_DAYS, type TandemStatus } from '@ecampus/shared/contracts';
import { TandemEntity } from './entities';
import type { PersonRow } from './members.repository';

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

export interface NewTandem {
  programId: string;
  mentorId: string;
  menteeId: string;
  goals: string;
}

export interface TandemChange {
  status?: TandemStatus;
  endReason?: string | null;
  goals?: string;
}

/** The two sides of a tandem (and the roles that go with them). */
export type TandemSide = 'mentor' | 'mentee';

/** A participant's view of a program's tandems: hers, on the sides she holds now. */
export interface TandemPartner {
  userId: string;
  sides: readonly TandemSide[];
}

/** The insert/update would give a person a second active tandem in the program. */
export const ACTIVE_TANDEM_CONFLICT = 'active_tandem_conflict' as const;

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

/** One of the partial unique indexes `uq_tandem_active_*`: at most one active tandem per person and program. */
function isActiveTandemViolation(e: unknown): boolean {
  if (!(e instanceof QueryFailedError)) return false;
  const driver = (e as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && (driver.constraint ?? '').startsWith('uq_tandem_active');
}

/** Tandems: the only place that queries `tandem`. Ids arrive validated. */
@Injectable()
export class TandemsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts an active tandem; the partial unique indexes turn a concurrent second active tandem into a conflict. */
  async insertTandem(t: NewTandem): Promise<string | typeof ACTIVE_TANDEM_CONFLICT> {
    try {
      const saved = await this.db.getRepository(TandemEntity).save({ ...t, status: 'active' as const });
      return saved.id;
    } catch (e) {
      if (isActiveTandemViolation(e)) return ACTIVE_TANDEM_CONFLICT;
      throw e;
    }
  }

  /** Tandems of a program; with `partner`, only those she is part of on one of the given sides. */
  listTandems(programId: string, partner?: TandemPartner): Promise<TandemRow[]> {
    return this.db.query(
      `${TANDEM_SELECT}
        WHERE t.program_id = $1
          AND ($2::uuid IS NULL OR (t.mentor_id = $2 AND $3::boolean) OR (t.mentee_id = $2 AND $4::boolean))
        ORDER BY (t.status = 'ended'), mu.display_name, t.created_at`,
      [programId, partner?.userId ?? null, partner?.sides.includes('mentor') ?? false, partner?.sides.includes('mentee') ?? false],
    );
  }

  async findTandem(tandemId: string): Promise<TandemRow | null> {
    const rows: TandemRow[] = await this.db.query(`${TANDEM_SELECT} WHERE t.id = $1`, [tandemId]);
    return rows[0] ?? null;
  }

  /**
   * Changes status/goals, only while the status is still `expectedStatus` (no lost updates: 'stale'
   * otherwise); resuming into a second active tandem is reported as a conflict.
   */
  async updateTandem(
    tandemId: string,
    change: TandemChange,
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
      if (isActiveTandemViolation(e)) return ACTIVE_TANDEM_CONFLICT;
      throw e;
    }
  }
}
