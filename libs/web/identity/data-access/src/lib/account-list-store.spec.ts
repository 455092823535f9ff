import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Account, PagedList } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { anAccount } from '../testing';
import { AccountListStore } from './account-list-store';

const page = (items: Account[], total = items.length, pageNo = 1, pageSize = 20): PagedList<Account> => ({
  items,
  total,
  page: pageNo,
  pageSize,
});

describe('AccountListStore', () => {
  let store: AccountListStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [AccountListStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AccountListStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads the first page without a search term, showing its own errors', async () => {
    const done = store.load();
    const req = backend.expectOne((r) => r.url === '/api/users');
    expect(req.request.params.keys().sort()).toEqual(['page', 'pageSize']);
    expect(req.request.params.get('page')).toBe('1');
    expect(req.request.params.get('pageSize')).toBe('20');
    expect(req.request.context.get(SKIP_GLOBAL_ERROR)).toBe(true);
    req.flush(page([anAccount()], 41));
    await done;
    expect(store.accounts()).toHaveLength(1);
    expect(store.total()).toBe(41);
    expect(store.empty()).toBe(false);
  });

  it('searches from the first page and pages through the results', async () => {
    const search = store.search('  katrin ');
    const req = backend.expectOne((r) => r.url === '/api/users');
    expect(req.request.params.get('q')).toBe('katrin');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(page([anAccount()], 30));
    await search;

    const next = store.goTo(2, 10);
    const second = backend.expectOne((r) => r.url === '/api/users');
    expect(second.request.params.get('q')).toBe('katrin');
    expect(second.request.params.get('page')).toBe('2');
    expect(second.request.params.get('pageSize')).toBe('10');
    second.flush(page([], 30, 2, 10));
    await next;
    expect(store.page()).toBe(2);
  });

  it('ignores an answer that arrives after a newer search', async () => {
    const first = store.search('ka');
    const second = store.search('katrin');
    const [old, latest] = backend.match((r) => r.url === '/api/users');
    latest?.flush(page([anAccount()]));
    old?.flush(page([anAccount({ id: 'x', displayName: 'Kai' }), anAccount({ id: 'y' })]));
    await Promise.all([first, second]);
    expect(store.accounts().map((a) => a.displayName)).toEqual(['Katrin Koordination']);
  });

  it('keeps the server message of a failed load', async () => {
    const done = store.load();
    backend
      .expectOne((r) => r.url === '/api/users')
      .flush({ statusCode: 403, code: 'forbidden', message: 'Nur für die Administration.' }, { status: 403, statusText: 'Forbidden' });
    await done;
    expect(store.failed()).toBe(true);
    expect(store.error()?.message).toBe('Nur für die Administration.');
  });

  it('creates an account and reloads the list', async () => {
    const created = store.create({ email: 'neu@ecampus.example', displayName: 'Nora Neu' });
    const req = backend.expectOne('/api/users');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'neu@ecampus.example', displayName: 'Nora Neu' });
    req.flush({ id: 'n1', email: 'neu@ecampus.example', displayName: 'Nora Neu' }, { status: 201, statusText: 'Created' });
    await expect(created).resolves.toMatchObject({ displayName: 'Nora Neu' });
    backend.expectOne((r) => r.url === '/api/users' && r.method === 'GET').flush(page([]));
  });
});
