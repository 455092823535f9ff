import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  LessonPreviewSchema,
  LessonSchema,
  ModuleDetailSchema,
  ModuleHistorySchema,
  ModuleListSchema,
  ModuleSummarySchema,
  ProgramSchema,
  ListSchema,
  type CreateLessonRequest,
  type CreateModuleRequest,
  type Lesson,
  type ModuleDetail,
  type ModuleHistoryEntry,
  type ModuleSummary,
  type Program,
  type UpdateLessonRequest,
  type UpdateModuleRequest,
} from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';

/** The pages show their own failures (a failed-load notice, messages at the form), so the global error snackbar stays out of it. */
const context = () => ({ context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) });
const enc = encodeURIComponent;
const ProgramListSchema = ListSchema(ProgramSchema);

/**
 * Stateless HTTP calls of the curriculum (modules, lessons, history); the stores hold the state.
 * Every answer is parsed with the contracts' schemas: an answer that does not match fails like an
 * HTTP error. The program itself (the caller's roles) is read from the programs API with its
 * contract, since programs' web libraries are not a public entry.
 */
@Injectable({ providedIn: 'root' })
export class CurriculumApi {
  private readonly http = inject(HttpClient);

  getProgram(programId: string): Observable<Program> {
    return this.http.get<unknown>(`/api/programs/${enc(programId)}`, context()).pipe(map((a) => ProgramSchema.parse(a)));
  }

  /** The caller's programs (for "copy to another program"). */
  listPrograms(): Observable<Program[]> {
    return this.http.get<unknown>('/api/programs', context()).pipe(map((a) => ProgramListSchema.parse(a).items));
  }

  listModules(programId: string): Observable<ModuleSummary[]> {
    return this.http.get<unknown>(modulesUrl(programId), context()).pipe(map((a) => ModuleListSchema.parse(a).items));
  }

  createModule(programId: string, body: CreateModuleRequest): Observable<ModuleSummary> {
    return this.http.post<unknown>(modulesUrl(programId), body, context()).pipe(map((a) => ModuleSummarySchema.parse(a)));
  }

  reorderModules(programId: string, moduleIds: string[]): Observable<ModuleSummary[]> {
    return this.http
      .put<unknown>(`${modulesUrl(programId)}/order`, { moduleIds }, context())
      .pipe(map((a) => ModuleListSchema.parse(a).items));
  }

  getModule(moduleId: string): Observable<ModuleDetail> {
    return this.http.get<unknown>(moduleUrl(moduleId), context()).pipe(map((a) => ModuleDetailSchema.parse(a)));
  }

  updateModule(moduleId: string, body: UpdateModuleRequest): Observable<ModuleDetail> {
    return this.http.patch<unknown>(moduleUrl(moduleId), body, context()).pipe(map((a) => ModuleDetailSchema.parse(a)));
  }

  publishModule(moduleId: string): Observable<ModuleDetail> {
    return this.http.post<unknown>(`${moduleUrl(moduleId)}/publish`, {}, context()).pipe(map((a) => ModuleDetailSchema.parse(a)));
  }

  unpublishModule(moduleId: string): Observable<ModuleDetail> {
    return this.http.post<unknown>(`${moduleUrl(moduleId)}/unpublish`, {}, context()).pipe(map((a) => ModuleDetailSchema.parse(a)));
  }

  deleteModule(moduleId: string): Observable<void> {
    return this.http.delete<unknown>(moduleUrl(moduleId), context()).pipe(map(() => undefined));
  }

  copyModule(moduleId: string, programId: string): Observable<ModuleDetail> {
    return this.http.post<unknown>(`${moduleUrl(moduleId)}/copy`, { programId }, context()).pipe(map((a) => ModuleDetailSchema.parse(a)));
  }

  moduleHistory(moduleId: string): Observable<ModuleHistoryEntry[]> {
    return this.http.get<unknown>(`${moduleUrl(moduleId)}/history`, context()).pipe(map((a) => ModuleHistorySchema.parse(a).items));
  }

  createLesson(moduleId: string, body: CreateLessonRequest): Observable<Lesson> {
    return this.http.post<unknown>(`${moduleUrl(moduleId)}/lessons`, body, context()).pipe(map((a) => LessonSchema.parse(a)));
  }

  /** The answer's shape is not part of the contract: the caller loads the module again. */
  reorderLessons(moduleId: string, lessonIds: string[]): Observable<void> {
    return this.http.put<unknown>(`${moduleUrl(moduleId)}/lessons/order`, { lessonIds }, context()).pipe(map(() => undefined));
  }

  getLesson(lessonId: string): Observable<Lesson> {
    return this.http.get<unknown>(lessonUrl(lessonId), context()).pipe(map((a) => LessonSchema.parse(a)));
  }

  updateLesson(lessonId: string, body: UpdateLessonRequest): Observable<Lesson> {
    return this.http.patch<unknown>(lessonUrl(lessonId), body, context()).pipe(map((a) => LessonSchema.parse(a)));
  }

  deleteLesson(lessonId: string): Observable<void> {
    return this.http.delete<unknown>(lessonUrl(lessonId), context()).pipe(map(() => undefined));
  }

  completeLesson(lessonId: string): Observable<void> {
    return this.http.post<unknown>(`${lessonUrl(lessonId)}/complete`, {}, context()).pipe(map(() => undefined));
  }

  uncompleteLesson(lessonId: string): Observable<void> {
    return this.http.delete<unknown>(`${lessonUrl(lessonId)}/complete`, context()).pipe(map(() => undefined));
  }

  /** Markdown → the sanitised HTML the lesson would show (staff). */
  previewLesson(programId: string, body: string): Observable<string> {
    return this.http
      .post<unknown>(`/api/programs/${enc(programId)}/lesson-preview`, { body }, context())
      .pipe(map((a) => LessonPreviewSchema.parse(a).html));
  }
}

const modulesUrl = (programId: string) => `/api/programs/${enc(programId)}/modules`;
const moduleUrl = (moduleId: string) => `/api/modules/${enc(moduleId)}`;
const lessonUrl = (lessonId: string) => `/api/lessons/${enc(lessonId)}`;
