import { Injectable } from '@nestjs/common';
import { assertNotArchived, type Caller, type ProgramAccess } from '@ecampus/api/programs/access';
import {
  type CopyModuleRequest,
  type CreateModuleRequest,
  type LessonPreview,
  type LessonPreviewRequest,
  type ModuleDetail,
  type ModuleHistoryEntry,
  type ModuleOrderRequest,
  type ModuleSummary,
  type UpdateModuleRequest,
} from '@ecampus/shared/contracts';
import { AssignmentsRepository } from './assignments.repository';
import { CurriculumAccess, type ModuleAccess } from './curriculum-access';
import {
  invalidModuleOrder,
  invalidPrerequisite,
  moduleHasSubmissions,
  moduleNotFound,
  modulePublished,
  onlyStaff,
} from './curriculum.errors';
import { CurriculumTransaction } from './curriculum.transaction';
import { LessonsRepository } from './lessons.repository';
import { ModuleHistoryRepository } from './module-history.repository';
import { ModulesRepository, type ModuleFields, type ModuleRow } from './modules.repository';
import { changesBetween, isExactOrder, isStaff, prerequisiteProblem, toLessonSummary, toModuleSummary } from './curriculum.rules';
import { renderLessonHtml } from './lesson-rendering';
import { MaterialsService } from './materials.service';
import { toAssignmentSummary } from './submission.rules';

const fieldsOf = (row: ModuleRow): ModuleFields => ({
  title: row.title,
  summary: row.summary,
  learningGoals: row.learningGoals,
  releaseAt: row.releaseAt,
  prerequisiteModuleId: row.prerequisiteModuleId,
});

/**
 * Seminar modules of a program: listing with locks and progress, editing, order, publishing,
 * copying and the edit history. Every rule and authorisation decision lives here and in
 * `CurriculumAccess`; the repositories only query.
 */
@Injectable()
export class ModulesService {
  constructor(
    private readonly modules: ModulesRepository,
    private readonly lessons: LessonsRepository,
    private readonly revisions: ModuleHistoryRepository,
    private readonly transaction: CurriculumTransaction,
    private readonly guard: CurriculumAccess,
    private readonly assignments: AssignmentsRepository,
    private readonly materials: MaterialsService,
  ) {}

  /** The program's modules for the caller: participants published ones with their locks, staff all. */
  async listModules(access: ProgramAccess, now = new Date()): Promise<ModuleSummary[]> {
    const staff = isStaff(access);
    const rows = await this.modules.listModules(access.programId, access.userId, staff);
    return rows.map((row) => toModuleSummary(row, rows, staff, now));
  }

  /** A draft at the end of the program's order (staff; route-checked by `@ProgramRoles`). */
  async createModule(access: ProgramAccess, body: CreateModuleRequest): Promise<ModuleSummary> {
    assertNotArchived(access);
    const fields: ModuleFields = {
      title: body.title,
      summary: body.summary ?? '',
      learningGoals: body.learningGoals ?? [],
      releaseAt: body.releaseAt ? new Date(body.releaseAt) : null,
      prerequisiteModuleId: body.prerequisiteModuleId?.toLowerCase() ?? null,
    };
    const id = await this.transaction.atomically(access.programId, async (tx) => {
      if (fields.prerequisiteModuleId) await this.checkPrerequisite(tx.modules, access.programId, null, fields.prerequisiteModuleId);
      const moduleId = await tx.modules.insertModule(access.programId, fields, access.userId);
      await tx.history.addRevision({
        moduleId,
        actorId: access.userId,
        action: 'created',
        changes: changesBetween({}, { title: fields.title }),
      });
      return moduleId;
    });
    return this.summaryOf(access, id);
  }

