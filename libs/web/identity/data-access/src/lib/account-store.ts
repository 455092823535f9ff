import { Injectable, inject } from '@angular/core';
import type { Account, UpdateAccountRequest } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from './accounts-api';
import { AuthStore } from './auth-store';

/**
 * One account on its administration page: rename, deactivate, reactivate, resend the invitation.
 * Provided by the page's route. Actions reject with the HTTP error so dialogs can show the server's words.
 */
@Injectable()
export class AccountStore {
  private readonly api = inject(AccountsApi);
  private readonly auth = inject(AuthStore);
  private readonly item = loadable<Account | null>(null);

  readonly account = this.item.value;
  readonly loading = this.item.loading;
  readonly failed = this.item.failed;
  readonly error = this.item.error;

  load(userId: string): Promise<void> {
    // Another person's page starts empty rather than showing the previous one.
    if (this.account()?.id !== userId) this.item.update(() => null);
    return this.item.load(() => firstValueFrom(this.api.getAccount(userId)));
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

  private async update(body: UpdateAccountRequest): Promise<Account> {
    const account = await firstValueFrom(this.api.updateAccount(this.requireId(), body));
    this.item.update(() => account);
    this.auth.accountChanged(account);
    return account;
  }

  private requireId(): string {
    const id = this.account()?.id;
    if (!id) throw new Error('AccountStore: load(userId) first');
    return id;
  }
}
