import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiError } from '@ecampus/shared/contracts';

/**
 * Puts the server's field messages (`fields`: "path" → message) onto the matching form
 * controls as error `server`, so each message appears at its field; the next edit of the field
 * re-runs the validators and clears it. Returns what fits no control (form-level notice).
 */
export function applyServerErrors(form: FormGroup, error: ApiError | null): string[] {
  if (!error) return [];
  const fields = Object.entries(error.fields ?? {});
  const unplaced: string[] = [];
  for (const [path, message] of fields) {
    const control: AbstractControl | null = path ? form.get(path) : null;
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
