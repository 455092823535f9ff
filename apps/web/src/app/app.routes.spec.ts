import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { listOf } from '@ecampus/shared/contracts';
import { LIVE_SOCKET_FACTORY } from '@ecampus/web/identity/data-access';
import { appConfig } from './app.config';

// The first navigation imports the lazy administration routes, which Jest transforms on first use:
// on a clean clone (empty transform cache, CI) that alone can take longer than Jest's 5 s default.
const LAZY_LOAD_TIMEOUT_MS = 30_000;

describe('appRoutes with the app’s registrations', () => {
  /** Opens a URL as a page load does: the session is restored from the refresh cookie first. */
  async function load(url: string, isAdmin: boolean) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...appConfig.providers,
        provideHttpClientTesting(),
        // No live connection in a unit test.
        { provide: LIVE_SOCKET_FACTORY, useValue: () => new Promise(() => undefined) },
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    backend
      .expectOne('/api/auth/refresh')
      .flush({ accessToken: 't', expiresIn: 900, user: { id: 'u1', email: 'a@ecampus.example', displayName: 'Ada', isAdmin } });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    backend.match('/api/programs').forEach((request) => request.flush(listOf([])));
    await harness.fixture.whenStable();
    return harness.fixture.nativeElement as HTMLElement;
  }

  it('opens the administration for administrators, at its first section', async () => {
    const page = await load('/verwaltung', true);
    expect(page.querySelector('h1')?.textContent).toContain('Verwaltung');
    expect(page.querySelector('[data-testid="admin-programs"]')).not.toBeNull();
  }, LAZY_LOAD_TIMEOUT_MS);

  it('answers with the 404 page for everyone else, also on a deep link', async () => {
    for (const url of ['/verwaltung', '/verwaltung/konten']) {
      TestBed.resetTestingModule();
      const page = await load(url, false);
      expect(page.querySelector('[data-testid="not-found"]')).not.toBeNull();
      expect(page.querySelector('[mat-tab-link]')).toBeNull();
    }
  }, LAZY_LOAD_TIMEOUT_MS);

  it('opens the public check of a certificate without a session, at the address the QR code carries', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting(), { provide: LIVE_SOCKET_FACTORY, useValue: () => new Promise(() => undefined) }],
    });
    const backend = TestBed.inject(HttpTestingController);
    // Nobody signed in: the refresh cookie is refused.
    backend
      .expectOne('/api/auth/refresh')
      .flush({ statusCode: 401, code: 'unauthenticated', message: 'Nicht angemeldet.' }, { status: 401, statusText: 'Unauthorized' });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/verify/abcd-efgh-jklm-npqr-s');
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/verify/ABCD-EFGH-JKLM-NPQR-S').flush({ valid: false, reason: 'unknown', code: 'ABCD-EFGH-JKLM-NPQR-S' });
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    const page = harness.fixture.nativeElement as HTMLElement;
    // No detour to the login page, no shell.
    expect(TestBed.inject(Router).url).toBe('/verify/abcd-efgh-jklm-npqr-s');
    expect(page.querySelector('[data-testid="verify-result"]')?.getAttribute('data-status')).toBe('unknown');
    expect(page.querySelector('[data-testid="main-nav"]')).toBeNull();
  }, LAZY_LOAD_TIMEOUT_MS);
});
