import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { type MatFormFieldAppearance, MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ACCOUNT_LIMITS } from '@ecampus/shared/contracts';
import { FieldErrorPipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { PasswordToggle } from '../password-toggle/password-toggle';

/**
 * A new password: the field with its show/hide button, the contract's length rule and, if given,
 * the repeat field with the "do not match" notice (group validator passwordsMatch()). Messages of
 * the server — its strength check — appear at the password field. Used where a password is set:
 * invitation link, "Passwort ändern", "Konto anlegen".
 */
@Component({
  selector: 'ec-new-password-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, PasswordToggle, FieldErrorPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-password-fields.html',
  styleUrl: './new-password-fields.css',
})
export class NewPasswordFields {
  readonly password = input.required<FormControl<string>>();
  /** The repeat field's control; without it only the password field shows. */
  readonly repeat = input<FormControl<string> | null>(null);
  /** The form's `mismatch` error (passwordsMatch()). */
  readonly mismatch = input(false);
  /** The password field's label (default "Neues Passwort"). */
  readonly label = input('');
  readonly appearance = input<MatFormFieldAppearance>('outline');
  /** `<prefix>-password`, `<prefix>-password-error`, `<prefix>-repeat`, `<prefix>-mismatch`. */
  readonly testIdPrefix = input.required<string>();

  protected readonly limits = ACCOUNT_LIMITS.password;
  protected readonly visible = signal(false);
}
