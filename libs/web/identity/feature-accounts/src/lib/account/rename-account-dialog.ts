import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ACCOUNT_LIMITS, type Account } from '@ecampus/shared/contracts';
import { AccountStore } from '@ecampus/web/identity/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { DisplayNameField } from '../accounts/display-name-field';

/** "Umbenennen": the name others see (`PATCH /api/users/:userId` with `displayName`). Closes with the account. */
@Component({
  selector: 'ec-rename-account-dialog',
  imports: [FORM_KIT, DisplayNameField, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rename-account-dialog.html',
})
export class RenameAccountDialog {
  private readonly store = inject(AccountStore);
  private readonly dialogRef = inject<MatDialogRef<RenameAccountDialog, Account>>(MatDialogRef);
  private readonly account = inject<Account>(MAT_DIALOG_DATA);

  readonly form = new FormGroup({
    displayName: new FormControl(this.account.displayName, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.displayName.max)],
    }),
  });
  protected readonly submission = formSubmit(this.form);

  submit(): Promise<boolean> {
    return this.submission.run(async () => this.dialogRef.close(await this.store.rename(this.form.getRawValue().displayName.trim())));
  }
}
