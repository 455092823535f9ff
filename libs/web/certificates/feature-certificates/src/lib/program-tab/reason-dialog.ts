import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { CERTIFICATE_LIMITS } from '@ecampus/shared/contracts';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { firstValueFrom } from 'rxjs';

/** What a decision asks for, and what it does with the reason. */
export interface ReasonDialogData {
  readonly heading: string;
  /** What will happen, in a sentence or two. */
  readonly text: string;
  readonly confirmLabel: string;
  readonly busyLabel: string;
  /** `data-testid` of the reason field and of the confirm button. */
  readonly reasonTestId: string;
  readonly confirmTestId: string;
  /** Runs the decision; rejects with the HTTP error, which the dialog shows (at the field when it names `reason`). */
  readonly submit: (reason: string) => Promise<unknown>;
}

/** Only spaces is no reason (the API trims and refuses it too). */
function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/**
 * A decision that needs a reason — allow anyway, block, revoke: what will happen, the reason
 * (required, at most 500 characters), Abbrechen and the action. A refusal stays in the dialog with
 * the server's words. `ReasonDialog.open(dialog, data)` resolves true when the decision was made.
 */
@Component({
  selector: 'ec-reason-dialog',
  imports: [FORM_KIT, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reason-dialog.html',
  styleUrl: './reason-dialog.css',
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReasonDialog, boolean>>(MatDialogRef);
  protected readonly limits = CERTIFICATE_LIMITS;
  readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, notBlank, Validators.maxLength(CERTIFICATE_LIMITS.reason.max)]],
  });
  protected readonly submission = formSubmit(this.form);

  static open(dialog: MatDialog, data: ReasonDialogData): Promise<boolean> {
    const ref = dialog.open<ReasonDialog, ReasonDialogData, boolean>(ReasonDialog, { data, width: '32rem', maxWidth: '95vw' });
    return firstValueFrom(ref.afterClosed()).then((done) => done === true);
  }

  submit(): Promise<boolean> {
    return this.submission.run(async () => {
      await this.data.submit(this.form.getRawValue().reason.trim());
      this.dialogRef.close(true);
    });
  }
}
