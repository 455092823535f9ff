import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore, adminGuard } from '@ecampus/web/identity/data-access';
import { navEntryRoutes, provideAdminSection, provideNavEntry } from '@ecampus/web/shared/ui-plugins';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { adminRoutes, notFoundRoutes } from '../shell.routes';

@Component({ selector: 'ec-programs-section', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Alle Programme' })
class ProgramsSection {}

describe('AdminPage', () => {
  async function open(url: string, isAdmin: boolean) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(),
        AuthStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        // As app.config.ts registers the administration, and two domains their sections.
        provideNavEntry({
          path: 'verwaltung',
          label: { de: 'Verwaltung', en: 'Administration' },
          icon: 'settings',
          order: 90,
          testId: 'nav-admin',
          visibleTo: ['admin'],
          canMatch: [adminGuard],
          loadChildren: () => adminRoutes,
        }),
        provideAdminSection({
          path: 'konten',
          label: { de: 'Konten', en: 'Accounts' },
          order: 20,
          testId: 'admin-accounts',
          loadChildren: () => [],
        }),
        provideAdminSection({
          path: 'programme',
          label: { de: 'Programme', en: 'Programs' },
          order: 10,
          testId: 'admin-programs',
          loadChildren: () => [{ path: '', component: ProgramsSection }],
        }),
        // As app.routes.ts mounts the entries' pages, then the 404 page.
        provideRouter([
          { path: '', loadChildren: navEntryRoutes },
          { path: '**', loadChildren: () => notFoundRoutes },
        ]),
      ],
    });
    const login = TestBed.inject(AuthStore).login({ email: 'a@ecampus.example', password: 'x' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresIn: 900, user: { id: 'u1', email: 'a@ecampus.example', displayName: 'Ada', isAdmin } });
    await login;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
    return { harness, page: harness.fixture.nativeElement as HTMLElement };
  }

  it('shows administrators the registered sections as tabs, starting with the first', async () => {
    const { page } = await open('/verwaltung', true);
    expect(page.querySelector('h1')?.textContent).toContain('Verwaltung');
    const tabs = Array.from(page.querySelectorAll('[mat-tab-link]'));
    expect(tabs.map((a) => a.getAttribute('data-testid'))).toEqual(['admin-programs', 'admin-accounts']);
    expect(tabs[1]?.getAttribute('href')).toBe('/verwaltung/konten');
    expect(TestBed.inject(Title).getTitle()).toBe('Programme – eCampus');
    expect(page.textContent).toContain('Alle Programme');
  });

  it('is a page that does not exist for everyone else', async () => {
    const { page } = await open('/verwaltung/konten', false);
    expect(page.querySelector('[data-testid="not-found"]')).not.toBeNull();
    expect(page.querySelector('[mat-tab-link]')).toBeNull();
  });
});
