import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LiveSessionView } from './live-session.rules';

/** The columns of a LiveSessionView, for `s` = live_session (module title and trainers as subqueries). */
export const LIVE_SESSION_VIEW_COLUMNS = `
  s.id, s.program_id AS "programId", s.module_id AS "moduleId",
  (SELECT m.title FROM curriculum_module m WHERE m.id = s.module_id) AS "moduleTitle",
  s.title, s.description, s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.status,
  s.started_at AS "startedAt", s.ended_at AS "endedAt", s.created_at AS "createdAt",
  COALESCE((SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name) ORDER BY u.display_name, u.id)
            FROM live_session_trainer st JOIN app_user u ON u.id = st.user_id WHERE st.session_id = s.id), '[]'::json) AS trainers`;

/** Sessions as every part of the domain shows them (schedule, room, attendance). Ids arrive validated. */
@Injectable()
export class LiveSessionViewsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findView(sessionId: string, manager: EntityManager = this.db.manager): Promise<LiveSessionView | null> {
    const rows: LiveSessionView[] = await manager.query(`SELECT ${LIVE_SESSION_VIEW_COLUMNS} FROM live_session s WHERE s.id = $1`, [
      sessionId,
    ]);
    return rows[0] ?? null;
  }
}
