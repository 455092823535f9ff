import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, Session } from '@ecampus/shared/contracts';
import { readApiError } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from './auth-store';
import { MyAccountApi } from './my-account-api';

/** The signed-in person's sessions (devices) for "Sitzungen". Provided by the page's route. */
@Injectable()
export class SessionListStore {
  private readonly api = inject(MyAccountApi);
  private readonly auth = inject(AuthStore);
  private readonly state = signal<{ sessions: Session[]; loading: boolean; loaded: boolean; failed: boolean; error: ApiError | null }>({
    sessions: [],
    loading: false,
    loaded: false,
    failed: false,
    error: null,
  });

  /** This device first, then by last use, newest first. */
  readonly sessions = computed(() =>
    [...this.state().sessions].sort((a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt)),
  );
  readonly others = computed(() => this.sessions().filter((s) => !s.current));
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, failed: false, error: null }));
    try {
      const sessions = await firstValueFrom(this.api.listSessions());
      this.state.set({ sessions, loading: false, loaded: true, failed: false, error: null });
    } catch (e) {
      this.state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }

  /** Ends one session (another device); rejects with the HTTP error. */
  async end(sessionId: string): Promise<void> {
    await firstValueFrom(this.api.endSession(sessionId));
    this.state.update((s) => ({ ...s, sessions: s.sessions.filter((session) => session.id !== sessionId) }));
  }

  /** Ends every session but this one. */
  async endOthers(): Promise<void> {
    for (const session of this.others()) await this.end(session.id);
  }

  /** Ends every session, this one included: signed out here too. Rejects with the HTTP error. */
  async logoutEverywhere(): Promise<void> {
    await firstValueFrom(this.api.logoutEverywhere());
    this.auth.clear();
  }
}
