import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MeetingFormat } from '@ecampus/shared/contracts';
import { TandemMeetingEntity } from './entities';

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

export interface NewMeeting {
  tandemId: string;
  date: string;
  format: MeetingFormat;
  durationMinutes: number;
  notes: string;
  createdBy: string;
}

/** The tandem meeting log: the only place that queries `tandem_meeting`. Ids arrive validated. */
@Injectable()
export class MeetingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertMeeting(m: NewMeeting): Promise<string> {
    const saved = await this.db.getRepository(TandemMeetingEntity).save(m);
    return saved.id;
  }

  /** The tandem's meetings, newest first; with `meetingId` only that one. */
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
