import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, Program } from '@ecampus/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { readApiError } from '@ecampus/web/shared/data-access';
import { ProgramsApi } from './programs-api';

/** The caller's programs for the list page. Provided by the route, so it lives as long as the page. */
@Injectable()
export class ProgramListStore {
  private readonly api = inject(ProgramsApi);

  private readonly state = signal<{ programs: Program[]; loading: boolean; loaded: boolean; error: ApiError | null; failed: boolean }>({
    programs: [],
    loading: false,
    loaded: false,
    error: null,
    failed: false,
  });

  readonly programs = computed(() => this.state().programs);
  readonly loading = computed(() => this.state().loading);
  /** True after a load attempt that failed; `error` holds the server's answer when there was one. */
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);
  readonly empty = computed(() => this.state().loaded && this.state().programs.length === 0);

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, failed: false, error: null }));
    try {
      const programs = await firstValueFrom(this.api.listPrograms());
      // Running programs first, then open, draft, finished; within a status by start date.
      const order = { running: 0, open: 1, draft: 2, finished: 3 } as const;
      programs.sort((a, b) => order[a.status] - order[b.status] || a.startsOn.localeCompare(b.startsOn));
      this.state.set({ programs, loading: false, loaded: true, error: null, failed: false });
    } catch (e) {
      this.state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }
}
