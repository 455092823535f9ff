import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import type { ModuleHistoryAction } from '@ecampus/shared/contracts';

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

/** A module's edit history: the only place that queries `module_revision`. Scoped by module; ids arrive validated. */
@Injectable()
export class ModuleHistoryRepository {
  /** `q` is the data source's manager, or the transaction's (`CurriculumTransaction.atomically`). */
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

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
