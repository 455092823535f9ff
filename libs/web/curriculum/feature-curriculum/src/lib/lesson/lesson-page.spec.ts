import { HttpTestingController } from '@angular/common/http/testing';
import { aLesson, aProgram } from '@ecampus/web/curriculum/data-access/testing';
import { byTestId, configureCurriculumTest, openPage, settle, textOf } from '../../testing/harness';

describe('LessonPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = configureCurriculumTest()));
  afterEach(() => http.verify());

  async function open(roles: ('trainer' | 'mentee')[]) {
    const page = await openPage('/programme/p1/module/m1/lektionen/l2');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    http
      .expectOne('/api/lessons/l2')
      .flush(
        aLesson({ id: 'l2', title: 'Stories', html: '<p>Erst <strong>planen</strong>.</p>', previousLessonId: 'l1', nextLessonId: null }),
      );
    await settle(page.harness);
    return page;
  }

  it('shows the server’s HTML, the way back and the neighbours', async () => {
    const { el } = await open(['mentee']);
    expect(byTestId(el, 'lesson-html')?.innerHTML).toBe('<p>Erst <strong>planen</strong>.</p>');
    expect(textOf(el, 'lesson-back')).toBe('← Zurück zu „Die eigene Facebook-Seite“');
    expect(byTestId(el, 'lesson-back')?.getAttribute('href')).toBe('/programme/p1/module/m1');
    expect(byTestId(el, 'lesson-previous')?.getAttribute('href')).toBe('/programme/p1/module/m1/lektionen/l1');
    expect(byTestId(el, 'lesson-next')).toBeNull();
    expect(byTestId(el, 'lesson-edit')).toBeNull();
  });

  it('lets a participant mark it done and undo that', async () => {
    const { harness, el } = await open(['mentee']);
    byTestId(el, 'lesson-complete')?.click();
    http.expectOne({ method: 'POST', url: '/api/lessons/l2/complete' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness);
    expect(textOf(el, 'lesson-uncomplete')).toBe('Erledigt ✓ (rückgängig)');
    expect(byTestId(el, 'lesson-uncomplete')?.getAttribute('aria-pressed')).toBe('true');

    byTestId(el, 'lesson-uncomplete')?.click();
    http
      .expectOne({ method: 'DELETE', url: '/api/lessons/l2/complete' })
      .flush({ statusCode: 403, code: 'module_locked', message: 'Das Modul ist noch gesperrt.' }, { status: 403, statusText: 'Forbidden' });
    await settle(harness);
    expect(textOf(el, 'lesson-complete-error')).toContain('Das Modul ist noch gesperrt.');
  });

  it('offers staff the editor, not the completion', async () => {
    const { el } = await open(['trainer']);
    expect(byTestId(el, 'lesson-complete')).toBeNull();
    expect(byTestId(el, 'lesson-edit')?.getAttribute('href')).toBe('/programme/p1/module/m1/lektionen/l2/bearbeiten');
  });
});
