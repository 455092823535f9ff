import { Injectable, computed, inject } from '@angular/core';
import type { Session } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from './auth-store';
import { MyAccountApi } from './my-account-api';

/** The signed-in person's sessions (devices) for "Sitzungen". Provided by the page's route. */
@Injectable()
export class SessionListStore {
  private readonly api = inject(MyAccountApi);
  private readonly auth = inject(AuthStore);
  private readonly list = loadable<Session[]>([]);

  /** This device first, then by last use, newest first. */
  readonly sessions = computed(() =>
    [...this.list.value()].sort((a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt)),
  );
  readonly others = computed(() => this.sessions().filter((s) => !s.current));
  readonly loading = this.list.loading;
  readonly loaded = this.list.loaded;
  readonly failed = this.list.failed;
  readonly error = this.list.error;

  load(): Promise<void> {
    return this.list.load(() => firstValueFrom(this.api.listSessions()));
  }

  /** Ends one session (another device); rejects with the HTTP error. */
  async end(sessionId: string): Promise<void> {
    await firstValueFrom(this.api.endSession(sessionId));
    this.list.update((sessions) => sessions.filter((session) => session.id !== sessionId));
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
