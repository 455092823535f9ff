import { Injectable } from '@nestjs/common';
import { assertNotArchived, type Caller } from '@ecampus/api/programs/access';
import type { CreateLessonRequest, Lesson, LessonOrderRequest, LessonSummary, UpdateLessonRequest } from '@ecampus/shared/contracts';
import { CurriculumAccess, type LessonAccess } from './curriculum-access';
import { invalidLessonOrder, lessonNotFound, moduleLocked, notAParticipant } from './curriculum.errors';
import { CurriculumTransaction } from './curriculum.transaction';
import { LessonsRepository, type LessonFields, type LessonRow } from './lessons.repository';
import { ModulesRepository } from './modules.repository';
import { changesBetween, isExactOrder, isParticipant, lockOf, toLessonSummary } from './curriculum.rules';
import { lessonVideo, renderLessonHtml } from './lesson-rendering';

const fieldsOf = (row: LessonRow): LessonFields => ({
  title: row.title,
  body: row.body,
  videoUrl: row.videoUrl,
  estimatedMinutes: row.estimatedMinutes,
});

/** Lessons of a module: reading (rendered and sanitised on every read), editing, order, completion. */
@Injectable()
export class LessonsService {
  constructor(
    private readonly lessons: LessonsRepository,
    private readonly modules: ModulesRepository,
    private readonly transaction: CurriculumTransaction,
    private readonly guard: CurriculumAccess,
  ) {}

  /** A lesson at the end of the module (staff). */
  async createLesson(caller: Caller, moduleId: string, body: CreateLessonRequest): Promise<Lesson> {
    const { module } = await this.guard.toEditModule(caller, moduleId);
    const fields: LessonFields = {
      title: body.title,
      body: body.body,
      videoUrl: body.videoUrl || null,
      estimatedMinutes: body.estimatedMinutes ?? null,
    };
    const id = await this.transaction.atomically(module.programId, async (tx) => {
      const lessonId = await tx.lessons.insertLesson(moduleId, fields);
      await tx.history.addRevision({
        moduleId,
        actorId: caller.id,
        action: 'lesson_created',
        lesson: { id: lessonId, title: fields.title },
        changes: changesBetween({}, { title: fields.title }),
      });
      return lessonId;
    });
    return this.getLesson(caller, id);
  }

  /** New order of all the module's lessons (422 `invalid_order` unless exactly those, each once). */
  async reorderLessons(caller: Caller, moduleId: string, body: LessonOrderRequest): Promise<LessonSummary[]> {
    const { module, access } = await this.guard.toEditModule(caller, moduleId);
    await this.transaction.atomically(module.programId, async (tx) => {
      const before = await tx.lessons.listLessons(moduleId, access.userId);
      if (
        !isExactOrder(
          body.lessonIds,
          before.map((l) => l.id),
        )
      )
        throw invalidLessonOrder();
      const order = body.lessonIds.map((id) => id.toLowerCase());
      if (order.every((id, i) => before[i].id === id)) return;
      await tx.lessons.reorderLessons(moduleId, order);
      const titles = (ids: string[]) => ids.map((id) => before.find((l) => l.id === id)?.title ?? '');
      await tx.history.addRevision({
        moduleId,
        actorId: caller.id,
        action: 'lessons_reordered',
        changes: changesBetween({ order: titles(before.map((l) => l.id)) }, { order: titles(order) }),
      });
    });
    return (await this.lessons.listLessons(moduleId, access.userId)).map(toLessonSummary);
  }

  /** A lesson for the caller: 404 where she may not see the module, 403 `module_locked` while it is locked for her. */
  async getLesson(caller: Caller, lessonId: string): Promise<Lesson> {
    const found = await this.guard.toLesson(caller, lessonId);
    await this.assertOpen(found);
    const { lesson, staff } = found;
    return {
      ...toLessonSummary(lesson),
      programId: lesson.programId,
      moduleTitle: lesson.moduleTitle,
      body: staff ? lesson.body : '',
      html: renderLessonHtml(lesson.body),
      videoUrl: lesson.videoUrl,
      video: lessonVideo(lesson.videoUrl),
      previousLessonId: lesson.previousLessonId,
      nextLessonId: lesson.nextLessonId,
      completedAt: lesson.completedAt?.toISOString() ?? null,
      updatedAt: lesson.updatedAt.toISOString(),
    };
  }

  async updateLesson(caller: Caller, lessonId: string, body: UpdateLessonRequest): Promise<Lesson> {
    const { lesson } = await this.guard.toEditLesson(caller, lessonId);
    await this.transaction.atomically(lesson.programId, async (tx) => {
      const current = await tx.lessons.findLesson(lessonId, caller.id);
      if (!current) throw lessonNotFound();
      const before = fieldsOf(current);
      const after: LessonFields = {
        title: body.title ?? before.title,
        body: body.body ?? before.body,
        videoUrl: body.videoUrl === undefined ? before.videoUrl : body.videoUrl || null,
        estimatedMinutes: body.estimatedMinutes === undefined ? before.estimatedMinutes : body.estimatedMinutes,
      };
      const changes = changesBetween(before, after);
      if (Object.keys(changes).length === 0) return;
      await tx.lessons.updateLesson(lessonId, current.moduleId, after);
      await tx.history.addRevision({
        moduleId: current.moduleId,
        actorId: caller.id,
        action: 'lesson_updated',
        lesson: { id: lessonId, title: after.title },
        changes,
      });
    });
    return this.getLesson(caller, lessonId);
  }

  async deleteLesson(caller: Caller, lessonId: string): Promise<void> {
    const { lesson } = await this.guard.toEditLesson(caller, lessonId);
    await this.transaction.atomically(lesson.programId, async (tx) => {
      await tx.lessons.deleteLesson(lessonId, lesson.moduleId);
      await tx.history.addRevision({
        moduleId: lesson.moduleId,
        actorId: caller.id,
        action: 'lesson_deleted',
        lesson: { id: lessonId, title: lesson.title },
        changes: {},
      });
    });
  }

  /** Participants mark a lesson complete (idempotent) or take it back; not in a locked module or an archived program. */
  async setCompleted(caller: Caller, lessonId: string, completed: boolean): Promise<void> {
    const found = await this.guard.toLesson(caller, lessonId);
    if (!isParticipant(found.access)) throw notAParticipant();
    assertNotArchived(found.access);
    await this.assertOpen(found);
    if (completed) await this.lessons.complete(lessonId, caller.id);
    else await this.lessons.uncomplete(lessonId, caller.id);
  }

  /** 403 `module_locked` when the lesson's module is locked for the caller (never for staff). */
  private async assertOpen({ lesson, access, staff }: LessonAccess): Promise<void> {
    if (staff) return;
    const modules = await this.modules.listModules(lesson.programId, access.userId, false);
    const row = modules.find((m) => m.id === lesson.moduleId);
    if (!row) throw lessonNotFound();
    if (lockOf(row, modules, false, new Date())) throw moduleLocked();
  }
}
