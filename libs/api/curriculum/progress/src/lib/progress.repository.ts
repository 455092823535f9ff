import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { currentTandemsSql } from '@ecampus/api/programs/access';

/** A published module as a column of the matrix. */
export interface ProgressModuleRow {
  id: string;
  title: string;
  position: number;
  lessonCount: number;
  assignmentCount: number;
}

/** A mentor or mentee with her counts per module, in the order of the module ids the query was given. */
export interface ProgressPersonRow {
  userId: string;
  displayName: string;
  role: 'mentor' | 'mentee';
  /** Her current tandem in the program (active, else latest paused), null without one. */
  tandemId: string | null;
  /** Lessons she completed, per module. */
  lessons: number[];
  /** Assignments approved for her current tandem, per module. */
  approved: number[];
}

/** Which people the matrix is about. */
export interface ProgressScope {
  /** Only these people (a participant: herself and her partner); null: every mentor and mentee. */
  userIds: string[] | null;
  /** Only people whose current tandem this is; null: any. */
  tandemId: string | null;
}

/**
 * The progress matrix of a program: two statements for any number of people and modules, never
 * one per person or cell. Read-only; scoped by program (and people or tandem).
 */
@Injectable()
export class ProgressRepository {
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

  /** The program's published modules in order, with how many lessons and assignments each has. */
  publishedModules(programId: string): Promise<ProgressModuleRow[]> {
    return this.q.query(
      `SELECT m.id, m.title, m.position,
              (SELECT count(*) FROM curriculum_lesson l WHERE l.module_id = m.id)::int AS "lessonCount",
              (SELECT count(*) FROM curriculum_assignment a WHERE a.module_id = m.id)::int AS "assignmentCount"
         FROM curriculum_module m
        WHERE m.program_id = $1 AND m.status = 'published'
        ORDER BY m.position, m.created_at, m.id`,
      [programId],
    );
  }

  /**
   * Every mentor and mentee in scope (by display name) with her completed lessons per module and
   * her current tandem's approved submissions per module, as arrays in the order of `moduleIds`
   * (the columns the caller already loaded, so both statements agree on them by construction).
   * Completions are counted per (person, module) and approvals per (tandem, module) in one pass each
   * (for everyone when nothing narrows the scope: the joins drop non-members), spread over people ×
   * modules with hash joins and folded into one array per person in the same grouping. No join after
   * the grouping: on tables not yet analysed (just after a bulk import) PostgreSQL estimated one row
   * there and re-ran the grouping per person (0.9 s for 1,000 people instead of ~10 ms).
   */
  matrix(programId: string, moduleIds: string[], scope: ProgressScope): Promise<ProgressPersonRow[]> {
    return this.q.query(
      `WITH mods AS (
         SELECT id, ord FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)
       ),
       scoped AS (
         SELECT * FROM (
           SELECT pm.user_id, pm.role, u.display_name, ct.tandem_id
             FROM program_member pm
             JOIN app_user u ON u.id = pm.user_id
             LEFT JOIN ${currentTandemsSql('$1')} ct ON ct.person_id = pm.user_id
            WHERE pm.program_id = $1 AND pm.role IN ('mentor', 'mentee')
              AND ($3::uuid[] IS NULL OR pm.user_id = ANY($3::uuid[]))
         ) people
         WHERE $4::uuid IS NULL OR tandem_id = $4::uuid
       ),
       done AS (
         SELECT c.user_id, l.module_id, count(*)::int AS n
           FROM curriculum_lesson l
           JOIN lesson_completion c ON c.lesson_id = l.id
          WHERE l.module_id = ANY($2::uuid[])
            AND (($3::uuid[] IS NULL AND $4::uuid IS NULL) OR c.user_id IN (SELECT user_id FROM scoped))
          GROUP BY c.user_id, l.module_id
       ),
       approved AS (
         SELECT s.tandem_id, a.module_id, count(*)::int AS n
           FROM curriculum_assignment a
           JOIN submission s ON s.assignment_id = a.id AND s.status = 'approved'
          WHERE a.module_id = ANY($2::uuid[])
            AND (($3::uuid[] IS NULL AND $4::uuid IS NULL) OR s.tandem_id IN (SELECT tandem_id FROM scoped))
          GROUP BY s.tandem_id, a.module_id
       )
       SELECT p.user_id AS "userId", p.display_name AS "displayName", p.role, p.tandem_id AS "tandemId",
              COALESCE(array_agg(COALESCE(d.n, 0) ORDER BY mods.ord) FILTER (WHERE mods.id IS NOT NULL), '{}') AS lessons,
              COALESCE(array_agg(COALESCE(ap.n, 0) ORDER BY mods.ord) FILTER (WHERE mods.id IS NOT NULL), '{}') AS approved
         FROM scoped p
         LEFT JOIN mods ON true
         LEFT JOIN done d ON d.user_id = p.user_id AND d.module_id = mods.id
         LEFT JOIN approved ap ON ap.tandem_id = p.tandem_id AND ap.module_id = mods.id
        GROUP BY p.user_id, p.display_name, p.role, p.tandem_id
        ORDER BY p.display_name, p.user_id`,
      [programId, moduleIds, scope.userIds, scope.tandemId],
    );
  }

  /** The program's title (the CSV's file name). */
  async programTitle(programId: string): Promise<string> {
    const rows: { title: string }[] = await this.q.query(`SELECT title FROM program WHERE id = $1`, [programId]);
    return rows[0]?.title ?? '';
  }
}
