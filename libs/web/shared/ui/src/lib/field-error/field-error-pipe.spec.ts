import { FormControl, Validators } from '@angular/forms';
import { fieldError } from './field-error-pipe';

describe('fieldError', () => {
  const texts = { required: 'Bitte ausfüllen.', maxlength: 'Zu lang.' };

  it("prefers the server's words, then the first failed check in the given order", () => {
    const control = new FormControl('', { validators: [Validators.required, Validators.maxLength(3)] });
    expect(fieldError(control, texts)).toBe('Bitte ausfüllen.');
    control.setValue('viel zu lang');
    expect(fieldError(control, texts)).toBe('Zu lang.');
    control.setErrors({ ...control.errors, server: 'Der Name ist schon vergeben.' });
    expect(fieldError(control, texts)).toBe('Der Name ist schon vergeben.');
  });

  it('says nothing for a valid control or a check without text', () => {
    expect(fieldError(new FormControl('ok'), texts)).toBe('');
    expect(fieldError(new FormControl('', Validators.email), { required: 'x' })).toBe('');
  });
});
