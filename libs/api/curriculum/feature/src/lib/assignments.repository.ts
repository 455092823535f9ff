import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { currentTandemIdSql } from '@ecampus/api/programs/access';
import type { ModuleStatus, SubmissionKind } from '@ecampus/shared/contracts';
import type { AssignmentSummaryRow } from './submission.rules';

export interface AssignmentFields {
  title: string;
  instructions: string;
  dueAt: Date | null;
  submissionKind: SubmissionKind;
}

/** One assignment with what access and the answer need of its module. */
export interface AssignmentRow extends AssignmentFields {
  id: string;
  moduleId: string;
  programId: string;
  moduleTitle: string;
  moduleStatus: ModuleStatus;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Assignments of a module: the only place that queries `curriculum_assignment`. Every query is
 * scoped by module or assignment; ids arrive validated. A change also touches its module's
 * `updated_at` (like lessons). Changes run inside `CurriculumTransaction.atomically`.
 */
@Injectable()
export class AssignmentsRepository {
  /** `q` is the data source's manager, or the transaction's (`CurriculumTransaction.atomically`). */
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

  async findAssignment(assignmentId: string): Promise<AssignmentRow | null> {
    const rows: AssignmentRow[] = await this.q.query(
      `SELECT a.id, a.module_id AS "moduleId", m.program_id AS "programId", m.title AS "moduleTitle", m.status AS "moduleStatus",
              a.title, a.instructions, a.due_at AS "dueAt", a.submission_kind AS "submissionKind", a.position,
              a.created_at AS "createdAt", a.updated_at AS "updatedAt"
         FROM curriculum_assignment a
         JOIN curriculum_module m ON m.id = a.module_id
        WHERE a.id = $1`,
      [assignmentId],
    );
    return rows[0] ?? null;
  }

  /**
   * The module's assignments in order, each with the person's current tandem's submission status
   * and the number of waiting submissions she may review (not her own tandem's) — one query for
   * the whole module, never one per assignment.
   */
  listForModule(moduleId: string, programId: string, userId: string): Promise<AssignmentSummaryRow[]> {
    return this.q.query(
      `WITH mine AS (SELECT ${currentTandemIdSql('$2', '$3')} AS tandem_id)
       SELECT a.id, a.module_id AS "moduleId", a.title, a.due_at AS "dueAt", a.submission_kind AS "submissionKind", a.position,
              own.status AS "myStatus",
              COALESCE(w.waiting, 0)::int AS waiting
         FROM curriculum_assignment a
         CROSS JOIN mine
         LEFT JOIN submission own ON own.assignment_id = a.id AND own.tandem_id = mine.tandem_id
         LEFT JOIN (
           SELECT s.assignment_id, count(*) AS waiting
             FROM submission s
             JOIN curriculum_assignment sa ON sa.id = s.assignment_id AND sa.module_id = $1
             JOIN tandem t ON t.id = s.tandem_id
            WHERE s.status = 'submitted' AND t.mentor_id <> $3 AND t.mentee_id <> $3
            GROUP BY s.assignment_id
         ) w ON w.assignment_id = a.id
        WHERE a.module_id = $1
        ORDER BY a.position, a.created_at, a.id`,
      [moduleId, programId, userId],
    );
  }

  /** A new assignment at the end of the module's assignments; its id. */
  async insertAssignment(moduleId: string, fields: AssignmentFields, createdBy: string): Promise<string> {
    const rows: { id: string }[] = await this.q.query(
      `INSERT INTO curriculum_assignment (module_id, title, instructions, due_at, submission_kind, created_by, position)
       SELECT $1, $2, $3, $4, $5, $6, COALESCE(max(position), 0) + 1 FROM curriculum_assignment WHERE module_id = $1
       RETURNING id`,
      [moduleId, fields.title, fields.instructions, fields.dueAt, fields.submissionKind, createdBy],
    );
    await this.touchModule(moduleId);
    return rows[0].id;
  }

  async updateAssignment(assignmentId: string, moduleId: string, fields: AssignmentFields): Promise<void> {
    await this.q.query(
      `UPDATE curriculum_assignment SET title = $3, instructions = $4, due_at = $5, submission_kind = $6, updated_at = now()
        WHERE id = $1 AND module_id = $2`,
      [assignmentId, moduleId, fields.title, fields.instructions, fields.dueAt, fields.submissionKind],
    );
    await this.touchModule(moduleId);
  }

  /** Whether any tandem handed something in (then the assignment stays). */
  async hasSubmissions(assignmentId: string): Promise<boolean> {
    const rows: { found: boolean }[] = await this.q.query(`SELECT EXISTS (SELECT 1 FROM submission WHERE assignment_id = $1) AS found`, [
      assignmentId,
    ]);
    return rows[0].found;
  }

  /** Whether any tandem handed something in to one of the module's assignments. */
  async moduleHasSubmissions(moduleId: string): Promise<boolean> {
    const rows: { found: boolean }[] = await this.q.query(
      `SELECT EXISTS (SELECT 1 FROM submission s JOIN curriculum_assignment a ON a.id = s.assignment_id WHERE a.module_id = $1) AS found`,
      [moduleId],
    );
    return rows[0].found;
  }

  /** Deletes the assignment (uploaded files' rows go with it) and closes the gap in the module's order. */
  async deleteAssignment(assignmentId: string, moduleId: string): Promise<void> {
    await this.q.query(
      `WITH gone AS (DELETE FROM curriculum_assignment WHERE id = $1 AND module_id = $2 RETURNING position)
       UPDATE curriculum_assignment SET position = position - 1 WHERE module_id = $2 AND position > (SELECT position FROM gone)`,
      [assignmentId, moduleId],
    );
    await this.touchModule(moduleId);
  }

  /** The source module's assignments into the copy, in order (no due dates: the next cohort has its own calendar). */
  async copyAssignments(sourceModuleId: string, targetModuleId: string, createdBy: string): Promise<void> {
    await this.q.query(
      `INSERT INTO curriculum_assignment (module_id, title, instructions, submission_kind, position, created_by)
       SELECT $2, title, instructions, submission_kind, position, $3 FROM curriculum_assignment WHERE module_id = $1`,
      [sourceModuleId, targetModuleId, createdBy],
    );
  }

  private async touchModule(moduleId: string): Promise<void> {
    await this.q.query(`UPDATE curriculum_module SET updated_at = now() WHERE id = $1`, [moduleId]);
  }
}
