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
  template: `
    <ec-form-messages [messages]="submission().messages()" [testId]="messagesTestId()" />
    <div class="actions">
      <ec-submit-button [label]="label()" [busyLabel]="busyLabel()" [busy]="submission().busy()" [testId]="testId()" />
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin-top: 0.5rem;
    }
  `,
})
export class FormActions {
  readonly submission = input.required<SubmitState>();
  readonly label = input.required<string>();
  readonly busyLabel = input('');
  /** Test id of the submit button. */
  readonly testId = input('');
  readonly messagesTestId = input('');
}
