import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { firstValueFrom } from 'rxjs';

export interface IssueDialogData {
  /** How many people get a certificate now. */
  readonly count: number;
  /** Starts the batch; rejects with the HTTP error, which the dialog shows. */
  readonly submit: (notify: boolean) => Promise<unknown>;
}

/**
 * "Bescheinigungen ausstellen": how many people get one, and whether they hear about it (notice
 * and e-mail) — off unless the coordinator chooses it, never a surprise bulk mail.
 * `IssueDialog.open(dialog, data)` resolves true when the batch started.
 */
@Component({
  selector: 'ec-issue-dialog',
  imports: [FORM_KIT, MatCheckboxModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './issue-dialog.html',
})
export class IssueDialog {
  protected readonly data = inject<IssueDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<IssueDialog, boolean>>(MatDialogRef);
  readonly form = inject(NonNullableFormBuilder).group({ notify: [false] });
  protected readonly submission = formSubmit(this.form);

  static open(dialog: MatDialog, data: IssueDialogData): Promise<boolean> {
    const ref = dialog.open<IssueDialog, IssueDialogData, boolean>(IssueDialog, { data, width: '32rem', maxWidth: '95vw' });
    return firstValueFrom(ref.afterClosed()).then((done) => done === true);
  }

  submit(): Promise<boolean> {
    return this.submission.run(async () => {
      await this.data.submit(this.form.getRawValue().notify);
      this.dialogRef.close(true);
    });
  }
}
