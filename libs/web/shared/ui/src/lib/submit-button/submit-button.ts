import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/**
 * The submit button of a form: disabled with a small spinner and `aria-busy` while the form is
 * sent, with its busy text ("Wird gespeichert …") if one is given. Place it inside the `<form>`.
 */
@Component({
  selector: 'ec-submit-button',
  imports: [MatButtonModule, MatProgressSpinner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submit-button.html',
  styleUrl: './submit-button.css',
})
export class SubmitButton {
  readonly label = input.required<string>();
  readonly busy = input(false);
  readonly busyLabel = input('');
  readonly testId = input('');
  /** Full width, for a form of one column (the sign-in card). */
  readonly block = input(false, { transform: booleanAttribute });
}
