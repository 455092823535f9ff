import { Injectable, computed, inject, signal } from '@angular/core';
import type { Account, ApiError } from '@ecampus/shared/contracts';
import { readApiError } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from './accounts-api';

/**
 * One account on its administration page: rename, deactivate, reactivate, resend the invitation.
 * Provided by the page's route. Actions reject with the HTTP error so dialogs can show the server's words.
 */
@Injectable()
export class AccountStore {
  private readonly api = inject(AccountsApi);
  private readonly state = signal<{ account: Account | null; loading: boolean; failed: boolean; error: ApiError | null }>({
    account: null,
    loading: false,
    failed: false,
    error: null,
  });

  readonly account = computed(() => this.state().account);
  readonly loading = computed(() => this.state().loading);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);

  async load(userId: string): Promise<void> {
    this.state.set({ account: this.account()?.id === userId ? this.account() : null, loading: true, failed: false, error: null });
    try {
      const account = await firstValueFrom(this.api.getAccount(userId));
      this.state.set({ account, loading: false, failed: false, error: null });
    } catch (e) {
      this.state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }

  rename(displayName: string): Promise<Account> {
    return this.update({ displayName });
  }

  /** Deactivation ends all her sessions at once and refuses her login until she is reactivated. */
  setActive(active: boolean): Promise<Account> {
    return this.update({ active });
  }

  async resendInvitation(): Promise<void> {
    await firstValueFrom(this.api.resendInvitation(this.requireId()));
  }

  private async update(body: { displayName?: string; active?: boolean }): Promise<Account> {
    const account = await firstValueFrom(this.api.updateAccount(this.requireId(), body));
    this.state.update((s) => ({ ...s, account }));
    return account;
  }

  private requireId(): string {
    const id = this.account()?.id;
    if (!id) throw new Error('AccountStore: load(userId) first');
    return id;
  }
}
