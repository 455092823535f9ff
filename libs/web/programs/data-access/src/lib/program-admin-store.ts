import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, CreateProgramRequest, Program } from '@ecampus/shared/contracts';
import { DataChanges, readApiError } from '@ecampus/web/shared/data-access';
import { type Observable, firstValueFrom } from 'rxjs';
import { ProgramsApi } from './programs-api';

/** Which programs the administration's list shows. */
export type ProgramArchiveFilter = 'current' | 'archived' | 'all';

/**
 * Every program for the administration, archived ones included; create, archive, unarchive (each
 * announced, so the navigation's list follows). Provided by the administration's programs route.
 * Actions reject with the HTTP error.
 */
@Injectable()
export class ProgramAdminStore {
  private readonly api = inject(ProgramsApi);
  private readonly changes = inject(DataChanges);
  private readonly state = signal<{ programs: Program[]; loading: boolean; loaded: boolean; failed: boolean; error: ApiError | null }>({
    programs: [],
    loading: false,
    loaded: false,
    failed: false,
    error: null,
  });

  readonly filter = signal<ProgramArchiveFilter>('current');
  /** By start date, newest first. */
  readonly programs = computed(() => {
    const filter = this.filter();
    return this.state()
      .programs.filter((p) => filter === 'all' || p.archived === (filter === 'archived'))
      .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.title.localeCompare(b.title, 'de'));
  });
  readonly total = computed(() => this.state().programs.length);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, failed: false, error: null }));
    try {
      const programs = await firstValueFrom(this.api.listPrograms({ includeArchived: true }));
      this.state.set({ programs, loading: false, loaded: true, failed: false, error: null });
    } catch (e) {
      this.state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }

  async create(body: CreateProgramRequest): Promise<Program> {
    const program = await firstValueFrom(this.api.createProgram(body));
    this.state.update((s) => ({ ...s, programs: [...s.programs, program] }));
    this.changes.announce('programs');
    return program;
  }

  archive(programId: string): Promise<Program> {
    return this.replace(this.api.archiveProgram(programId));
  }

  unarchive(programId: string): Promise<Program> {
    return this.replace(this.api.unarchiveProgram(programId));
  }

  private async replace(request: Observable<Program>): Promise<Program> {
    const program = await firstValueFrom(request);
    this.state.update((s) => ({ ...s, programs: s.programs.map((p) => (p.id === program.id ? program : p)) }));
    this.changes.announce('programs');
    return program;
  }
}
