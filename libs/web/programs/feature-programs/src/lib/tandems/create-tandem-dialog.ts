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
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="create-tandem-form">
      <ec-dialog-frame
        submitTestId="create-tandem-submit"
        messagesTestId="create-tandem-error"
        [heading]="'programs.createTandem.title' | t"
        [submitLabel]="'programs.createTandem.submit' | t"
        [busyLabel]="'programs.createTandem.submitting' | t"
        [submission]="submission"
      >
        <p>{{ 'programs.createTandem.intro' | t }}</p>
        <mat-form-field>
          <mat-label>{{ 'programs.createTandem.mentor' | t }}</mat-label>
          <mat-select formControlName="mentorId" required data-testid="create-tandem-mentor">
            @for (m of store.unpairedMentors(); track m.userId) {
              <mat-option [value]="m.userId">{{ m.displayName }}</mat-option>
            }
          </mat-select>
          @if (store.unpairedMentors().length === 0) {
            <mat-hint>{{ 'programs.createTandem.noMentors' | t }}</mat-hint>
          }
          <mat-error>{{ form.controls.mentorId | fieldError: { required: ('programs.createTandem.mentorRequired' | t) } }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'programs.createTandem.mentee' | t }}</mat-label>
          <mat-select formControlName="menteeId" required data-testid="create-tandem-mentee">
            @for (m of store.unpairedMentees(); track m.userId) {
              <mat-option [value]="m.userId">{{ m.displayName }}</mat-option>
            }
          </mat-select>
          @if (store.unpairedMentees().length === 0) {
            <mat-hint>{{ 'programs.createTandem.noMentees' | t }}</mat-hint>
          }
          <mat-error>{{ form.controls.menteeId | fieldError: { required: ('programs.createTandem.menteeRequired' | t) } }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'programs.createTandem.goals' | t }}</mat-label>
          <textarea matInput rows="3" formControlName="goals" data-testid="create-tandem-goals"></textarea>
          <mat-hint>{{ 'programs.createTandem.goalsHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.goals | fieldError: { maxlength: ('programs.settings.tooLong' | t: limits.goals) } }}</mat-error>
        </mat-form-field>
      </ec-dialog-frame>
    </form>
  `,
  styles: `
    mat-form-field {
      margin-bottom: 0.5rem;
    }
  `,
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
