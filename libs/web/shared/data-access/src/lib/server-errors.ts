import type { AbstractControl } from '@angular/forms';
import type { ApiError } from '@ecampus/shared/contracts';

/** What a failed request says to a form: a message for the whole form and, maybe, one per field. */
export type ServerFormError = Pick<ApiError, 'message' | 'fields'>;

/**
 * Puts the server's field messages (`fields`: "path" → message) onto the matching form
 * controls as error `server`, so each message appears at its field; the next edit of the field
 * re-runs the validators and clears it. A path deeper than the form ("channels.2") lands on the
 * nearest control above it. Returns what fits no control (form-level notice; "_" = whole body).
 */
export function applyServerErrors(form: AbstractControl, error: ServerFormError | null): string[] {
  if (!error) return [];
  const fields = Object.entries(error.fields ?? {});
  const unplaced: string[] = [];
  for (const [path, message] of fields) {
    const control = controlFor(form, path);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else {
      unplaced.push(message);
    }
  }
  if (fields.length === 0) unplaced.push(error.message);
  return unplaced;
}

function controlFor(form: AbstractControl, path: string): AbstractControl | null {
  const parts = path.split('.');
  while (parts.length) {
    const control = form.get(parts.join('.'));
    if (control) return control;
    parts.pop();
  }
  return null;
}
