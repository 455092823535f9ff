import { Inject, Injectable, NotFoundException, type HttpException } from '@nestjs/common';
import { assertNotArchived, ProgramAccessService, type Caller, type ProgramAccess } from '@ecampus/api/programs/access';
import type { ModuleStatus } from '@ecampus/shared/contracts';
import { LessonsRepository, type LessonRow } from './lessons.repository';
import { ModulesRepository, type ModuleRef } from './modules.repository';
import { lessonNotFound, moduleNotFound, onlyStaff } from './curriculum.errors';
import { isStaff } from './curriculum.rules';

/** What access needs of the repositories and of programs' access entry (unit specs fake exactly this). */
export type ModuleLookups = Pick<ModulesRepository, 'findModuleRef'>;
export type LessonLookups = Pick<LessonsRepository, 'findLesson'>;
export type ProgramStandings = Pick<ProgramAccessService, 'accessOf'>;

export interface ModuleAccess {
  module: ModuleRef;
  access: ProgramAccess;
  staff: boolean;
}

export interface LessonAccess {
  lesson: LessonRow;
  access: ProgramAccess;
  staff: boolean;
}

/** Staff only (403 for participants who can see it), and not in an archived program (422). */
function editable<T extends { access: ProgramAccess; staff: boolean }>(found: T): T {
  if (!found.staff) throw onlyStaff();
  assertNotArchived(found.access);
  return found;
}

/**
 * Who may know a module or lesson: the members of its program (and admins); drafts only staff.
 * Everyone else gets the same 404 as for an id that does not exist. Staff-only actions answer 403
 * to participants who can see the module, and 422 `program_archived` in an archived program.
 */
@Injectable()
export class CurriculumAccess {
  constructor(
    @Inject(ModulesRepository) private readonly modules: ModuleLookups,
    @Inject(LessonsRepository) private readonly lessons: LessonLookups,
    @Inject(ProgramAccessService) private readonly programs: ProgramStandings,
  ) {}

  /** The caller's standing in the program; a program she may not know answers `notFound()`. */
  async inProgram(caller: Caller, programId: string, notFound: () => HttpException): Promise<ProgramAccess> {
    try {
      return await this.programs.accessOf(caller, programId);
    } catch (e) {
      if (e instanceof NotFoundException) throw notFound();
      throw e;
    }
  }

  /** A module the caller may see (404 otherwise). */
  async toModule(caller: Caller, moduleId: string): Promise<ModuleAccess> {
    const module = await this.modules.findModuleRef(moduleId);
    if (!module) throw moduleNotFound();
    return { module, ...(await this.standing(caller, module.programId, module.status, moduleNotFound)) };
  }

  /** A module the caller may change: staff (403 for participants who see it), program not archived (422). */
  async toEditModule(caller: Caller, moduleId: string): Promise<ModuleAccess> {
    return editable(await this.toModule(caller, moduleId));
  }

  /** A lesson the caller may see (404 otherwise: unknown, other program, or in a draft for participants). */
  async toLesson(caller: Caller, lessonId: string): Promise<LessonAccess> {
    const lesson = await this.lessons.findLesson(lessonId, caller.id);
    if (!lesson) throw lessonNotFound();
    return { lesson, ...(await this.standing(caller, lesson.programId, lesson.moduleStatus, lessonNotFound)) };
  }

  /** The caller's standing towards something of a program in this status; `notFound()` when she may not see it. */
  private async standing(
    caller: Caller,
    programId: string,
    status: ModuleStatus,
    notFound: () => HttpException,
  ): Promise<{ access: ProgramAccess; staff: boolean }> {
    const access = await this.inProgram(caller, programId, notFound);
    const staff = isStaff(access);
    if (!staff && status !== 'published') throw notFound();
    return { access, staff };
  }

  /** A lesson the caller may change (like `toEditModule`). */
  async toEditLesson(caller: Caller, lessonId: string): Promise<LessonAccess> {
    return editable(await this.toLesson(caller, lessonId));
  }
}
