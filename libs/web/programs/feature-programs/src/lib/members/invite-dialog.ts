import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { ACCOUNT_LIMITS, PROGRAM_ROLES, type InvitationResult, type ProgramRole } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { RoleLabelPipe } from '@ecampus/web/programs/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * "Person hinzufügen/einladen": the server adds an existing account or creates one and sends the
 * invitation mail. Closes with the InvitationResult.
 */
@Component({
  selector: 'ec-invite-dialog',
  imports: [FORM_KIT, MatSelectModule, RoleLabelPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-dialog.html',
})
export class InviteDialog {
  private readonly store = inject(ProgramStore);
  private readonly dialogRef = inject<MatDialogRef<InviteDialog, InvitationResult>>(MatDialogRef);

  protected readonly roles = PROGRAM_ROLES;
  protected readonly limits = ACCOUNT_LIMITS;

  readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(ACCOUNT_LIMITS.email.max)],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.displayName.max)],
    }),
    role: new FormControl<ProgramRole | null>(null, { validators: [Validators.required] }),
  });
  protected readonly submission = formSubmit(this.form);

  submit(): Promise<boolean> {
    const { email, displayName, role } = this.form.getRawValue();
    return this.submission.run(async () => {
      const result = await this.store.invite({ email: email.trim(), displayName: displayName.trim(), role: role as ProgramRole });
      this.dialogRef.close(result);
    });
  }
}
