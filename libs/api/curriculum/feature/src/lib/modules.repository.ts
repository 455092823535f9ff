import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { currentTandemIdSql } from '@ecampus/api/programs/access';
import type { ModuleStatus } from '@ecampus/shared/contracts';

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
  assignmentCount: number;
  /** Assignments of this module approved for the person's current tandem. */
  assignmentsApproved: number;
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

const MODULE_COLUMNS = `m.id, m.program_id AS "programId", m.title, m.summary, m.learning_goals AS "learningGoals", m.position,
  m.status, m.release_at AS "releaseAt", m.prerequisite_module_id AS "prerequisiteModuleId", m.published_at AS "publishedAt",
  m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

/**
 * Seminar modules: the only place that queries `curriculum_module` for modules, their order,
 * prerequisite edges and copies. Every query is scoped by program or module; ids arrive validated.
 * Changes run inside `CurriculumTransaction.atomically` (the program's curriculum lock).
 */
@Injectable()
export class ModulesRepository {
  /** `q` is the data source's manager, or the transaction's (`CurriculumTransaction.atomically`). */
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

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
              COALESCE(s.completed, 0)::int AS "lessonsCompleted",
              COALESCE(a.assignment_count, 0)::int AS "assignmentCount",
              COALESCE(a.approved, 0)::int AS "assignmentsApproved"
         FROM curriculum_module m
         LEFT JOIN (
           SELECT l.module_id, count(*) AS lesson_count, sum(l.estimated_minutes) AS minutes, count(c.lesson_id) AS completed
             FROM curriculum_lesson l
             JOIN curriculum_module mm ON mm.id = l.module_id AND mm.program_id = $1
             LEFT JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = $2
            GROUP BY l.module_id
         ) s ON s.module_id = m.id
         LEFT JOIN (
           SELECT ca.module_id, count(*) AS assignment_count, count(sub.id) AS approved
             FROM curriculum_assignment ca
             JOIN curriculum_module mm ON mm.id = ca.module_id AND mm.program_id = $1
             LEFT JOIN submission sub ON sub.assignment_id = ca.id AND sub.status = 'approved'
                   AND sub.tandem_id = ${currentTandemIdSql('$1', '$2')}
            GROUP BY ca.module_id
         ) a ON a.module_id = m.id
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
}
