import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, PersonProgram } from '@ecampus/shared/contracts';
import { readApiError } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { ProgramsApi } from './programs-api';

/** A person's programs and roles on her account page in the administration. Provided by the section. */
@Injectable()
export class PersonProgramsStore {
  private readonly api = inject(ProgramsApi);
  private readonly state = signal<{
    programs: PersonProgram[];
    loading: boolean;
    loaded: boolean;
    failed: boolean;
    error: ApiError | null;
  }>({
    programs: [],
    loading: false,
    loaded: false,
    failed: false,
    error: null,
  });

  /** Current programs first, then by title. */
  readonly programs = computed(() =>
    [...this.state().programs].sort((a, b) => Number(a.archived) - Number(b.archived) || a.title.localeCompare(b.title, 'de')),
  );
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);

  async load(userId: string): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, failed: false, error: null }));
    try {
      const programs = await firstValueFrom(this.api.listPersonPrograms(userId));
      this.state.set({ programs, loading: false, loaded: true, failed: false, error: null });
    } catch (e) {
      this.state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }
}
