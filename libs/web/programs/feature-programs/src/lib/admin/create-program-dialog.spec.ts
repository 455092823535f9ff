import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { ProgramAdminStore } from '@ecampus/web/programs/data-access';
import { aProgram } from '@ecampus/web/programs/data-access/testing';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { CreateProgramDialog } from './create-program-dialog';

describe('CreateProgramDialog', () => {
  let backend: HttpTestingController;
  let close: jest.Mock;

  async function render() {
    localStorage.clear();
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(PROGRAMS_I18N),
        ProgramAdminStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CreateProgramDialog);
    await fixture.whenStable();
    const page = pageHelpers(fixture);
    return { ...page, submit: () => page.submit('create-program-form') };
  }

  afterEach(() => backend.verify());

  it('offers every field of a program', async () => {
    const { $ } = await render();
    for (const field of [
      'title',
      'description',
      'mode',
      'starts-on',
      'ends-on',
      'deadline',
      'free',
      'time',
      'contact-name',
      'contact-email',
    ]) {
      expect([field, $(`create-program-${field}`)]).not.toEqual([field, null]);
    }
  });

  it('refuses a missing title and an end before the start without asking the server', async () => {
    const { el, type, submit } = await render();
    type('create-program-starts-on', '01.09.2027');
    type('create-program-ends-on', '01.03.2027');
    await submit();
    expect(el.textContent).toContain('Bitte ausfüllen.');
    expect(el.textContent).toContain('Das Programmende darf nicht vor dem Programmstart liegen.');
    backend.expectNone('/api/programs');
  });

  it('creates the program with every field and closes with it', async () => {
    const { type, submit } = await render();
    type('create-program-title', '  Mentoring Süd 2028 ');
    type('create-program-description', 'Für Kommunalpolitikerinnen');
    type('create-program-starts-on', '01.03.2028');
    type('create-program-ends-on', '31.12.2028');
    type('create-program-deadline', '31.01.2028');
    type('create-program-time', 'Ein Treffen im Monat');
    type('create-program-contact-name', 'Programmbüro');
    type('create-program-contact-email', 'sued@ecampus.example');
    await submit();
    const req = backend.expectOne('/api/programs');
    expect(req.request.body).toEqual({
      title: 'Mentoring Süd 2028',
      description: 'Für Kommunalpolitikerinnen',
      mode: 'reverse',
      startsOn: '2028-03-01',
      endsOn: '2028-12-31',
      applicationDeadline: '2028-01-31',
      freeOfCharge: true,
      timeCommitment: 'Ein Treffen im Monat',
      contactName: 'Programmbüro',
      contactEmail: 'sued@ecampus.example',
    });
    const created = aProgram({ id: 'p9', title: 'Mentoring Süd 2028' });
    req.flush(created, { status: 201, statusText: 'Created' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).toHaveBeenCalledWith(created);
  });

  it("puts the server's field messages at the fields", async () => {
    const { el, type, submit } = await render();
    type('create-program-title', 'Doppelt');
    type('create-program-starts-on', '01.03.2028');
    type('create-program-ends-on', '31.12.2028');
    await submit();
    backend
      .expectOne('/api/programs')
      .flush(
        { statusCode: 400, code: 'validation_failed', message: 'Bitte prüfen.', fields: { title: 'Diesen Titel gibt es schon.' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await submit();
    expect(el.textContent).toContain('Diesen Titel gibt es schon.');
    expect(close).not.toHaveBeenCalled();
  });
});
