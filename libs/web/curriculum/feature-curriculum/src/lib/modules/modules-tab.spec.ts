import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { listOf } from '@ecampus/shared/contracts';
import { aModule, aModuleDetail, aProgram } from '@ecampus/web/curriculum/data-access/testing';
import { byTestId, configureCurriculumTest, openPage, settle, textOf, type } from '../../testing/harness';

const modulesUrl = '/api/programs/p1/modules';

describe('ModulesTab', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = configureCurriculumTest()));
  afterEach(() => http.verify());

  async function open(roles: ('trainer' | 'mentee')[], modules = [aModule({ id: 'a', title: 'Facebook' })]) {
    const page = await openPage('/programme/p1/module');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    http.expectOne(modulesUrl).flush(listOf(modules));
    await settle(page.harness);
    return page;
  }

  it('shows participants an empty state without the staff’s controls', async () => {
    const { el } = await open(['mentee'], []);
    expect(textOf(el, 'modules-empty')).toContain('Sobald die Trainerinnen und Trainer ein Modul veröffentlichen');
    expect(byTestId(el, 'modules-create')).toBeNull();
  });

  it('lets staff create a module in a dialog and opens it', async () => {
    const { harness, el } = await open(['trainer']);
    expect(textOf(el, 'module-status')).toBe('Veröffentlicht');

    byTestId(el, 'modules-create')?.click();
    await harness.fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!dialog) throw new Error('no dialog');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(dialog.textContent).toContain('Bitte einen Titel angeben');
    http.expectNone({ method: 'POST', url: modulesUrl });

    type(dialog, 'create-module-title', 'Instagram-Stories');
    type(dialog, 'create-module-summary', 'Kurze Geschichten.');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'POST', url: modulesUrl });
    expect(req.request.body).toEqual({ title: 'Instagram-Stories', summary: 'Kurze Geschichten.' });
    req.flush(aModule({ id: 'b', title: 'Instagram-Stories', status: 'draft' }));
    await settle(harness);

    expect(TestBed.inject(Router).url).toBe('/programme/p1/module/b');
    http.expectOne('/api/modules/b').flush(aModuleDetail({ id: 'b', title: 'Instagram-Stories', status: 'draft', canEdit: true }));
    http.expectOne(modulesUrl).flush(listOf([aModule({ id: 'a' }), aModule({ id: 'b', status: 'draft' })]));
    await settle(harness);
    expect(textOf(el, 'module-title')).toBe('Instagram-Stories');
  });

  it('shows the server’s refusal at the field', async () => {
    const { harness } = await open(['trainer']);
    byTestId(harness.fixture.nativeElement, 'modules-create')?.click();
    await harness.fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!dialog) throw new Error('no dialog');
    type(dialog, 'create-module-title', 'Doppelt');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne({ method: 'POST', url: modulesUrl })
      .flush(
        { statusCode: 422, code: 'validation', message: 'Ungültig.', fields: { title: 'Diesen Titel gibt es schon.' } },
        { status: 422, statusText: 'Unprocessable' },
      );
    await settle(harness);
    expect(dialog.querySelector('mat-error')?.textContent).toContain('Diesen Titel gibt es schon.');
  });
});
