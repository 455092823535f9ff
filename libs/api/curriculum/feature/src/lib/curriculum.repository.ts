import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ModuleHistoryAction, ModuleStatus } from '@ecampus/shared/contracts';

/** A module as the list and the detail need it, with the caller's progress (one row per module). */
export interface ModuleRow {
  id: string;
  programId: string;
  title: string;
  summary: string;
  learningGoals: string[];
  position: number;
  status: ModuleStatus;
  releaseAt: Date | null;
  prerequisiteModuleId: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  lessonCount: number;
  estimatedMinutes: number;
  /** Lessons of this module the given person completed. */
  lessonsCompleted: number;
}

/** What access checks need of a module. */
export interface ModuleRef {
  id: string;
  programId: string;
  status: ModuleStatus;
}

export interface ModuleFields {
  title: string;
  summary: string;
  learningGoals: string[];
  releaseAt: Date | null;
  prerequisiteModuleId: string | null;
}

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

export interface NewRevision {
  moduleId: string;
  actorId: string;
  action: ModuleHistoryAction;
  lesson?: { id: string; title: string } | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface RevisionRow {
  id: string;
  at: Date;
  action: ModuleHistoryAction;
  actorId: string | null;
  actorName: string | null;
  lessonId: string | null;
  lessonTitle: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

const MODULE_COLUMNS = `m.id, m.program_id AS "programId", m.title, m.summary, m.learning_goals AS "learningGoals", m.position,
  m.status, m.release_at AS "releaseAt", m.prerequisite_module_id AS "prerequisiteModuleId", m.published_at AS "publishedAt",
  m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

const LESSON_SUMMARY_COLUMNS = `l.id, l.module_id AS "moduleId", l.title, l.position, l.estimated_minutes AS "estimatedMinutes",
  c.completed_at AS "completedAt"`;

/**
 * The only place that queries the curriculum tables; every query is scoped by program, module or
 * lesson (and person for progress). Ids arrive validated. `atomically` runs work in one transaction
 * holding a lock on the program's curriculum, so order, appends and prerequisite chains stay
 * consistent under concurrent edits.
 */
@Injectable()
export class CurriculumRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Where queries run: the data source, or the transaction of `atomically`. */
  protected get q(): EntityManager {
    return this.db.manager;
  }

  /** `work` in one transaction, serialised with every other change of the program's curriculum. */
  atomically<T>(programId: string, work: (tx: CurriculumRepository) => Promise<T>): Promise<T> {
    return this.q.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('curriculum:' || $1::text, 0))`, [programId]);
      return work(new TransactionalCurriculumRepository(em));
    });
  }

  // ------------------------------------------------------------------ modules

  async findModuleRef(moduleId: string): Promise<ModuleRef | null> {
    const rows: ModuleRef[] = await this.q.query(`SELECT id, program_id AS "programId", status FROM curriculum_module WHERE id = $1`, [
      moduleId,
    ]);
    return rows[0] ?? null;
  }

  /**
   * The program's modules in order, with lesson counts, minutes and the person's completed lessons
   * — one query for the whole list, never one per module. Drafts only with `includeDrafts`.
   */
  listModules(programId: string, userId: string, includeDrafts: boolean): Promise<ModuleRow[]> {
    return this.q.query(
      `SELECT ${MODULE_COLUMNS},
              COALESCE(s.lesson_count, 0)::int AS "lessonCount",
              COALESCE(s.minutes, 0)::int AS "estimatedMinutes",
              COALESCE(s.completed, 0)::int AS "lessonsCompleted"
         FROM curriculum_module m
         LEFT JOIN (
           SELECT l.module_id, count(*) AS lesson_count, sum(l.estimated_minutes) AS minutes, count(c.lesson_id) AS completed
             FROM curriculum_lesson l
             JOIN curriculum_module mm ON mm.id = l.module_id AND mm.program_id = $1
             LEFT JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = $2
            GROUP BY l.module_id
         ) s ON s.module_id = m.id
        WHERE m.program_id = $1 AND ($3 OR m.status = 'published')
        ORDER BY m.position, m.created_at, m.id`,
      [programId, userId, includeDrafts],
    );
  }

  /** Every module of the program with its prerequisite, for the cycle check. */
  prerequisiteEdges(programId: string): Promise<{ id: string; prerequisiteModuleId: string | null }[]> {
    return this.q.query(`SELECT id, prerequisite_module_id AS "prerequisiteModuleId" FROM curriculum_module WHERE program_id = $1`, [
      programId,
    ]);
  }

  /** A new draft at the end of the program's order; its id. */
  async insertModule(programId: string, fields: ModuleFields, createdBy: string): Promise<string> {
    const rows: { id: string }[] = await this.q.query(
      `INSERT INTO curriculum_module (program_id, title, summary, learning_goals, release_at, prerequisite_module_id, created_by, position)
       SELECT $1, $2, $3, $4, $5, $6, $7, COALESCE(max(position), 0) + 1 FROM curriculum_module WHERE program_id = $1
       RETURNING id`,
      [programId, fields.title, fields.summary, fields.learningGoals, fields.releaseAt, fields.prerequisiteModuleId, createdBy],
    );
    return rows[0].id;
  }

  async updateModule(moduleId: string, fields: ModuleFields): Promise<void> {
    await this.q.query(
      `UPDATE curriculum_module SET title = $2, summary = $3, learning_goals = $4, release_at = $5, prerequisite_module_id = $6,
              updated_at = now()
        WHERE id = $1`,
      [moduleId, fields.title, fields.summary, fields.learningGoals, fields.releaseAt, fields.prerequisiteModuleId],
    );
  }

  async setModuleStatus(moduleId: string, status: ModuleStatus): Promise<void> {
    await this.q.query(
      `UPDATE curriculum_module SET status = $2::varchar, published_at = CASE WHEN $2::varchar = 'published' THEN now() END, updated_at = now()
        WHERE id = $1`,
      [moduleId, status],
    );
  }

  /** Deletes the module (lessons, completions and history go with it) and closes the gap in the order. */
  async deleteModule(programId: string, moduleId: string): Promise<void> {
    await this.q.query(
      `WITH gone AS (DELETE FROM curriculum_module WHERE id = $2 AND program_id = $1 RETURNING position)
       UPDATE curriculum_module SET position = position - 1 WHERE program_id = $1 AND position > (SELECT position FROM gone)`,
      [programId, moduleId],
    );
  }

  /** New positions 1…n in the given order; the ids whose position changed, with old and new place. */
  async reorderModules(programId: string, moduleIds: string[]): Promise<{ id: string; from: number; to: number }[]> {
    // An UPDATE answers [rows, count] through TypeORM's postgres driver.
    const [moved]: [{ id: string; from: number; to: number }[], number] = await this.q.query(
      `WITH wanted AS (SELECT id, ord::int AS ord FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)),
            old AS (SELECT m.id, m.position FROM curriculum_module m JOIN wanted w ON w.id = m.id WHERE m.program_id = $1)
       UPDATE curriculum_module m SET position = w.ord, updated_at = now()
         FROM wanted w, old
        WHERE m.id = w.id AND old.id = m.id AND m.program_id = $1 AND m.position <> w.ord
       RETURNING m.id, old.position AS "from", w.ord AS "to"`,
      [programId, moduleIds],
    );
    return moved;
  }

  /** A draft copy of the module with its lessons at the end of the target program; the copy's id. */
  async copyModule(sourceId: string, targetProgramId: string, createdBy: string): Promise<string> {
    const rows: { id: string }[] = await this.q.query(
      `INSERT INTO curriculum_module (program_id, title, summary, learning_goals, created_by, position)
       SELECT $2, s.title, s.summary, s.learning_goals, $3,
              (SELECT COALESCE(max(position), 0) + 1 FROM curriculum_module WHERE program_id = $2)
         FROM curriculum_module s WHERE s.id = $1
       RETURNING id`,
      [sourceId, targetProgramId, createdBy],
    );
    const id = rows[0].id;
    await this.q.query(
      `INSERT INTO curriculum_lesson (module_id, title, body, video_url, estimated_minutes, position)
       SELECT $2, title, body, video_url, estimated_minutes, position FROM curriculum_lesson WHERE module_id = $1`,
      [sourceId, id],
    );
    return id;
  }

  // ------------------------------------------------------------------ lessons

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

  // ------------------------------------------------------------------ history

  async addRevision(r: NewRevision): Promise<void> {
    await this.q.query(
      `INSERT INTO module_revision (module_id, actor_id, action, lesson_id, lesson_title, changes) VALUES ($1, $2, $3, $4, $5, $6)`,
      [r.moduleId, r.actorId, r.action, r.lesson?.id ?? null, r.lesson?.title ?? null, JSON.stringify(r.changes)],
    );
  }

  /** The module's history, newest first, with the actor's current display name. */
  listRevisions(moduleId: string): Promise<RevisionRow[]> {
    return this.q.query(
      `SELECT r.id, r.created_at AS at, r.action, r.actor_id AS "actorId", u.display_name AS "actorName",
              r.lesson_id AS "lessonId", r.lesson_title AS "lessonTitle", r.changes
         FROM module_revision r
         LEFT JOIN app_user u ON u.id = r.actor_id
        WHERE r.module_id = $1
        ORDER BY r.created_at DESC, r.id DESC`,
      [moduleId],
    );
  }
}

/** The same queries inside one transaction (see `atomically`). */
class TransactionalCurriculumRepository extends CurriculumRepository {
  constructor(private readonly tx: EntityManager) {
    super(tx.connection);
  }

  protected override get q(): EntityManager {
    return this.tx;
  }

  override atomically<T>(_programId: string, work: (tx: CurriculumRepository) => Promise<T>): Promise<T> {
    return work(this);
  }
}
