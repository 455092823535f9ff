import { Injectable, computed, inject, signal } from '@angular/core';
import { ACCOUNT_LIST_LIMITS, type Account, type CreateUserRequest, type PagedList } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from './accounts-api';

/**
 * The administration's accounts list: one page of the accounts matching the search. Provided by
 * the list's route. A newer search or page wins over an answer that arrives late.
 */
@Injectable()
export class AccountListStore {
  private readonly api = inject(AccountsApi);
  private readonly query = signal({ q: '', page: 1, pageSize: ACCOUNT_LIST_LIMITS.pageSize.default as number });
  private readonly list = loadable<PagedList<Account> | null>(null);

  readonly q = computed(() => this.query().q);
  readonly page = computed(() => this.query().page);
  readonly pageSize = computed(() => this.query().pageSize);
  readonly accounts = computed(() => this.list.value()?.items ?? []);
  readonly total = computed(() => this.list.value()?.total ?? 0);
  readonly loading = this.list.loading;
  readonly loaded = this.list.loaded;
  readonly failed = this.list.failed;
  readonly error = this.list.error;
  readonly empty = computed(() => this.loaded() && this.total() === 0);

  /** A new search starts at the first page. */
  search(q: string): Promise<void> {
    this.query.update((query) => ({ ...query, q: q.trim(), page: 1 }));
    return this.load();
  }

  /** `page` counted from 1. */
  goTo(page: number, pageSize = this.pageSize()): Promise<void> {
    this.query.update((query) => ({ ...query, page, pageSize }));
    return this.load();
  }

  load(): Promise<void> {
    const { q, page, pageSize } = this.query();
    return this.list.load(() => firstValueFrom(this.api.listAccounts({ q: q || undefined, page, pageSize })));
  }

  /** Rejects with the HTTP error, so the form shows the server's messages at its fields. */
  async create(body: CreateUserRequest): Promise<Pick<Account, 'id' | 'email' | 'displayName'>> {
    const created = await firstValueFrom(this.api.createAccount(body));
    void this.load();
    return created;
  }
}
