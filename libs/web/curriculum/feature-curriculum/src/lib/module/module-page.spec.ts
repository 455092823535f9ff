import { HttpTestingController } from '@angular/common/http/testing';
import { listOf } from '@ecampus/shared/contracts';
import { aHistoryEntry, aLessonSummary, aModule, aModuleDetail, aProgram } from '@ecampus/web/curriculum/data-access/testing';
import { byTestId, configureCurriculumTest, openPage, settle, textOf } from '../../testing/harness';

const url = '/api/modules/m1';
const lessons = [
  aLessonSummary({ id: 'l1', title: 'Profil anlegen', completed: true }),
  aLessonSummary({ id: 'l2', title: 'Erster Beitrag' }),
];

describe('ModulePage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = configureCurriculumTest()));
  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
    http.verify();
  });

  async function open(roles: ('trainer' | 'mentee')[], detail = aModuleDetail({ title: 'Facebook', lessons })) {
    const page = await openPage('/programme/p1/module/m1');
    http.expectOne(url).flush(detail);
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    http.expectOne('/api/programs/p1/modules').flush(listOf([aModule({ id: 'm1' })]));
    await settle(page.harness);
    return page;
  }

  it('shows a participant the lessons with her check marks and no staff controls', async () => {
    const { el } = await open(['mentee'], aModuleDetail({ title: 'Facebook', learningGoals: ['Eine Seite anlegen'], lessons }));
    expect(textOf(el, 'module-title')).toBe('Facebook');
    expect(textOf(el, 'module-goals')).toBe('Eine Seite anlegen');
    expect(Array.from(el.querySelectorAll('[data-testid="lesson-state"]'), (s) => s.textContent?.trim())).toEqual([
      '(erledigt)',
      '(offen)',
    ]);
    expect(byTestId(el, 'lesson-open')?.getAttribute('href')).toBe('/programme/p1/module/m1/lektionen/l1');
    expect(byTestId(el, 'module-publish')).toBeNull();
    expect(byTestId(el, 'lesson-create')).toBeNull();
  });

  it('shows a locked module’s lessons as titles only, with the reason', async () => {
    const { el } = await open(
      ['mentee'],
      aModuleDetail({ lessons, lock: { releaseAt: null, prerequisite: { id: 'm0', title: 'Sicher im Netz' } } }),
    );
    expect(textOf(el, 'module-locked')).toContain('Zuerst „Sicher im Netz“ abschließen');
    expect(byTestId(el, 'lesson-open')).toBeNull();
  });

  it('lets staff publish a draft after confirming, and read the history', async () => {
    const { harness, el } = await open(['trainer'], aModuleDetail({ title: 'Facebook', status: 'draft', canEdit: true, lessons }));
    expect(textOf(el, 'module-status')).toBe('Entwurf');

    byTestId(el, 'module-publish')?.click();
    await harness.fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    expect(dialog?.textContent).toContain('Modul veröffentlichen?');
    dialog?.querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne({ method: 'POST', url: `${url}/publish` })
      .flush(aModuleDetail({ title: 'Facebook', status: 'published', canEdit: true, lessons }));
    await settle(harness);
    http.expectOne('/api/programs/p1/modules').flush(listOf([aModule({ id: 'm1' })]));
    await settle(harness);
    expect(textOf(el, 'module-status')).toBe('Veröffentlicht');
    expect(byTestId(el, 'module-unpublish')).not.toBeNull();
    expect(byTestId(el, 'module-delete')).toBeNull();

    el.querySelector<HTMLElement>('[data-testid="module-history"] mat-expansion-panel-header')?.click();
    http.expectOne(`${url}/history`).flush(
      listOf([
        aHistoryEntry({ id: 'h2', action: 'published' }),
        aHistoryEntry({
          id: 'h1',
          action: 'updated',
          changes: { title: { from: 'Fb', to: 'Facebook' }, releaseAt: { from: null, to: null } },
        }),
        aHistoryEntry({ id: 'h0' }),
      ]),
    );
    await settle(harness);
    expect(Array.from(el.querySelectorAll('[data-testid="history-entry"] .what'), (w) => w.textContent?.trim())).toEqual([
      'Veröffentlicht',
      'Modul geändert',
      'Modul angelegt',
    ]);
    expect(el.querySelectorAll('[data-testid="history-entry"]')[1]?.textContent).toContain('Geändert: Titel, Freigabe');
    expect(textOf(el, 'history-entry')).toContain('Miriam Schäfer');
  });
});
