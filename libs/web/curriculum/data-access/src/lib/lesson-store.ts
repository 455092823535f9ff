import { Injectable, inject } from '@angular/core';
import type { CreateLessonRequest, Lesson } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum-api';

/** One lesson, for the reader and the editor. Provided on the lesson's routes. */
@Injectable()
export class LessonStore {
  private readonly api = inject(CurriculumApi);
  private readonly lessonState = loadable<Lesson | null>(null);

  readonly lesson = this.lessonState.value;
  readonly loading = this.lessonState.loading;
  readonly loaded = this.lessonState.loaded;
  readonly failed = this.lessonState.failed;
  readonly error = this.lessonState.error;

  load(lessonId: string): Promise<void> {
    return this.lessonState.load(() => firstValueFrom(this.api.getLesson(lessonId)));
  }

  /** Marks the lesson done (true) or open again (false); rejects with the HTTP error (403 `module_locked`). */
  async setCompleted(completed: boolean): Promise<void> {
    const lesson = this.requireLesson();
    await firstValueFrom(completed ? this.api.completeLesson(lesson.id) : this.api.uncompleteLesson(lesson.id));
    this.lessonState.update((l) => (l ? { ...l, completed, completedAt: completed ? new Date().toISOString() : null } : l));
  }

  /** Creates a lesson at the end of the module, or saves the loaded one. */
  async save(moduleId: string, body: CreateLessonRequest): Promise<Lesson> {
    const current = this.lesson();
    const lesson = await firstValueFrom(current ? this.api.updateLesson(current.id, body) : this.api.createLesson(moduleId, body));
    this.lessonState.update(() => lesson);
    return lesson;
  }

  async remove(): Promise<void> {
    await firstValueFrom(this.api.deleteLesson(this.requireLesson().id));
    this.lessonState.update(() => null);
  }

  private requireLesson(): Lesson {
    const lesson = this.lesson();
    if (!lesson) throw new Error('LessonStore: load(lessonId) first');
    return lesson;
  }
}
