import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, User } from '@ecampus/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { SetPasswordRequest } from '@ecampus/shared/contracts';
import { AuthApi } from './auth-api';

interface SessionState {
  user: User | null;
  /** In memory only: never in localStorage, where any injected script could read it. */
  accessToken: string | null;
}

const SIGNED_OUT: SessionState = { user: null, accessToken: null };

/**
 * The signed-in person and the access token. One per application (provided by
 * provideIdentity()), because the HTTP interceptor and the guards of every route share it; the
 * long-lived part of the session is the httpOnly refresh cookie, which JavaScript never sees.
 */
@Injectable()
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<SessionState>(SIGNED_OUT);
  private refreshInFlight: Promise<boolean> | null = null;
  private readonly signingOut = signal(false);

  readonly user = computed(() => this.state().user);
  readonly accessToken = computed(() => this.state().accessToken);
  readonly isAuthenticated = computed(() => this.state().accessToken !== null && this.state().user !== null);
  /**
   * While her own logout runs: the server ends the session before it answers, and the live socket's
   * `session:expired` must not turn her logout into "Ihre Sitzung ist abgelaufen".
   */
  readonly isSigningOut = this.signingOut.asReadonly();

  /** Rejects with the HttpErrorResponse so the form can show the server's message. */
  async login(credentials: LoginRequest): Promise<User> {
    return this.start(await firstValueFrom(this.api.login(credentials)));
  }

  async setPassword(request: SetPasswordRequest): Promise<User> {
    return this.start(await firstValueFrom(this.api.setPassword(request)));
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers (several requests
   * failing with 401 at once) share one request: the server rotates the cookie on every refresh
   * and treats a reused one as theft.
   */
  refresh(): Promise<boolean> {
    this.refreshInFlight ??= this.doRefresh().finally(() => (this.refreshInFlight = null));
    return this.refreshInFlight;
  }

  /** At app start: a still valid refresh cookie signs the person in again without a form. */
  async restoreSession(): Promise<void> {
    await this.refresh();
  }

  async logout(): Promise<void> {
    this.signingOut.set(true);
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // The server may already have ended the session; locally we sign out regardless.
    } finally {
      this.clear();
      this.signingOut.set(false);
    }
  }

  clear(): void {
    this.state.set(SIGNED_OUT);
  }

  /** Another screen changed an account (an administrator renaming herself): her own name follows at once. */
  accountChanged(account: { id: string; displayName: string }): void {
    const user = this.state().user;
    if (user?.id !== account.id || user.displayName === account.displayName) return;
    this.state.update((s) => ({ ...s, user: { ...user, displayName: account.displayName } }));
  }

  private start(response: LoginResponse): User {
    this.state.set({ user: response.user, accessToken: response.accessToken });
    return response.user;
  }

  private async doRefresh(): Promise<boolean> {
    try {
      const response = await firstValueFrom(this.api.refresh());
      const user = response.user ?? (await firstValueFrom(this.api.me(response.accessToken)));
      this.state.set({ user, accessToken: response.accessToken });
      return true;
    } catch {
      this.clear();
      return false;
    }
  }
}
