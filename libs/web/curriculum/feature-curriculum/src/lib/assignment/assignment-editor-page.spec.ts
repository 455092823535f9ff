import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { anAssignment, aProgram } from '@ecampus/web/curriculum/data-access/testing';
import { byTestId, configureCurriculumTest, openPage, settle, textOf, type } from '../../testing/harness';
import { PREVIEW_DEBOUNCE_MS } from '../markdown-preview/markdown-preview';
import { joinInstant } from '../module/release-instant';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const previewUrl = '/api/programs/p1/lesson-preview';

describe('AssignmentEditorPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = configureCurriculumTest()));
  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
    http.verify();
  });

  it('creates an assignment with instructions (previewed by the server), due date and kind, then opens it', async () => {
    const { harness, el } = await openPage('/programme/p1/module/m1/aufgaben/neu');
    await settle(harness);
    expect(el.querySelector('h2')?.textContent).toBe('Neue Aufgabe');
    expect(textOf(el, 'assignment-preview')).toBe('Die Vorschau erscheint, sobald Sie schreiben.');

    type(el, 'assignment-title', 'Seite anlegen');
    type(el, 'assignment-instructions', '## Schritte');
    type(el, 'assignment-due-date', '20.03.2027');
    byTestId(el, 'assignment-due-date')?.dispatchEvent(new Event('blur'));
    type(el, 'assignment-due-time', '18:00');
    byTestId(el, 'assignment-kind-files')?.querySelector('input')?.click();
    await pause(PREVIEW_DEBOUNCE_MS + 50);
    const preview = http.expectOne({ method: 'POST', url: previewUrl });
    expect(preview.request.body).toEqual({ body: '## Schritte' });
    preview.flush({ html: '<h2>Schritte</h2>' });
    await settle(harness);
    expect(byTestId(el, 'assignment-preview-html')?.innerHTML).toBe('<h2>Schritte</h2>');

    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'POST', url: '/api/modules/m1/assignments' });
    expect(req.request.body).toEqual({
      title: 'Seite anlegen',
      instructions: '## Schritte',
      dueAt: joinInstant('2027-03-20', '18:00'),
      submissionKind: 'files',
    });
    req.flush(anAssignment({ id: 'a7', title: 'Seite anlegen', canEdit: true, submissionKind: 'files' }));
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/programme/p1/module/m1/aufgaben/a7');
    http.expectOne('/api/programs/p1').flush(aProgram());
    http.expectOne('/api/assignments/a7').flush(anAssignment({ id: 'a7', title: 'Seite anlegen', canEdit: true }));
    await settle(harness);
    http.expectOne('/api/assignments/a7/submissions').flush({ items: [], total: 0 });
    await settle(harness);
    expect(textOf(el, 'assignment-heading')).toBe('Seite anlegen');
  });

  it('fills the form from the assignment, ends a date without time at 23:59, and shows a refused delete in the dialog', async () => {
    const { harness, el } = await openPage('/programme/p1/module/m1/aufgaben/a1/bearbeiten');
    http
      .expectOne('/api/assignments/a1')
      .flush(anAssignment({ title: 'Alt', instructions: 'Text', submissionKind: 'links', canEdit: true, dueAt: null }));
    await settle(harness);
    expect((byTestId(el, 'assignment-title') as HTMLInputElement).value).toBe('Alt');
    expect(byTestId(el, 'assignment-kind-links')?.querySelector('input')?.checked).toBe(true);
    await pause(PREVIEW_DEBOUNCE_MS + 50);
    http.expectOne(previewUrl).flush({ html: '<p>Text</p>' });

    type(el, 'assignment-due-date', '1.4.2027');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'PATCH', url: '/api/assignments/a1' });
    expect(req.request.body).toMatchObject({ title: 'Alt', dueAt: joinInstant('2027-04-01', '23:59'), submissionKind: 'links' });
    req.flush(
      { statusCode: 400, code: 'validation', message: 'Ungültig.', fields: { title: 'Dieser Titel ist schon vergeben.' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness);
    expect(el.querySelector('mat-error')?.textContent).toContain('Dieser Titel ist schon vergeben.');

    byTestId(el, 'assignment-delete')?.click();
    await harness.fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    expect(dialog?.textContent).toContain('„Alt“ wird endgültig gelöscht.');
    dialog?.querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne({ method: 'DELETE', url: '/api/assignments/a1' })
      .flush(
        { statusCode: 409, code: 'assignment_has_submissions', message: 'Tandems haben schon abgegeben: Die Aufgabe bleibt.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(harness);
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('Tandems haben schon abgegeben: Die Aufgabe bleibt.');
    expect(TestBed.inject(Router).url).toBe('/programme/p1/module/m1/aufgaben/a1/bearbeiten');
  });
});
