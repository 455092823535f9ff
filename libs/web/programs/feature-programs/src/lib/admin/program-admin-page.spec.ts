import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { listOf, type Program } from '@ecampus/shared/contracts';
import { ProgramAdminStore } from '@ecampus/web/programs/data-access';
import { aProgram } from '@ecampus/web/programs/data-access/testing';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { ProgramAdminPage } from './program-admin-page';

const mine = aProgram({ id: 'p1', title: 'Politikerinnen ins Netz 2027', myRoles: ['coordinator'] });
const other = aProgram({ id: 'p2', title: 'Mentoring Nord', startsOn: '2027-05-01', myRoles: [] });
const old = aProgram({ id: 'p3', title: 'Mentoring 2025', startsOn: '2025-03-01', archived: true, archivedAt: '2026-01-01T00:00:00.000Z' });

describe('ProgramAdminPage', () => {
  let backend: HttpTestingController;

  async function render(programs: Program[]) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTestI18n(PROGRAMS_I18N), ProgramAdminStore, provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProgramAdminPage);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/programs' && r.params.get('include') === 'archived').flush(listOf(programs));
    await fixture.whenStable();
    const page = pageHelpers(fixture);
    const rows = () => Array.from(page.el.querySelectorAll<HTMLElement>('[data-testid="programs-admin-row"]'));
    return { fixture, ...page, rows, settle: () => page.settle(200) };
  }

  afterEach(() => backend.verify());

  it('lists the current programs with the roles of the administrator, or that she is no member', async () => {
    const { rows } = await render([mine, other, old]);
    expect(rows().map((r) => r.querySelector('[data-testid="programs-admin-link"]')?.textContent?.trim())).toEqual([
      'Mentoring Nord',
      'Politikerinnen ins Netz 2027',
    ]);
    expect(rows()[0]?.textContent).toContain('kein Mitglied');
    expect(rows()[1]?.textContent).toContain('Programmleitung');
    expect(rows()[1]?.querySelector('[data-testid="programs-admin-edit"]')?.getAttribute('href')).toBe('/programme/p1/einstellungen');
  });

  it('shows archived programs on request, marked, with a way back', async () => {
    const { rows, fixture } = await render([mine, old]);
    TestBed.inject(ProgramAdminStore).filter.set('archived');
    await fixture.whenStable();
    expect(rows()).toHaveLength(1);
    expect(rows()[0]?.querySelector('[data-testid="programs-admin-archived"]')?.textContent).toContain('archiviert');
    expect(rows()[0]?.querySelector('[data-testid="programs-admin-unarchive"]')).not.toBeNull();
    expect(rows()[0]?.querySelector('[data-testid="programs-admin-archive"]')).toBeNull();
  });

  it('archives a program after confirming', async () => {
    const { rows, settle, fixture, confirm } = await render([mine]);
    rows()[0]?.querySelector<HTMLButtonElement>('[data-testid="programs-admin-archive"]')?.click();
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('„Politikerinnen ins Netz 2027“ archivieren?');
    await confirm('program-archive-confirm');
    backend.expectOne('/api/programs/p1/archive').flush({ ...mine, archived: true, archivedAt: '2026-11-27T10:00:00.000Z' });
    await settle();
    expect(rows()).toHaveLength(0);
  });

  it('invites to create the first program when there is none', async () => {
    const { el } = await render([]);
    expect(el.querySelector('[data-testid="programs-admin-empty"]')?.textContent).toContain('Noch keine Programme');
    expect(el.querySelector('[data-testid="programs-admin-create"]')).not.toBeNull();
  });
});
