import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { TANDEM_LIMITS, type Tandem } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Forms a tandem from a mentor and a mentee of this program who are not in a tandem yet. The
 * server has the last word (role fit, one active tandem per person) and its answer is shown.
 */
@Component({
  selector: 'ec-create-tandem-dialog',
  imports: [FORM_KIT, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-tandem-dialog.html',
  styleUrl: './create-tandem-dialog.css',
})
export class CreateTandemDialog {
  protected readonly store = inject(ProgramStore);
  private readonly dialogRef = inject<MatDialogRef<CreateTandemDialog, Tandem>>(MatDialogRef);

  protected readonly limits = TANDEM_LIMITS;

  readonly form = new FormGroup({
    mentorId: new FormControl<string | null>(null, { validators: [Validators.required] }),
    menteeId: new FormControl<string | null>(null, { validators: [Validators.required] }),
    goals: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(TANDEM_LIMITS.goals.max)] }),
  });
  protected readonly submission = formSubmit(this.form);

  submit(): Promise<boolean> {
    const { mentorId, menteeId, goals } = this.form.getRawValue();
    return this.submission.run(async () => {
      const tandem = await this.store.createTandem({
        mentorId: mentorId as string,
        menteeId: menteeId as string,
        ...(goals.trim() ? { goals: goals.trim() } : {}),
      });
      this.dialogRef.close(tandem);
    });
  }
}
