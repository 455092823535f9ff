import { Pipe, PipeTransform } from '@angular/core';
import type { AbstractControl } from '@angular/forms';

/**
 * The one message to show at a form field: the server's own words (error `server`, see
 * applyServerErrors) first, else the text of the first failed check among `texts`, in their order.
 */
export function fieldError(control: AbstractControl, texts: Readonly<Record<string, string>> = {}): string {
  if (control.hasError('server')) return String(control.getError('server'));
  const failed = Object.keys(texts).find((check) => control.hasError(check));
  return failed ? (texts[failed] ?? '') : '';
}

/**
 * `<mat-error>{{ form.controls.email | fieldError: { required: ('…' | t), email: ('…' | t) } }}</mat-error>`.
 * Impure: a control's errors change without the control changing.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  transform(control: AbstractControl, texts?: Readonly<Record<string, string>>): string {
    return fieldError(control, texts);
  }
}
