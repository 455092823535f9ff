import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthStore } from '@ecampus/web/identity/data-access';
import { ProgramNavStore } from '@ecampus/web/shell/data-access';
import { provideNavEntry, provideProgramTab, provideToolbarItem } from '@ecampus/web/shared/ui-plugins';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { ShellLayout } from './shell-layout';
import { listOf } from '@ecampus/shared/contracts';
import { of } from 'rxjs';

@Component({
  selector: 'ec-test-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<button type="button" data-testid="test-bell">Glocke</button>',
})
class TestBell {}

const user = {
  id: '3f1f8a52-7c1e-4a57-9a0e-2c5d9b0c1a11',
  email: 'koordination@ecampus.example',
  displayName: 'Katrin Koordination',
  isAdmin: false,
};

describe('ShellLayout', () => {
  let backend: HttpTestingController;

  async function render(...extra: EnvironmentProviders[]) {
    return renderAs(user, ...extra);
  }

  async function renderAs(who: typeof user, ...extra: EnvironmentProviders[]) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(),
        AuthStore,
        ProgramNavStore,
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        ...extra,
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(AuthStore);
    const login = store.login({ email: user.email, password: 'x' });
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user: who });
    await login;
    const fixture = TestBed.createComponent(ShellLayout);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const $ = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, el, $ };
  }

  afterEach(() => backend.verify());

  it('has landmarks, a skip link and the user name', async () => {
    const { el, $ } = await render();
    backend.expectOne('/api/programs').flush(listOf([]));
    expect(el.querySelector('header')).not.toBeNull();
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Hauptnavigation');
    expect(el.querySelector('main#main')).not.toBeNull();
    expect($('skip-link')?.textContent).toContain('Zum Inhalt springen');
    expect($('user-display-name')?.textContent).toContain('Katrin Koordination');
  });

  it('says so in the navigation when the programs cannot be loaded', async () => {
    const { $, fixture } = await render();
    backend
      .expectOne('/api/programs')
      .flush({ statusCode: 404, code: 'not_found', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect($('nav-programs-empty')?.textContent).toContain('Die Programme konnten gerade nicht geladen werden.');
  });

  it("lists the person's programs as links and follows the language", async () => {
    const { el, $, fixture } = await render();
    backend.expectOne('/api/programs').flush(listOf([{ id: 'p1', title: 'Politikerinnen ins Netz 2027' }]));
    await fixture.whenStable();
    const link = $('nav-program') as HTMLAnchorElement;
    expect(link.textContent).toContain('Politikerinnen ins Netz 2027');
    expect(link.getAttribute('href')).toBe('/programme/p1');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect($('nav-home')?.textContent).toContain('Start page');
  });

  it('lists the entries domains register after the start page, in their order and the language', async () => {
    const page = () => Promise.resolve([]);
    const { el, $, fixture } = await render(
      provideNavEntry({
        path: 'bibliothek',
        label: { de: 'Bibliothek', en: 'Library' },
        icon: 'program',
        order: 20,
        testId: 'nav-library',
        loadChildren: page,
      }),
      provideNavEntry({
        path: 'termine',
        label: { de: 'Termine', en: 'Events' },
        icon: 'program',
        order: 10,
        testId: 'nav-events',
        loadChildren: page,
      }),
    );
    backend.expectOne('/api/programs').flush(listOf([]));
    await fixture.whenStable();
    const links = Array.from(el.querySelectorAll('[data-testid="main-nav"] a[mat-list-item]')).map((a) => a.getAttribute('data-testid'));
    expect(links).toEqual(['nav-home', 'nav-events', 'nav-library']);
    expect($('nav-library')?.getAttribute('href')).toBe('/bibliothek');
    expect($('nav-library')?.textContent).toContain('Bibliothek');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect($('nav-library')?.textContent).toContain('Library');
  });

  it('puts the controls domains register into the top bar, before the user menu', async () => {
    const { el, $, fixture } = await render(provideToolbarItem({ id: 'bell', order: 10, load: () => Promise.resolve(TestBell) }));
    backend.expectOne('/api/programs').flush(listOf([]));
    await fixture.whenStable();
    const bell = $('test-bell');
    expect(bell?.closest('mat-toolbar')).not.toBeNull();
    const buttons = Array.from(el.querySelectorAll('mat-toolbar button')).map((b) => b.getAttribute('data-testid'));
    expect(buttons.indexOf('test-bell')).toBeLessThan(buttons.indexOf('user-menu-button'));
  });

  it('logs out through the API and goes to the login page', async () => {
    const { fixture } = await render();
    backend.expectOne('/api/programs').flush(listOf([]));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    const done = (fixture.componentInstance as unknown as { logout(): Promise<void> }).logout();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
    expect(navigate).toHaveBeenCalledWith('/anmelden');
  });

  const adminEntry = provideNavEntry({
    path: 'verwaltung',
    label: { de: 'Verwaltung', en: 'Administration' },
    icon: 'settings',
    order: 90,
    testId: 'nav-admin',
    visibleTo: ['admin'],
    loadChildren: () => Promise.resolve([]),
  });

  it('shows the administration only to administrators, and marks programs she holds no role in', async () => {
    const { $, fixture } = await renderAs({ ...user, isAdmin: true }, adminEntry);
    backend.expectOne('/api/programs').flush(
      listOf([
        { id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: [] },
        { id: 'p2', title: 'Mentoring Nord', myRoles: ['coordinator'] },
      ]),
    );
    await fixture.whenStable();
    expect($('nav-admin')?.getAttribute('href')).toBe('/verwaltung');
    expect(fixture.nativeElement.querySelector('#nav-programs-heading')?.textContent).toContain('Alle Programme');
    const programs = Array.from(fixture.nativeElement.querySelectorAll('[data-testid="nav-program"]')) as HTMLElement[];
    expect(programs[0]?.querySelector('[data-testid="nav-program-not-member"]')?.textContent).toContain('kein Mitglied');
    expect(programs[1]?.querySelector('[data-testid="nav-program-not-member"]')).toBeNull();
  });

  it('hides the administration from everyone else', async () => {
    const { $, fixture } = await render(adminEntry);
    backend.expectOne('/api/programs').flush(listOf([{ id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: [] }]));
    await fixture.whenStable();
    expect($('nav-admin')).toBeNull();
    expect($('nav-program-not-member')).toBeNull();
  });

  it('leads from the user menu to the password and the sessions', async () => {
    const { $, fixture } = await render();
    backend.expectOne('/api/programs').flush(listOf([]));
    $('user-menu-button')?.click();
    await fixture.whenStable();
    const item = (id: string) => document.querySelector<HTMLAnchorElement>(`[data-testid="${id}"]`);
    expect(item('menu-password')?.getAttribute('href')).toBe('/konto/passwort');
    expect(item('menu-password')?.textContent).toContain('Passwort ändern');
    expect(item('menu-sessions')?.getAttribute('href')).toBe('/konto/sitzungen');
    expect(item('menu-sessions')?.textContent).toContain('Sitzungen');
  });

  it('shows the counts program tabs register beside each program where she may see the tab, in the language, while the layout lives', async () => {
    const waiting = signal<Record<string, number>>({ p1: 3, p2: 2, p3: 0 });
    let shown = 0;
    const { el, fixture } = await render(
      provideProgramTab({
        path: 'pruefen',
        label: { de: 'Prüfen', en: 'Review' },
        order: 110,
        testId: 'tab-review',
        visibleTo: ['coordinator', 'trainer', 'admin'],
        badge: () => {
          shown++;
          inject(DestroyRef).onDestroy(() => shown--);
          return {
            count: (programId) => waiting()[programId] ?? 0,
            label: (count) => ({ de: `${count} Abgaben warten auf Prüfung`, en: `${count} submissions waiting for review` }),
            testId: 'review-count-badge',
          };
        },
      }),
    );
    expect(shown).toBe(1);
    backend.expectOne('/api/programs').flush(
      listOf([
        { id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: ['trainer'] },
        { id: 'p2', title: 'Mentoring Nord', myRoles: ['mentee'] },
        { id: 'p3', title: 'Mentoring Süd', myRoles: ['coordinator'] },
      ]),
    );
    await fixture.whenStable();
    const programs = Array.from(el.querySelectorAll<HTMLElement>('[data-testid="nav-program"]'));
    const badge = (program?: HTMLElement) => program?.querySelector('[data-testid="review-count-badge"]');
    expect(badge(programs[0])?.textContent?.trim()).toBe('3');
    expect(programs[0]?.textContent).toContain('3 Abgaben warten auf Prüfung');
    // Not hers to review (a mentee there), and nothing waiting.
    expect(badge(programs[1])).toBeNull();
    expect(badge(programs[2])).toBeNull();

    waiting.set({ p1: 1, p3: 4 });
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(badge(programs[0])?.textContent?.trim()).toBe('1');
    expect(programs[0]?.textContent).toContain('1 submissions waiting for review');
    expect(badge(programs[2])?.textContent?.trim()).toBe('4');

    fixture.destroy();
    expect(shown).toBe(0);
  });

  it('on a phone, the closed menu button carries the sum of the counts and says it', async () => {
    const phone = makeEnvironmentProviders([
      { provide: BreakpointObserver, useValue: { observe: () => of({ matches: true, breakpoints: {} }) } },
    ]);
    const { $, fixture } = await render(
      phone,
      provideProgramTab({
        path: 'pruefen',
        label: { de: 'Prüfen', en: 'Review' },
        order: 110,
        testId: 'tab-review',
        badge: () => ({
          count: (programId) => ({ p1: 2, p2: 3 })[programId] ?? 0,
          label: (count) => ({ de: `${count} Abgaben warten auf Prüfung`, en: `${count} submissions waiting for review` }),
          testId: 'review-count-badge',
        }),
      }),
    );
    backend.expectOne('/api/programs').flush(
      listOf([
        { id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: ['trainer'] },
        { id: 'p2', title: 'Mentoring Süd', myRoles: ['coordinator'] },
      ]),
    );
    await fixture.whenStable();
    expect($('nav-toggle-count')?.textContent?.trim()).toBe('5');
    expect($('nav-toggle')?.querySelector('.cdk-visually-hidden')?.textContent?.trim()).toBe('Navigation öffnen (5 neue Hinweise)');
  });
});
