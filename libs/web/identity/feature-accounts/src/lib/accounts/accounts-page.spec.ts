import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Account, PagedList } from '@ecampus/shared/contracts';
import { AccountListStore } from '@ecampus/web/identity/data-access';
import { anAccount } from '@ecampus/web/identity/data-access/testing';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { AccountsPage, SEARCH_DEBOUNCE_MS } from './accounts-page';

const page = (items: Account[], total = items.length, pageNo = 1): PagedList<Account> => ({ items, total, page: pageNo, pageSize: 20 });
const katrin = anAccount();
const nora = anAccount({
  id: 'b7c3d1e2-0000-4000-8000-000000000002',
  email: 'neu@ecampus.example',
  displayName: 'Nora Neu',
  status: 'invited',
  isAdmin: true,
});

describe('AccountsPage', () => {
  let backend: HttpTestingController;

  async function render(first: PagedList<Account>) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTestI18n(IDENTITY_I18N), AccountListStore, provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AccountsPage);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/users').flush(first);
    await fixture.whenStable();
    const list = (): TestRequest => backend.expectOne((r) => r.url === '/api/users');
    return { fixture, ...pageHelpers(fixture), list };
  }

  afterEach(() => backend.verify());

  it('lists the accounts with status, rights and a link to each', async () => {
    const { el, $ } = await render(page([katrin, nora]));
    const rows = Array.from(el.querySelectorAll('[data-testid="account-row"]'));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.textContent).toContain('Nora Neu');
    expect(rows[1]?.textContent).toContain('Administration');
    expect(rows[1]?.textContent).toContain('eingeladen');
    expect(rows[0]?.textContent).toContain('noch nie');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe(`/${katrin.id}`);
    expect($('accounts-count')?.textContent).toContain('2 Konten');
    expect($('accounts-page')).toBeNull();
  });

  it('searches once the typing pauses, not at every key', async () => {
    const { $, settle, list } = await render(page([katrin, nora]));
    const search = $('accounts-search') as HTMLInputElement;
    for (const value of ['n', 'no', 'nora']) {
      search.value = value;
      search.dispatchEvent(new Event('input'));
      await settle(50);
    }
    backend.expectNone((r) => r.url === '/api/users');
    await settle(SEARCH_DEBOUNCE_MS);
    const req = list();
    expect(req.request.params.get('q')).toBe('nora');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(page([]));
    await settle();
    expect($('accounts-empty')?.textContent).toContain('Kein Konto passt zu „nora“.');
  });

  it('pages through a long list', async () => {
    const { $, settle, list } = await render(page([katrin], 45));
    expect($('accounts-page')?.textContent).toContain('Seite 1 von 3');
    expect(($('accounts-previous') as HTMLButtonElement).disabled).toBe(true);
    $('accounts-next')?.click();
    const req = list();
    expect(req.request.params.get('page')).toBe('2');
    req.flush(page([nora], 45, 2));
    await settle();
    expect($('accounts-page')?.textContent).toContain('Seite 2 von 3');
    expect(($('accounts-previous') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says why the list is missing and offers to try again', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTestI18n(IDENTITY_I18N), AccountListStore, provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AccountsPage);
    fixture.detectChanges();
    backend
      .expectOne((r) => r.url === '/api/users')
      .flush({ statusCode: 503, code: 'x', message: 'Gerade nicht erreichbar.' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Die Konten konnten nicht geladen werden.');
    expect(el.textContent).toContain('Gerade nicht erreichbar.');
  });

  it('opens the queues (Bull Board) after handing it this session, and says so when that fails', async () => {
    const { fixture, $, settle } = await render(page([katrin]));
    const go = jest.spyOn(fixture.componentInstance as unknown as { go(url: string): void }, 'go').mockImplementation(() => undefined);
    const button = $('accounts-queues') as HTMLButtonElement;
    expect(button.textContent).toContain('Warteschlangen');
    button.click();
    await settle();
    expect(button.disabled).toBe(true);
    const session = backend.expectOne((r) => r.url === '/api/admin/queues/session');
    expect(session.request.method).toBe('POST');
    session.flush({ url: '/api/admin/queues/board/', expiresAt: null });
    await settle();
    expect(go).toHaveBeenCalledWith('/api/admin/queues/board/');
    expect(button.disabled).toBe(false);

    button.click();
    await settle();
    backend
      .expectOne((r) => r.url === '/api/admin/queues/session')
      .flush({ statusCode: 403, code: 'forbidden', message: 'Nein.' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(go).toHaveBeenCalledTimes(1);
    expect(document.body.textContent).toContain('Die Warteschlangen konnten nicht geöffnet werden.');
  });
});
