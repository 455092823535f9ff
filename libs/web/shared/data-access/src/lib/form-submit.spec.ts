import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { formSubmit } from './form-submit';

describe('formSubmit', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n()] });
  });

  const setup = () => {
    const form = new FormGroup({
      email: new FormControl('anna@ecampus.example', { nonNullable: true, validators: [Validators.required] }),
      name: new FormControl('Anna', { nonNullable: true }),
    });
    const submission = TestBed.runInInjectionContext(() => formSubmit(form));
    return { form, submission };
  };

  const refusal = (body: object, status = 400) => new HttpErrorResponse({ status, error: body });

  it('runs the action of a valid form, busy while it runs', async () => {
    const { submission } = setup();
    let release = () => undefined as void;
    const action = jest.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const done = submission.run(action);
    expect(submission.busy()).toBe(true);
    // A second click while busy does not send again.
    expect(await submission.run(action)).toBe(false);
    release();
    expect(await done).toBe(true);
    expect(action).toHaveBeenCalledTimes(1);
    expect(submission.busy()).toBe(false);
    expect(submission.messages()).toEqual([]);
  });

  it('marks the fields of an invalid form and sends nothing', async () => {
    const { form, submission } = setup();
    form.controls.email.setValue('');
    const action = jest.fn(() => Promise.resolve());
    expect(await submission.run(action)).toBe(false);
    expect(action).not.toHaveBeenCalled();
    expect(form.controls.email.touched).toBe(true);
  });

  it("puts the server's field messages at the fields and the rest above the button", async () => {
    const { form, submission } = setup();
    const ok = await submission.run(() =>
      Promise.reject(
        refusal({
          statusCode: 400,
          code: 'validation_failed',
          message: 'Die Eingaben sind nicht gültig',
          fields: { email: 'Diese E-Mail-Adresse ist schon vergeben.', other: 'Etwas anderes' },
        }),
      ),
    );
    expect(ok).toBe(false);
    expect(form.controls.email.getError('server')).toBe('Diese E-Mail-Adresse ist schon vergeben.');
    expect(submission.messages()).toEqual(['Etwas anderes']);
    expect(submission.busy()).toBe(false);
  });

  it("shows the server's message of a refusal without fields, and a translated text without an answer", async () => {
    const { submission } = setup();
    await submission.run(() =>
      Promise.reject(refusal({ statusCode: 422, code: 'role_mismatch', message: 'Diese Person ist keine Mentee' }, 422)),
    );
    expect(submission.messages()).toEqual(['Diese Person ist keine Mentee']);

    await submission.run(() => Promise.reject(new HttpErrorResponse({ status: 0 })));
    expect(submission.messages()[0]).toContain('nicht erreichbar');

    // The next attempt starts without the old message; clear() forgets it too.
    await submission.run(() => Promise.resolve());
    expect(submission.messages()).toEqual([]);
    await submission.run(() => Promise.reject(new Error('x')));
    submission.clear();
    expect(submission.messages()).toEqual([]);
  });

  it('works on a form that a getter returns (a form inside a child component)', async () => {
    const form = new FormGroup({ notes: new FormControl('', { nonNullable: true }) });
    const submission = TestBed.runInInjectionContext(() => formSubmit(() => form));
    await submission.run(() =>
      Promise.reject(refusal({ statusCode: 400, code: 'validation_failed', message: 'x', fields: { notes: 'Zu lang' } })),
    );
    expect(form.controls.notes.getError('server')).toBe('Zu lang');
  });
});
