import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { aLesson, aProgram } from '@ecampus/web/curriculum/data-access/testing';
import { byTestId, configureCurriculumTest, openPage, settle, textOf, type } from '../../testing/harness';
import { PREVIEW_DEBOUNCE_MS } from '../markdown-preview/markdown-preview';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const previewUrl = '/api/programs/p1/lesson-preview';

describe('LessonEditorPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = configureCurriculumTest()));
  afterEach(() => http.verify());

  it('previews the Markdown once typing pauses, with the server’s HTML', async () => {
    const { harness, el } = await openPage('/programme/p1/module/m1/lektionen/neu');
    await settle(harness);
    expect(textOf(el, 'lesson-preview')).toBe('Die Vorschau erscheint, sobald Sie schreiben.');

    type(el, 'lesson-form-body', '# Hallo');
    type(el, 'lesson-form-body', '# Hallo Welt');
    await pause(PREVIEW_DEBOUNCE_MS / 2);
    http.expectNone(previewUrl);
    await pause(PREVIEW_DEBOUNCE_MS);
    const req = http.expectOne({ method: 'POST', url: previewUrl });
    expect(req.request.body).toEqual({ body: '# Hallo Welt' });
    req.flush({ html: '<h1>Hallo Welt</h1>' });
    await settle(harness);
    expect(byTestId(el, 'lesson-preview-html')?.innerHTML).toBe('<h1>Hallo Welt</h1>');
  });

  it('creates the lesson and opens it; the server’s field messages show at the fields', async () => {
    const { harness, el } = await openPage('/programme/p1/module/m1/lektionen/neu');
    await settle(harness);
    type(el, 'lesson-form-title', 'Stories planen');
    type(el, 'lesson-form-minutes', '15');
    type(el, 'lesson-form-video', 'https://example.org/video');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    let req = http.expectOne({ method: 'POST', url: '/api/modules/m1/lessons' });
    expect(req.request.body).toEqual({ title: 'Stories planen', body: '', videoUrl: 'https://example.org/video', estimatedMinutes: 15 });
    req.flush(
      { statusCode: 400, code: 'validation', message: 'Ungültig.', fields: { videoUrl: 'Diese Adresse geht nicht.' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness);
    expect(el.querySelector('mat-error')?.textContent).toContain('Diese Adresse geht nicht.');

    type(el, 'lesson-form-video', '');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    req = http.expectOne({ method: 'POST', url: '/api/modules/m1/lessons' });
    req.flush(aLesson({ id: 'l5', title: 'Stories planen' }));
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/programme/p1/module/m1/lektionen/l5');
    http.expectOne('/api/programs/p1').flush(aProgram());
    // The reader reads the lesson again (the editor's store lives on its own route).
    http.expectOne('/api/lessons/l5').flush(aLesson({ id: 'l5', title: 'Stories planen' }));
    await settle(harness);
    expect(textOf(el, 'lesson-title')).toBe('Stories planen');
  });

  it('fills the form from the lesson being edited', async () => {
    const { harness, el } = await openPage('/programme/p1/module/m1/lektionen/l1/bearbeiten');
    http.expectOne('/api/lessons/l1').flush(aLesson({ title: 'Alt', body: 'Text', estimatedMinutes: 5 }));
    await settle(harness);
    expect((byTestId(el, 'lesson-form-title') as HTMLInputElement).value).toBe('Alt');
    expect((byTestId(el, 'lesson-form-minutes') as HTMLInputElement).value).toBe('5');
    await pause(PREVIEW_DEBOUNCE_MS + 50);
    http.expectOne(previewUrl).flush({ html: '<p>Text</p>' });
    await settle(harness);
  });
});
