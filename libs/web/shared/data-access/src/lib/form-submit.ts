import { inject, signal, type Signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { HttpErrorNotifier } from './http-error-notifier';
import { applyServerErrors } from './server-errors';

/** The form a submit works on: the control itself, or a getter (a form that lives in a child component). */
export type SubmitTarget = AbstractControl | (() => AbstractControl);

/** The state and the one way of submitting a form; see `formSubmit()`. */
export interface FormSubmit {
  /** True while the action runs: the submit button is disabled and says so. */
  readonly busy: Signal<boolean>;
  /** Messages for the whole form: the server's answer where no field fits it, or the network failure. */
  readonly messages: Signal<readonly string[]>;
  /**
   * Checks the form (an invalid one only gets its fields marked, so their messages show), then runs
   * `action` — never twice at once. When the action fails, the server's field messages go onto the
   * fields and everything else into `messages`. Resolves true when the action succeeded.
   */
  run(action: () => Promise<unknown>): Promise<boolean>;
  /** Forgets the form-level messages (after a reset of the form). */
  clear(): void;
}

/**
 * Every form of the web app submits through this: a busy flag, the server's field messages at
 * their fields and a form-level message for the rest. Call it in an injection context (a field
 * initializer of the component):
 *
 *   protected readonly submission = formSubmit(this.form);
 *   submit() { return this.submission.run(async () => this.dialogRef.close(await this.store.save(...))); }
 */
export function formSubmit(target: SubmitTarget): FormSubmit {
  const notifier = inject(HttpErrorNotifier);
  const busy = signal(false);
  const messages = signal<readonly string[]>([]);
  const form = () => (typeof target === 'function' ? target() : target);

  return {
    busy: busy.asReadonly(),
    messages: messages.asReadonly(),
    async run(action) {
      if (busy()) return false;
      messages.set([]);
      const control = form();
      if (control.invalid) {
        control.markAllAsTouched();
        return false;
      }
      busy.set(true);
      try {
        await action();
        return true;
      } catch (error) {
        messages.set(applyServerErrors(control, notifier.describe(error)));
        return false;
      } finally {
        busy.set(false);
      }
    },
    clear: () => messages.set([]),
  };
}
