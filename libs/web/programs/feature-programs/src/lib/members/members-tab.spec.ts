import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { aMember, aProgram } from '@ecampus/web/programs/data-access/testing';
import { MembersTab } from './members-tab';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { listOf } from '@ecampus/shared/contracts';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('MembersTab', () => {
  let http: HttpTestingController;

  async function render(roles: ProgramRole[]) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTestI18n(PROGRAMS_I18N), ProgramStore, provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(ProgramStore);
    const loaded = store.load('p1');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    await loaded;
    const fixture = TestBed.createComponent(MembersTab);
    fixture.detectChanges();
    http
      .expectOne('/api/programs/p1/members')
      .flush(
        listOf([
          aMember({ userId: 'a', displayName: 'Gisela Brandt', email: 'gisela@x.example', roles: ['mentee'], tandemId: 't1' }),
          aMember({ userId: 'b', displayName: 'Lena Hoffmann', email: 'lena@x.example', roles: ['mentor'] }),
          aMember({ userId: 'c', displayName: 'Katrin Albers', email: 'katrin@x.example', roles: ['coordinator', 'trainer'] }),
        ]),
      );
    await tick();
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  const names = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('[data-testid="member-row"] td:first-child')).map((td) => td.textContent?.trim());

  it('lists members sorted by name and filters by role and search text', async () => {
    const fixture = await render(['coordinator']);
    const el: HTMLElement = fixture.nativeElement;
    expect(names(el)).toEqual(['Gisela Brandt', 'Katrin Albers', 'Lena Hoffmann']);
    expect(el.textContent).toContain('Programmleitung');
    expect(el.textContent).toContain('im Tandem');
    expect(el.textContent).toContain('ohne Tandem');
    // The accessible name starts with the visible label (WCAG 2.5.3) and names the person.
    const addRole = el.querySelector<HTMLButtonElement>('[data-testid="member-row"] button');
    expect(addRole?.hasAttribute('aria-label')).toBe(false);
    expect(addRole?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Rolle hinzufügen: Gisela Brandt');

    const tab = fixture.componentInstance as unknown as {
      roleFilter: { set(v: ProgramRole | null): void };
      search: { set(v: string): void };
    };
    tab.roleFilter.set('trainer');
    await fixture.whenStable();
    expect(names(el)).toEqual(['Katrin Albers']);

    tab.roleFilter.set(null);
    tab.search.set('LENA@');
    await fixture.whenStable();
    expect(names(el)).toEqual(['Lena Hoffmann']);

    tab.search.set('niemand');
    await fixture.whenStable();
    expect(el.textContent).toContain('Keine Mitglieder mit dieser Rolle.');
  });

  it('lets coordinators add people, trainers only read', async () => {
    let fixture = await render(['coordinator']);
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="members-add"]')).not.toBeNull();
    http.verify();
    TestBed.resetTestingModule();

    fixture = await render(['trainer']);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="members-add"]')).toBeNull();
    expect(el.textContent).toContain('Nur lesen');
    expect(el.textContent).not.toContain('Rolle hinzufügen');
  });
});
