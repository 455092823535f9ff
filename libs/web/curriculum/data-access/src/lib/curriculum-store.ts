import { Injectable, computed, inject } from '@angular/core';
import type { CreateModuleRequest, ModuleSummary, Program } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum-api';
import { orderedBy } from './order';

/**
 * One program's curriculum: the program (the caller's roles) and its modules in order. Provided
 * by the domain's route, so the module list, the module page and the lesson pages share it.
 * Mutations reject with the HTTP error, so forms can place the server's field messages.
 */
@Injectable()
export class CurriculumStore {
  private readonly api = inject(CurriculumApi);
  private readonly programState = loadable<Program | null>(null);
  private readonly modulesState = loadable<ModuleSummary[]>([]);
  private readonly staffProgramsState = loadable<Program[]>([]);

  readonly program = this.programState.value;
  readonly programFailed = this.programState.failed;
  readonly modules = this.modulesState.value;
  readonly loading = computed(() => this.modulesState.loading() || this.programState.loading());
  readonly loaded = computed(() => this.modulesState.loaded() && this.programState.loaded());
  readonly failed = computed(() => this.modulesState.failed() || this.programState.failed());
  readonly error = computed(() => this.modulesState.error() ?? this.programState.error());
  readonly empty = computed(() => this.loaded() && this.modules().length === 0);

  readonly roles = computed(() => this.program()?.myRoles ?? []);
  /**
   * Trainers and coordinators; and administrators, who see a program without being a member
   * (their `myRoles` is empty — only admins can open a program they hold no role in).
   */
  readonly isStaff = computed(
    () => !!this.program() && (this.roles().length === 0 || this.roles().some((r) => r === 'trainer' || r === 'coordinator')),
  );
  readonly isParticipant = computed(() => !this.isStaff() && this.roles().some((r) => r === 'mentor' || r === 'mentee'));
  /** Staff may change the curriculum unless the program is archived (read-only). */
  readonly canEdit = computed(() => this.isStaff() && !this.program()?.archived);

  /** Other programs the caller is staff in: the targets of "copy to another program". */
  readonly staffPrograms = this.staffProgramsState.value;
  readonly staffProgramsLoading = this.staffProgramsState.loading;

  private programId = '';

  /** The program and its modules. */
  async load(programId: string): Promise<void> {
    await Promise.all([this.loadProgram(programId), this.modulesState.load(() => firstValueFrom(this.api.listModules(programId)))]);
  }

  /** The program (the caller's roles) once per program: pages opened directly need it too. */
  async loadProgram(programId: string): Promise<void> {
    this.programId = programId;
    if (this.program()?.id === programId && !this.programState.loading()) return;
    await this.programState.load(() => firstValueFrom(this.api.getProgram(programId)));
  }

  /** The modules again (after a change on the module page), without forgetting the shown ones. */
  reloadModules(): Promise<void> {
    return this.modulesState.load(() => firstValueFrom(this.api.listModules(this.requireId())));
  }

  async createModule(body: CreateModuleRequest): Promise<ModuleSummary> {
    const module = await firstValueFrom(this.api.createModule(this.requireId(), body));
    this.modulesState.update((list) => [...list, module]);
    return module;
  }

  /**
   * Puts the modules in this order: shown at once, then saved; the server's answer is the new
   * list. On failure the old order comes back and the error is thrown.
   */
  async reorder(moduleIds: string[]): Promise<void> {
    const before = this.modules();
    this.modulesState.update((list) => orderedBy(list, moduleIds));
    try {
      const list = await firstValueFrom(this.api.reorderModules(this.requireId(), moduleIds));
      this.modulesState.update(() => list);
    } catch (e) {
      this.modulesState.update(() => before);
      throw e;
    }
  }

  async loadStaffPrograms(): Promise<void> {
    const current = this.requireId();
    await this.staffProgramsState.load(async () =>
      (await firstValueFrom(this.api.listPrograms())).filter(
        (p) => p.id !== current && !p.archived && (p.myRoles.length === 0 || p.myRoles.some((r) => r === 'trainer' || r === 'coordinator')),
      ),
    );
  }

  private requireId(): string {
    if (!this.programId) throw new Error('CurriculumStore: load(programId) first');
    return this.programId;
  }
}
