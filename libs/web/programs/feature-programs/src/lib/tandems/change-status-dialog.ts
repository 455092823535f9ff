import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { TANDEM_LIMITS, TANDEM_STATUS_TRANSITIONS, type Tandem, type TandemStatus } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { TANDEM_STATUS_KEYS } from '@ecampus/web/programs/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Pause, resume or end a tandem; ending needs a reason and is final. */
@Component({
  selector: 'ec-change-status-dialog',
  imports: [FORM_KIT, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-status-dialog.html',
})
export class ChangeStatusDialog {
  private readonly store = inject(ProgramStore);
  private readonly dialogRef = inject<MatDialogRef<ChangeStatusDialog, Tandem>>(MatDialogRef);
  protected readonly tandem = inject<Tandem>(MAT_DIALOG_DATA);

  protected readonly statusKeys = TANDEM_STATUS_KEYS;
  protected readonly limits = TANDEM_LIMITS;
  protected readonly next = TANDEM_STATUS_TRANSITIONS[this.tandem.status];

  readonly form = new FormGroup({
    status: new FormControl<TandemStatus | null>(this.next[0] ?? null, { validators: [Validators.required] }),
    endReason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(TANDEM_LIMITS.endReason.max)] }),
  });
  protected readonly chosen = toSignal(this.form.controls.status.valueChanges, { initialValue: this.form.controls.status.value });
  protected readonly submission = formSubmit(this.form);

  submit(): Promise<boolean> {
    const { status, endReason } = this.form.getRawValue();
    // Ending needs a reason; pausing and resuming do not.
    if (status === 'ended' && !endReason.trim()) this.form.controls.endReason.setErrors({ required: true });
    return this.submission.run(async () => {
      const tandem = await this.store.changeTandemStatus(this.tandem.id, status as TandemStatus, endReason.trim());
      this.dialogRef.close(tandem);
    });
  }
}
