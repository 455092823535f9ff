import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { PROGRAM_ROLES, type ProgramMember, type ProgramRole } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { RoleLabelPipe } from '@ecampus/web/programs/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Gives an existing member one more role (`POST /api/programs/:id/members`). */
@Component({
  selector: 'ec-add-role-dialog',
  imports: [FORM_KIT, MatSelectModule, RoleLabelPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-role-dialog.html',
})
export class AddRoleDialog {
  private readonly store = inject(ProgramStore);
  private readonly dialogRef = inject<MatDialogRef<AddRoleDialog, ProgramMember>>(MatDialogRef);
  protected readonly member = inject<ProgramMember>(MAT_DIALOG_DATA);

  protected readonly available = computed(() => PROGRAM_ROLES.filter((r) => !this.member.roles.includes(r)));

  readonly form = new FormGroup({
    role: new FormControl<ProgramRole | null>(null, { validators: [Validators.required] }),
  });
  protected readonly submission = formSubmit(this.form);

  submit(): Promise<boolean> {
    return this.submission.run(async () => {
      const member = await this.store.addRole({ userId: this.member.userId, role: this.form.getRawValue().role as ProgramRole });
      this.dialogRef.close(member);
    });
  }
}
