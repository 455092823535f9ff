import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import { ACCOUNT_LIMITS, type CreateUserRequest } from '@ecampus/shared/contracts';
import { AccountListStore } from '@ecampus/web/identity/data-access';
import { NewPasswordFields } from '@ecampus/web/identity/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { DisplayNameField } from './display-name-field';

/** What the dialog closes with: who got an account, and whether she was invited (no password yet). */
export interface CreatedAccount {
  readonly displayName: string;
  readonly invited: boolean;
}

type Access = 'password' | 'invite';

const passwordValidators = [
  Validators.required,
  Validators.minLength(ACCOUNT_LIMITS.password.min),
  Validators.maxLength(ACCOUNT_LIMITS.password.max),
];

/**
 * "Konto anlegen": e-mail, name, and either a password set now (the account is active at once;
 * the server's strength check answers at the field) or an invitation mail with a link to choose
 * one. Administrators may give administration rights.
 */
@Component({
  selector: 'ec-create-account-dialog',
  imports: [FORM_KIT, MatRadioModule, MatCheckboxModule, NewPasswordFields, DisplayNameField, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-account-dialog.html',
  styleUrl: './create-account-dialog.css',
})
export class CreateAccountDialog {
  private readonly store = inject(AccountListStore);
  private readonly dialogRef = inject<MatDialogRef<CreateAccountDialog, CreatedAccount>>(MatDialogRef);

  // Field names as in the request, so the server's field messages land here.
  readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(ACCOUNT_LIMITS.email.max)],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.displayName.max)],
    }),
    access: new FormControl<Access>('password', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true, validators: passwordValidators }),
    isAdmin: new FormControl(false, { nonNullable: true }),
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly access = signal<Access>('password');

  constructor() {
    // An invitation has no password: the field goes away and stops counting.
    this.form.controls.access.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((access) => {
      this.access.set(access);
      const password = this.form.controls.password;
      if (access === 'invite') password.disable();
      else password.enable();
    });
  }

  submit(): Promise<boolean> {
    const { email, displayName, access, password, isAdmin } = this.form.getRawValue();
    const body: CreateUserRequest = {
      email: email.trim(),
      displayName: displayName.trim(),
      ...(access === 'password' ? { password } : {}),
      ...(isAdmin ? { isAdmin } : {}),
    };
    return this.submission.run(async () => {
      const created = await this.store.create(body);
      this.dialogRef.close({ displayName: created.displayName ?? body.displayName, invited: access === 'invite' });
    });
  }
}