  /** New order of all the program's modules (422 `invalid_order` unless exactly those, each once). */
  async reorderModules(access: ProgramAccess, body: ModuleOrderRequest): Promise<ModuleSummary[]> {
    assertNotArchived(access);
    await this.transaction.atomically(access.programId, async (tx) => {
      const existing = await tx.modules.prerequisiteEdges(access.programId);
      if (
        !isExactOrder(
          body.moduleIds,
          existing.map((e) => e.id),
        )
      )
        throw invalidModuleOrder();
      const moved = await tx.modules.reorderModules(access.programId, body.moduleIds);
      for (const m of moved)
        await tx.history.addRevision({
          moduleId: m.id,
          actorId: access.userId,
          action: 'reordered',
          changes: { position: { from: m.from, to: m.to } },
        });
    });
    return this.listModules(access);
  }

  async getModule(caller: Caller, moduleId: string): Promise<ModuleDetail> {
    return this.detailOf(await this.guard.toModule(caller, moduleId));
  }

  async updateModule(caller: Caller, moduleId: string, body: UpdateModuleRequest): Promise<ModuleDetail> {
    const found = await this.guard.toEditModule(caller, moduleId);
    const { programId } = found.module;
    await this.transaction.atomically(programId, async (tx) => {
      const row = await this.rowOf(tx.modules, found.access, moduleId);
      const before = fieldsOf(row);
      const after: ModuleFields = {
        title: body.title ?? before.title,
        summary: body.summary ?? before.summary,
        learningGoals: body.learningGoals ?? before.learningGoals,
        releaseAt: body.releaseAt === undefined ? before.releaseAt : body.releaseAt ? new Date(body.releaseAt) : null,
        prerequisiteModuleId:
          body.prerequisiteModuleId === undefined ? before.prerequisiteModuleId : (body.prerequisiteModuleId?.toLowerCase() ?? null),
      };
      if (after.prerequisiteModuleId && after.prerequisiteModuleId !== before.prerequisiteModuleId)
        await this.checkPrerequisite(tx.modules, programId, moduleId, after.prerequisiteModuleId);
      const changes = changesBetween(before, after);
      if (Object.keys(changes).length === 0) return;
      await tx.modules.updateModule(moduleId, after);
      await tx.history.addRevision({ moduleId, actorId: caller.id, action: 'updated', changes });
    });
    return this.detailOf(found);
  }

  /** Publish or take back to draft; a module already in that state stays as it is (no history entry). */
  async setStatus(caller: Caller, moduleId: string, status: 'draft' | 'published'): Promise<ModuleDetail> {
    const found = await this.guard.toEditModule(caller, moduleId);
    await this.transaction.atomically(found.module.programId, async (tx) => {
      const current = await tx.modules.findModuleRef(moduleId);
      if (!current) throw moduleNotFound();
      if (current.status === status) return;
      await tx.modules.setModuleStatus(moduleId, status);
      await tx.history.addRevision({
        moduleId,
        actorId: caller.id,
        action: status === 'published' ? 'published' : 'unpublished',
        changes: { status: { from: current.status, to: status } },
      });
    });
    return this.detailOf({ ...found, module: { ...found.module, status } });
  }

  /** Drafts only (422 `module_published` otherwise). */
  async deleteModule(caller: Caller, moduleId: string): Promise<void> {
    const found = await this.guard.toEditModule(caller, moduleId);
    const storedFiles = await this.transaction.atomically(found.module.programId, async (tx) => {
      const current = await tx.modules.findModuleRef(moduleId);
      if (!current) throw moduleNotFound();
      if (current.status === 'published') throw modulePublished();
      // Unpublished after tandems handed in: their work is not deleted with it.
      if (await tx.assignments.moduleHasSubmissions(moduleId)) throw moduleHasSubmissions();
      // Materials and files tandems uploaded (a draft may have been published before).
      const keys = [...(await tx.materials.storageKeysOf(moduleId)), ...(await tx.submissions.fileKeysOfModule(moduleId))];
      await tx.modules.deleteModule(found.module.programId, moduleId);
      return keys;
    });
    // The rows went with the module; their files go after the commit.
    await this.materials.deleteStoredFiles(storedFiles);
  }

