import { TestBed } from '@angular/core/testing';
import type { ProgressModule, ProgressRow, TandemProgress } from '@ecampus/shared/contracts';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CURRICULUM_I18N } from '../../i18n/curriculum.i18n';
import { ProgressTable } from './progress-table';

/** Matrix data as the table gets it (ui may not use data-access's fixtures). */
const modules: ProgressModule[] = [
  { id: 'm1', title: 'Die eigene Facebook-Seite', position: 1, lessonCount: 4, assignmentCount: 1 },
  { id: 'm2', title: 'Sicher im Netz', position: 2, lessonCount: 2, assignmentCount: 0 },
  { id: 'm3', title: 'Nur eine Aufgabe', position: 3, lessonCount: 0, assignmentCount: 2 },
];
const cell = (moduleId: string, lessonsCompleted: number, assignmentsApproved = 0, completed = false) => ({
  moduleId,
  lessonsCompleted,
  assignmentsApproved,
  completed,
});
const rows: ProgressRow[] = [
  {
    userId: 'u-lena',
    displayName: 'Lena Vogt',
    role: 'mentor',
    tandemId: 't1',
    cells: [cell('m1', 4, 1, true), cell('m2', 1), cell('m3', 0, 1)],
    modulesCompleted: 1,
  },
  {
    userId: 'u-ursula',
    displayName: 'Ursula Brandt',
    role: 'mentee',
    tandemId: 't1',
    cells: [cell('m2', 2, 0, true)],
    modulesCompleted: 1,
  },
  { userId: 'u-solo', displayName: 'Sabine Solo', role: 'mentee', tandemId: null, cells: [], modulesCompleted: 0 },
];
const tandems: TandemProgress[] = [
  {
    tandemId: 't1',
    mentor: { userId: 'u-lena', displayName: 'Lena Vogt' },
    mentee: { userId: 'u-ursula', displayName: 'Ursula Brandt' },
    modulesCompletedByBoth: 0,
  },
];

describe('ProgressTable', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CURRICULUM_I18N)] });
  });

  async function render(self: { role: 'mentor' | 'mentee'; tandemId: string | null } | null = null) {
    const fixture = TestBed.createComponent(ProgressTable);
    fixture.componentRef.setInput('modules', modules);
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('tandems', tandems);
    fixture.componentRef.setInput('self', self);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const texts = (el: Element, selector: string) =>
    Array.from(el.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

  it('heads the columns with the modules and each row with the person, her role and her tandem', async () => {
    const { el } = await render();
    const table = el.querySelector('[data-testid="progress-table"]');
    expect(texts(el, 'thead th[scope="col"]')).toEqual([
      'Person',
      'Die eigene Facebook-Seite',
      'Sicher im Netz',
      'Nur eine Aufgabe',
      'Abgeschlossen',
    ]);
    expect(texts(el, 'tbody th[scope="row"]')).toEqual([
      'Lena Vogt Mentorin / Mentor · Tandem mit Ursula Brandt',
      'Ursula Brandt Mentee · Tandem mit Lena Vogt',
      'Sabine Solo Mentee · Ohne Tandem',
    ]);
    expect(table?.closest('[role="region"]')?.getAttribute('tabindex')).toBe('0');
  });

  it('says in each cell how far the person got, by the module’s lessons and assignments', async () => {
    const { el, fixture } = await render();
    const lena = el.querySelector('[data-user-id="u-lena"]') as HTMLElement;
    expect(texts(lena, '[data-testid="progress-cell"]')).toEqual(['abgeschlossen', '1/2 Lektionen', '1/2 Aufgaben']);
    expect(lena.querySelector('[data-testid="progress-cell"]')?.getAttribute('data-completed')).toBe('true');
    expect(texts(lena, '[data-testid="progress-row-completed"]')).toEqual(['1 von 3']);
    // A missing cell counts as nothing done.
    const ursula = el.querySelector('[data-user-id="u-ursula"]') as HTMLElement;
    expect(texts(ursula, '[data-testid="progress-cell"]')).toEqual(['0/4 Lektionen · 0/1 Aufgabe', 'abgeschlossen', '0/2 Aufgaben']);

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(texts(lena, '[data-testid="progress-cell"]')).toEqual(['completed', '1/2 lessons', '1/2 assignments']);
    expect(texts(el, 'tbody th[scope="row"]')[0]).toBe('Lena Vogt Mentor · Tandem with Ursula Brandt');
  });

  it('marks the participant’s own row', async () => {
    const { el } = await render({ role: 'mentee', tandemId: 't1' });
    expect(texts(el, '.you')).toEqual(['(Sie)']);
    expect(el.querySelector('[data-user-id="u-ursula"] .you')).not.toBeNull();
  });
});
