import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { listOf } from '@ecampus/shared/contracts';
import { AuthStore } from '@ecampus/web/identity/data-access';
import { ProgramNavStore } from '@ecampus/web/shell/data-access';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { HomePage } from './home-page';

describe('HomePage', () => {
  let backend: HttpTestingController;

  async function render(programs: unknown[], admin = false) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTestI18n(), AuthStore, ProgramNavStore, provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    if (admin) await signInAdmin();
    TestBed.inject(ProgramNavStore).load();
    backend.expectOne('/api/programs').flush(listOf(programs));
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    return el;
  }

  async function signInAdmin() {
    const login = TestBed.inject(AuthStore).login({ email: 'admin@ecampus.example', password: 'x' });
    backend.expectOne('/api/auth/login').flush({
      accessToken: 't',
      expiresIn: 900,
      user: { id: 'a1', email: 'admin@ecampus.example', displayName: 'Ada Admin', isAdmin: true },
    });
    await login;
  }

  afterEach(() => backend.verify());

  it('takes a mentee from the start page straight to her tandem', async () => {
    const el = await render([{ id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: ['mentee'] }]);
    const program = el.querySelector('[data-testid="home-program"]');
    expect(program?.getAttribute('href')).toBe('/programme/p1');
    const myTandem = el.querySelector('[data-testid="home-my-tandem"]');
    expect(myTandem?.textContent).toContain('Mein Tandem');
    expect(myTandem?.getAttribute('href')).toBe('/programme/p1/mein-tandem');
    expect(myTandem?.getAttribute('aria-label')).toBe('Mein Tandem in Politikerinnen ins Netz 2027');
    expect(el.querySelector('[data-testid="home-program-roles"]')?.textContent).toContain('Mentee');
  });

  it('offers no tandem link to staff and names their roles', async () => {
    const el = await render([{ id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: ['trainer', 'coordinator'] }]);
    expect(el.querySelector('[data-testid="home-my-tandem"]')).toBeNull();
    expect(el.querySelector('[data-testid="home-program-roles"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Programmleitung, Trainerin / Referent',
    );
  });

  it('names the roles in the language of the page', async () => {
    const el = await render([{ id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: ['mentor', 'coordinator'] }]);
    TestBed.inject(I18nService).setLanguage('en');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(el.querySelector('[data-testid="home-program-roles"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Coordinator, Mentor');
  });

  it('marks the programs an administrator sees without holding a role in them', async () => {
    const el = await render(
      [
        { id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: [] },
        { id: 'p2', title: 'Mentoring Nord', myRoles: ['coordinator'] },
      ],
      true,
    );
    const cards = Array.from(el.querySelectorAll('mat-card'));
    expect(cards[0]?.querySelector('[data-testid="home-program-not-member"]')?.textContent).toContain('Administration (kein Mitglied)');
    expect(cards[1]?.querySelector('[data-testid="home-program-not-member"]')).toBeNull();
  });
});