  /** A draft copy with every lesson at the end of the target program; staff in both programs, target not archived. */
  async copyModule(caller: Caller, moduleId: string, body: CopyModuleRequest): Promise<ModuleDetail> {
    const source = await this.guard.toModule(caller, moduleId);
    if (!source.staff) throw onlyStaff();
    const targetId = body.programId.toLowerCase();
    const target = await this.guard.inProgram(caller, targetId, moduleNotFound);
    if (!isStaff(target)) throw onlyStaff();
    assertNotArchived(target);
    // Materials: their files copied first (new keys), their rows with the copy; no rows, no files.
    const files = await this.materials.copyStoredFiles(moduleId);
    const copyId = await this.transaction
      .atomically(targetId, async (tx) => {
        const id = await tx.modules.copyModule(moduleId, targetId, caller.id);
        await tx.assignments.copyAssignments(moduleId, id, caller.id);
        await tx.materials.insertCopies(id, files, caller.id);
        await tx.history.addRevision({
          moduleId: id,
          actorId: caller.id,
          action: 'copied',
          changes: { sourceModuleId: { from: null, to: moduleId } },
        });
        return id;
      })
      .catch(async (e: unknown) => {
        await this.materials.deleteStoredFiles(files.map((f) => f.storageKey));
        throw e;
      });
    return this.detailOf({ module: { id: copyId, programId: targetId, status: 'draft' }, access: target, staff: true });
  }

  async history(caller: Caller, moduleId: string): Promise<ModuleHistoryEntry[]> {
    const found = await this.guard.toModule(caller, moduleId);
    if (!found.staff) throw onlyStaff();
    const rows = await this.revisions.listRevisions(moduleId);
    return rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      actor: r.actorId ? { userId: r.actorId, displayName: r.actorName ?? '' } : null,
      lesson: r.lessonId ? { id: r.lessonId, title: r.lessonTitle ?? '' } : null,
      changes: r.changes,
    }));
  }

  /** The editor's live preview: exactly what the lesson would show (staff; route-checked). */
  preview(body: LessonPreviewRequest): LessonPreview {
    return { html: renderLessonHtml(body.body) };
  }

  // ---------------------------------------------------------------- helpers

  private async checkPrerequisite(modules: ModulesRepository, programId: string, moduleId: string | null, prerequisiteId: string) {
    const problem = prerequisiteProblem(moduleId, prerequisiteId, await modules.prerequisiteEdges(programId));
    if (problem) throw invalidPrerequisite(problem);
  }

  private async rowOf(modules: ModulesRepository, access: ProgramAccess, moduleId: string): Promise<ModuleRow> {
    const rows = await modules.listModules(access.programId, access.userId, true);
    const row = rows.find((r) => r.id === moduleId);
    if (!row) throw moduleNotFound();
    return row;
  }

  private async summaryOf(access: ProgramAccess, moduleId: string): Promise<ModuleSummary> {
    const staff = isStaff(access);
    const rows = await this.modules.listModules(access.programId, access.userId, staff);
    const row = rows.find((r) => r.id === moduleId);
    if (!row) throw moduleNotFound();
    return toModuleSummary(row, rows, staff, new Date());
  }

  /** The module with its lessons for the caller (one list query for locks and progress, one for the lessons). */
  private async detailOf({ module, access, staff }: ModuleAccess): Promise<ModuleDetail> {
    const [summary, lessons, assignments, materials] = await Promise.all([
      this.summaryOf(access, module.id),
      this.lessons.listLessons(module.id, access.userId),
      // One query for all of them, with her tandem's status and the waiting reviews.
      this.assignments.listForModule(module.id, module.programId, access.userId),
      this.materials.listMaterials(module.id),
    ]);
    return {
      ...summary,
      lessons: lessons.map(toLessonSummary),
      // Locked for a participant: no materials until it opens (as assignments; downloads answer 403 module_locked).
      materials: summary.lock ? [] : materials,
      // A locked module shows titles only: no assignments until it opens (the contract's rule).
      assignments: summary.lock ? [] : assignments.map((a) => toAssignmentSummary(a, staff)),
      uploadMaxBytes: this.materials.uploadMaxBytes,
      canEdit: staff && !access.archived,
    };
  }
}
