import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, MyProgramProfile, UpdateProfileRequest } from '@ecampus/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { readApiError } from '@ecampus/web/shared/data-access';
import { ProgramsApi } from './programs-api';

/** The caller's participant profile in one program (for matching later). Route-level. */
@Injectable()
export class ProfileStore {
  private readonly api = inject(ProgramsApi);
  private readonly state = signal<{ profile: MyProgramProfile | null; loading: boolean; failed: boolean; error: ApiError | null }>({
    profile: null,
    loading: false,
    failed: false,
    error: null,
  });

  readonly profile = computed(() => this.state().profile);
  readonly loading = computed(() => this.state().loading);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);

  async load(programId: string): Promise<void> {
    this.state.set({ profile: null, loading: true, failed: false, error: null });
    try {
      const profile = await firstValueFrom(this.api.getMyProfile(programId));
      this.state.set({ profile, loading: false, failed: false, error: null });
    } catch (e) {
      this.state.set({ profile: null, loading: false, failed: true, error: readApiError(e) });
    }
  }

  async save(programId: string, body: UpdateProfileRequest): Promise<MyProgramProfile> {
    const profile = await firstValueFrom(this.api.updateMyProfile(programId, body));
    this.state.update((s) => ({ ...s, profile }));
    return profile;
  }
}
