import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { listOf, type PersonProgram } from '@ecampus/shared/contracts';
import { aPersonProgram } from '@ecampus/web/programs/data-access/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { personProgramsSection } from '../programs.routes';

describe('PersonPrograms (account section)', () => {
  let backend: HttpTestingController;

  async function render(programs: PersonProgram[]) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    // As the account page loads it: programs' texts first, then the component.
    const component = await personProgramsSection(TestBed.inject(I18nService));
    const fixture = TestBed.createComponent(component);
    fixture.componentRef.setInput('userId', 'u1');
    fixture.detectChanges();
    backend.expectOne('/api/users/u1/programs').flush(listOf(programs));
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => backend.verify());

  it('lists her programs with her roles and links to them', async () => {
    const el = await render([
      aPersonProgram({ programId: 'p2', title: 'Mentoring 2025', archived: true, status: 'finished', roles: ['mentee'] }),
      aPersonProgram({ programId: 'p1', roles: ['coordinator', 'trainer'] }),
    ]);
    expect(el.querySelector('h3')?.textContent).toContain('Programme und Rollen');
    const items = Array.from(el.querySelectorAll('[data-testid="person-program"]'));
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(['/programme/p1', '/programme/p2']);
    expect(items[0]?.textContent?.replace(/\s+/g, ' ')).toContain('Programmleitung, Trainerin / Referent');
    expect(items[1]?.textContent).toContain('archiviert');
  });

  it('says when she is in no program', async () => {
    const el = await render([]);
    expect(el.querySelector('[data-testid="person-programs-empty"]')?.textContent).toContain('Noch in keinem Programm.');
  });
});
