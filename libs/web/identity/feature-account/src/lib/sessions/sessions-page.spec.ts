import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { listOf } from '@ecampus/shared/contracts';
import { AuthStore, SessionListStore } from '@ecampus/web/identity/data-access';
import { aSession } from '@ecampus/web/identity/data-access/testing';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { SessionsPage } from './sessions-page';

describe('SessionsPage', () => {
  let backend: HttpTestingController;

  const twoDevices = listOf([
    aSession({ id: 'me', device: 'Chrome auf Linux', current: true }),
    aSession({ id: 'phone', device: 'Safari auf iOS' }),
  ]);
  const unavailable = { statusCode: 503, code: 'x', message: 'Gerade nicht erreichbar.' };

  /** Renders the page with the server's answer to its list request (and that answer's status). */
  async function render(answer: object = twoDevices, status = 200) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(IDENTITY_I18N),
        SessionListStore,
        AuthStore,
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SessionsPage);
    fixture.detectChanges();
    backend.expectOne('/api/me/sessions').flush(answer, { status, statusText: status === 200 ? 'OK' : 'Error' });
    await fixture.whenStable();
    const page = pageHelpers(fixture);
    // The dialog closes after its exit animation, on a timer.
    return { ...page, settle: () => page.settle(200) };
  }

  afterEach(() => backend.verify());

  it('lists each device with since and last use, marks this one and offers to end only the others', async () => {
    const { el, $ } = await render();
    const items = Array.from(el.querySelectorAll('[data-testid="session"]'));
    expect(items.map((li) => li.querySelector('.device')?.textContent?.trim())).toEqual([
      'Chrome auf Linux dieses Gerät',
      'Safari auf iOS',
    ]);
    expect(items[0]?.textContent).toContain('Angemeldet seit 1. November 2026');
    expect(items[0]?.querySelector('[data-testid="session-end"]')).toBeNull();
    expect(items[1]?.querySelector('[data-testid="session-end"]')?.textContent).toContain('Beenden: Safari auf iOS');
    expect($('sessions-end-others')).not.toBeNull();
  });

  it('ends another session after confirming', async () => {
    const { el, $, confirm, settle } = await render();
    $('session-end')?.click();
    await confirm('session-end-confirm');
    backend.expectOne('/api/me/sessions/phone').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.querySelectorAll('[data-testid="session"]')).toHaveLength(1);
    expect($('sessions-no-others')?.textContent).toContain('auf keinem anderen Gerät');
  });

  it('logs out everywhere after confirming and goes to the login page', async () => {
    const { $, confirm, settle } = await render();
    $('sessions-everywhere')?.click();
    await confirm('sessions-everywhere-confirm');
    backend.expectOne('/api/auth/logout-all').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).navigateByUrl).toHaveBeenCalledWith('/anmelden');
  });

  it('says so when the sessions cannot be loaded', async () => {
    const { el } = await render(unavailable, 503);
    expect(el.textContent).toContain('Die Sitzungen konnten nicht geladen werden.');
    expect(el.textContent).toContain('Gerade nicht erreichbar.');
  });
});
