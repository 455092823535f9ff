import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ApiError } from '@ecampus/shared/contracts';
import { applyServerErrors } from './server-errors';

/** A whole error answer of the API (applyServerErrors reads its message and fields). */
const answer = (error: ApiError) => error;

describe('applyServerErrors', () => {
  const form = () =>
    new FormGroup({
      email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      channels: new FormControl<string[]>([], { nonNullable: true }),
    });

  it('puts field messages on the controls, deep paths on the nearest control', () => {
    const f = form();
    const rest = applyServerErrors(
      f,
      answer({
        statusCode: 400,
        code: 'validation_failed',
        message: 'Bitte eine gültige E-Mail-Adresse angeben',
        fields: {
          email: 'Bitte eine gültige E-Mail-Adresse angeben',
          'channels.1': 'Bitte nur bekannte Kanäle wählen',
          _: 'Es wurde nichts geändert',
        },
      }),
    );
    expect(f.controls.email.getError('server')).toBe('Bitte eine gültige E-Mail-Adresse angeben');
    expect(f.controls.email.touched).toBe(true);
    expect(f.controls.channels.getError('server')).toBe('Bitte nur bekannte Kanäle wählen');
    expect(rest).toEqual(['Es wurde nichts geändert']);
  });

  it('returns the message of an answer without fields, and nothing for no error', () => {
    expect(applyServerErrors(form(), answer({ statusCode: 422, code: 'role_mismatch', message: 'Diese Person ist keine Mentee' }))).toEqual(
      ['Diese Person ist keine Mentee'],
    );
    expect(applyServerErrors(form(), null)).toEqual([]);
  });
});
