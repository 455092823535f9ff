import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Tandem } from '@ecampus/shared/contracts';
import { ProgramStore, displayError } from '@ecampus/web/programs/data-access';
import { FormMessagesComponent, applyServerErrors } from '@ecampus/web/programs/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Forms a tandem from a mentor and a mentee of this program who are not in a tandem yet. The
 * server has the last word (role fit, one active tandem per person) and its answer is shown.
 */
@Component({
  selector: 'ec-create-tandem-dialog',
  imports: [FormMessagesComponent, ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'programs.createTandem.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="create-tandem-form">
      <mat-dialog-content>
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
          <mat-error>
            @if (form.controls.mentorId.hasError('server')) {
              {{ form.controls.mentorId.getError('server') }}
            } @else {
              {{ 'programs.createTandem.mentorRequired' | t }}
            }
          </mat-error>
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
          <mat-error>
            @if (form.controls.menteeId.hasError('server')) {
              {{ form.controls.menteeId.getError('server') }}
            } @else {
              {{ 'programs.createTandem.menteeRequired' | t }}
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'programs.createTandem.goals' | t }}</mat-label>
          <textarea matInput rows="3" formControlName="goals" data-testid="create-tandem-goals"></textarea>
          <mat-hint>{{ 'programs.createTandem.goalsHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.goals.getError('server') }}</mat-error>
        </mat-form-field>
        <ec-form-messages [messages]="messages()" testId="create-tandem-error" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'programs.createTandem.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="create-tandem-submit">
          {{ (saving() ? 'programs.createTandem.submitting' : 'programs.createTandem.submit') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
      margin-bottom: 0.5rem;
    }
  `,
})
export class CreateTandemDialog {
  protected readonly store = inject(ProgramStore);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef = inject<MatDialogRef<CreateTandemDialog, Tandem>>(MatDialogRef);

  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);

  readonly form = new FormGroup({
    mentorId: new FormControl<string | null>(null, { validators: [Validators.required] }),
    menteeId: new FormControl<string | null>(null, { validators: [Validators.required] }),
    goals: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
  });

  async submit(): Promise<void> {
    this.messages.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { mentorId, menteeId, goals } = this.form.getRawValue();
    this.saving.set(true);
    try {
      const tandem = await this.store.createTandem({
        mentorId: mentorId as string,
        menteeId: menteeId as string,
        ...(goals.trim() ? { goals: goals.trim() } : {}),
      });
      this.dialogRef.close(tandem);
    } catch (e) {
      this.messages.set(applyServerErrors(this.form, displayError(e, this.i18n)));
    } finally {
      this.saving.set(false);
    }
  }
}
