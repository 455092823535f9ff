import { Injectable, computed, inject, signal } from '@angular/core';
import { ACCOUNT_LIST_LIMITS, type Account, type ApiError, type CreateUserRequest } from '@ecampus/shared/contracts';
import { readApiError } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from './accounts-api';

interface ListState {
  q: string;
  page: number;
  pageSize: number;
  accounts: Account[];
  total: number;
  loading: boolean;
  loaded: boolean;
  failed: boolean;
  error: ApiError | null;
}

/**
 * The administration's accounts list: one page of the accounts matching the search. Provided by
 * the list's route. A newer search or page wins over an answer that arrives late.
 */
@Injectable()
export class AccountListStore {
  private readonly api = inject(AccountsApi);
  private readonly state = signal<ListState>({
    q: '',
    page: 1,
    pageSize: ACCOUNT_LIST_LIMITS.pageSize.default,
    accounts: [],
    total: 0,
    loading: false,
    loaded: false,
    failed: false,
    error: null,
  });
  private requests = 0;

  readonly q = computed(() => this.state().q);
  readonly page = computed(() => this.state().page);
  readonly pageSize = computed(() => this.state().pageSize);
  readonly accounts = computed(() => this.state().accounts);
  readonly total = computed(() => this.state().total);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);
  readonly empty = computed(() => this.state().loaded && this.state().total === 0);

  /** A new search starts at the first page. */
  search(q: string): Promise<void> {
    this.state.update((s) => ({ ...s, q: q.trim(), page: 1 }));
    return this.load();
  }

  /** `page` counted from 1. */
  goTo(page: number, pageSize = this.pageSize()): Promise<void> {
    this.state.update((s) => ({ ...s, page, pageSize }));
    return this.load();
  }

  async load(): Promise<void> {
    const request = ++this.requests;
    const { q, page, pageSize } = this.state();
    this.state.update((s) => ({ ...s, loading: true, failed: false, error: null }));
    try {
      const answer = await firstValueFrom(this.api.listAccounts({ q: q || undefined, page, pageSize }));
      if (request !== this.requests) return;
      this.state.update((s) => ({ ...s, accounts: answer.items, total: answer.total, loading: false, loaded: true }));
    } catch (e) {
      if (request !== this.requests) return;
      this.state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }

  /** Rejects with the HTTP error, so the form shows the server's messages at its fields. */
  async create(body: CreateUserRequest): Promise<Pick<Account, 'id' | 'email' | 'displayName'>> {
    const created = await firstValueFrom(this.api.createAccount(body));
    void this.load();
    return created;
  }
}
