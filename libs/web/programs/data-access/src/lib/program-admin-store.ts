import { Injectable, computed, inject, signal } from '@angular/core';
import type { CreateProgramRequest, Program } from '@ecampus/shared/contracts';
import { DataChanges, loadable } from '@ecampus/web/shared/data-access';
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
  private readonly list = loadable<Program[]>([]);

  readonly filter = signal<ProgramArchiveFilter>('current');
  /** By start date, newest first. */
  readonly programs = computed(() => {
    const filter = this.filter();
    return this.list
      .value()
      .filter((p) => filter === 'all' || p.archived === (filter === 'archived'))
      .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.title.localeCompare(b.title, 'de'));
  });
  readonly total = computed(() => this.list.value().length);
  readonly loading = this.list.loading;
  readonly loaded = this.list.loaded;
  readonly failed = this.list.failed;
  readonly error = this.list.error;

  load(): Promise<void> {
    return this.list.load(() => firstValueFrom(this.api.listPrograms({ includeArchived: true })));
  }

  async create(body: CreateProgramRequest): Promise<Program> {
    const program = await firstValueFrom(this.api.createProgram(body));
    this.list.update((programs) => [...programs, program]);
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
    this.list.update((programs) => programs.map((p) => (p.id === program.id ? program : p)));
    this.changes.announce('programs');
    return program;
  }
}
