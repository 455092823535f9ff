import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * Group validator of a password form: error `mismatch` on the group while the repeat field is
 * filled and differs from the password field.
 */
export function passwordsMatch(password: string, repeat: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const first = group.get(password)?.value as string | undefined;
    const second = group.get(repeat)?.value as string | undefined;
    return second && first !== second ? { mismatch: true } : null;
  };
}
