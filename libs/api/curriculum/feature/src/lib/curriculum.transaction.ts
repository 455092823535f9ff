import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { AssignmentsRepository } from './assignments.repository';
import { LessonsRepository } from './lessons.repository';
import { MaterialsRepository } from './materials.repository';
import { ModuleHistoryRepository } from './module-history.repository';
import { ModulesRepository } from './modules.repository';
import { SubmissionsRepository } from './submissions.repository';

/** The curriculum's repositories, bound to one transaction (see `CurriculumTransaction.atomically`). */
export interface CurriculumTx {
  modules: ModulesRepository;
  lessons: LessonsRepository;
  history: ModuleHistoryRepository;
  materials: MaterialsRepository;
  assignments: AssignmentsRepository;
  submissions: SubmissionsRepository;
  /** The transaction's manager, for platform services that join it (the mail outbox). */
  manager: EntityManager;
}

/**
 * The one transaction entry point of the curriculum. A change and its history entry belong
 * together, and order, appends and prerequisite chains span the program's whole curriculum, so the
 * lock is the program's, not one aggregate's: `atomically` runs work in one transaction holding it
 * and hands the work every repository bound to that transaction.
 */
@Injectable()
export class CurriculumTransaction {
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

  /** `work` in one transaction, serialised with every other change of the program's curriculum. */
  atomically<T>(programId: string, work: (tx: CurriculumTx) => Promise<T>): Promise<T> {
    return this.q.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('curriculum:' || $1::text, 0))`, [programId]);
      return work({
        modules: new ModulesRepository(em),
        lessons: new LessonsRepository(em),
        history: new ModuleHistoryRepository(em),
        materials: new MaterialsRepository(em),
        assignments: new AssignmentsRepository(em),
        submissions: new SubmissionsRepository(em),
        manager: em,
      });
    });
  }
}
