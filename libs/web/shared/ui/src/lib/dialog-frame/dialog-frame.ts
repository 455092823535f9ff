import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import type { SubmitState } from '../form-actions/form-actions';
import { FormMessages } from '../form-messages/form-messages';
import { SubmitButton } from '../submit-button/submit-button';

/**
 * The frame of a dialog with a form: title, the projected fields, the form's own messages, and the
 * action bar (cancel closes the dialog, submit submits the form). Use it inside the dialog's
 * `<form [formGroup] (ngSubmit)>`, which keeps the projected fields bound to the form:
 *
 *   <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
 *     <ec-dialog-frame [heading]="…" [submitLabel]="…" [submission]="submission">…fields…</ec-dialog-frame>
 *   </form>
 */
@Component({
  selector: 'ec-dialog-frame',
  imports: [MatDialogModule, MatButtonModule, FormMessages, SubmitButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not encapsulated, so the rule below reaches the projected fields (one field per line).
  encapsulation: ViewEncapsulation.None,
  templateUrl: './dialog-frame.html',
  styleUrl: './dialog-frame.css',
})
export class DialogFrame {
  readonly heading = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly submission = input.required<SubmitState>();
  readonly busyLabel = input('');
  readonly submitTestId = input('');
  readonly messagesTestId = input('');
}
