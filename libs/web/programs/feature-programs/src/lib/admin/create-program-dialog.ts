import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatDialogRef } from '@angular/material/dialog';
import type { Program } from '@ecampus/shared/contracts';
import { ProgramAdminStore } from '@ecampus/web/programs/data-access';
import { ProgramFields, createProgramForm, programRequestBody, showDateOrderProblems } from '@ecampus/web/programs/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** "Programm anlegen" (administrators): every field of a program. Closes with the new program. */
@Component({
  selector: 'ec-create-program-dialog',
  imports: [FORM_KIT, ProgramFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-program-dialog.html',
})
export class CreateProgramDialog {
  private readonly store = inject(ProgramAdminStore);
  private readonly dialogRef = inject<MatDialogRef<CreateProgramDialog, Program>>(MatDialogRef);

  readonly form = createProgramForm();
  protected readonly submission = formSubmit(this.form);

  submit(): Promise<boolean> {
    showDateOrderProblems(this.form);
    const body = programRequestBody(this.form);
    return this.submission.run(async () => this.dialogRef.close(await this.store.create(body)));
  }
}
