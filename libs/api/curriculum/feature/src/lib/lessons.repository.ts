import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import type { ModuleStatus } from '@ecampus/shared/contracts';

export interface LessonSummaryRow {
  id: string;
  moduleId: string;
  title: string;
  position: number;
  estimatedMinutes: number | null;
  completedAt: Date | null;
}

export interface LessonRow extends LessonSummaryRow {
  programId: string;
  moduleTitle: string;
  moduleStatus: ModuleStatus;
  body: string;
  videoUrl: string | null;
  previousLessonId: string | null;
  nextLessonId: string | null;
  updatedAt: Date;
}

export interface LessonFields {
  title: string;
  body: string;
  videoUrl: string | null;
  estimatedMinutes: number | null;
}

const LESSON_SUMMARY_COLUMNS = `l.id, l.module_id AS "moduleId", l.title, l.position, l.estimated_minutes AS "estimatedMinutes",
  c.completed_at AS "completedAt"`;

/**
 * Lessons of a module, their order and the people's completions: the only place that queries
 * `curriculum_lesson` and `lesson_completion`. Every query is scoped by module or lesson (and person
 * for completions); ids arrive validated. A lesson change also touches its module's `updated_at`.
 */
@Injectable()
export class LessonsRepository {
  /** `q` is the data source's manager, or the transaction's (`CurriculumTransaction.atomically`). */
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

  /** The module's lessons in order (no bodies), with the person's completion. */
  listLessons(moduleId: string, userId: string): Promise<LessonSummaryRow[]> {
    return this.q.query(
      `SELECT ${LESSON_SUMMARY_COLUMNS}
         FROM curriculum_lesson l
         LEFT JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = $2
        WHERE l.module_id = $1
        ORDER BY l.position, l.created_at, l.id`,
      [moduleId, userId],
    );
  }

  /** One lesson with its module, neighbours and the person's completion. */
  async findLesson(lessonId: string, userId: string): Promise<LessonRow | null> {
    const rows: LessonRow[] = await this.q.query(
      `SELECT ${LESSON_SUMMARY_COLUMNS}, m.program_id AS "programId", m.title AS "moduleTitle", m.status AS "moduleStatus",
              l.body, l.video_url AS "videoUrl", l.updated_at AS "updatedAt",
              (SELECT p.id FROM curriculum_lesson p WHERE p.module_id = l.module_id AND p.position < l.position
                ORDER BY p.position DESC LIMIT 1) AS "previousLessonId",
              (SELECT n.id FROM curriculum_lesson n WHERE n.module_id = l.module_id AND n.position > l.position
                ORDER BY n.position LIMIT 1) AS "nextLessonId"
         FROM curriculum_lesson l
         JOIN curriculum_module m ON m.id = l.module_id
         LEFT JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = $2
        WHERE l.id = $1`,
      [lessonId, userId],
    );
    return rows[0] ?? null;
  }

  /** A new lesson at the end of the module; its id. */
  async insertLesson(moduleId: string, fields: LessonFields): Promise<string> {
    const rows: { id: string }[] = await this.q.query(
      `INSERT INTO curriculum_lesson (module_id, title, body, video_url, estimated_minutes, position)
       SELECT $1, $2, $3, $4, $5, COALESCE(max(position), 0) + 1 FROM curriculum_lesson WHERE module_id = $1
       RETURNING id`,
      [moduleId, fields.title, fields.body, fields.videoUrl, fields.estimatedMinutes],
    );
    await this.touchModule(moduleId);
    return rows[0].id;
  }

  async updateLesson(lessonId: string, moduleId: string, fields: LessonFields): Promise<void> {
    await this.q.query(
      `UPDATE curriculum_lesson SET title = $3, body = $4, video_url = $5, estimated_minutes = $6, updated_at = now()
        WHERE id = $1 AND module_id = $2`,
      [lessonId, moduleId, fields.title, fields.body, fields.videoUrl, fields.estimatedMinutes],
    );
    await this.touchModule(moduleId);
  }

  /** Deletes the lesson (completions go with it) and closes the gap in the module's order. */
  async deleteLesson(lessonId: string, moduleId: string): Promise<void> {
    await this.q.query(
      `WITH gone AS (DELETE FROM curriculum_lesson WHERE id = $1 AND module_id = $2 RETURNING position)
       UPDATE curriculum_lesson SET position = position - 1 WHERE module_id = $2 AND position > (SELECT position FROM gone)`,
      [lessonId, moduleId],
    );
    await this.touchModule(moduleId);
  }

  async reorderLessons(moduleId: string, lessonIds: string[]): Promise<void> {
    await this.q.query(
      `UPDATE curriculum_lesson l SET position = o.ord, updated_at = now()
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)
        WHERE l.id = o.id AND l.module_id = $1`,
      [moduleId, lessonIds],
    );
    await this.touchModule(moduleId);
  }

  private async touchModule(moduleId: string): Promise<void> {
    await this.q.query(`UPDATE curriculum_module SET updated_at = now() WHERE id = $1`, [moduleId]);
  }

  /** Marks the lesson completed by the person; a second time changes nothing. */
  async complete(lessonId: string, userId: string): Promise<void> {
    await this.q.query(`INSERT INTO lesson_completion (lesson_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [lessonId, userId]);
  }

  async uncomplete(lessonId: string, userId: string): Promise<void> {
    await this.q.query(`DELETE FROM lesson_completion WHERE lesson_id = $1 AND user_id = $2`, [lessonId, userId]);
  }
}
