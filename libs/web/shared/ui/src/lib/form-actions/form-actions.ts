import { ChangeDetectionStrategy, Component, input, type Signal } from '@angular/core';
import { FormMessages } from '../form-messages/form-messages';
import { SubmitButton } from '../submit-button/submit-button';

/** What a form's submit tells its buttons and messages; `formSubmit()` (web/shared/data-access) is one. */
export interface SubmitState {
  readonly busy: Signal<boolean>;
  readonly messages: Signal<readonly string[]>;
}

/**
 * The end of a form: its own messages (what fits no field), then the submit button, then any
 * projected further buttons (reset, cancel). Place it inside the `<form>`.
 */
@Component({
  selector: 'ec-form-actions',
  imports: [FormMessages, SubmitButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './form-actions.html',
  styleUrl: './form-actions.css',
})
export class FormActions {
  readonly submission = input.required<SubmitState>();
  readonly label = input.required<string>();
  readonly busyLabel = input('');
  /** Test id of the submit button. */
  readonly testId = input('');
  readonly messagesTestId = input('');
}
