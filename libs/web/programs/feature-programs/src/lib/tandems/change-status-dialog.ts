import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TANDEM_STATUS_TRANSITIONS, type Tandem, type TandemStatus } from '@ecampus/shared/contracts';
import { ProgramStore, displayError } from '@ecampus/web/programs/data-access';
import { FormMessagesComponent, TANDEM_STATUS_KEYS, applyServerErrors } from '@ecampus/web/programs/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Pause, resume or end a tandem; ending needs a reason and is final. */
@Component({
  selector: 'ec-change-status-dialog',
  imports: [FormMessagesComponent, ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'programs.changeStatus.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="change-status-form">
      <mat-dialog-content>
        <p>{{ tandem.mentor.displayName }} &amp; {{ tandem.mentee.displayName }}</p>
        <mat-form-field>
          <mat-label>{{ 'programs.changeStatus.status' | t }}</mat-label>
          <mat-select formControlName="status" required data-testid="change-status-select">
            @for (status of next; track status) {
              <mat-option [value]="status">{{ statusKeys[status] | t }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.status.getError('server') }}</mat-error>
        </mat-form-field>
        @if (chosen() === 'ended') {
          <p>{{ 'programs.changeStatus.endedIsFinal' | t }}</p>
          <mat-form-field>
            <mat-label>{{ 'programs.changeStatus.reason' | t }}</mat-label>
            <textarea matInput rows="3" formControlName="endReason" required data-testid="change-status-reason"></textarea>
            <mat-error>
              @if (form.controls.endReason.hasError('server')) {
                {{ form.controls.endReason.getError('server') }}
              } @else {
                {{ 'programs.changeStatus.reasonRequired' | t }}
              }
            </mat-error>
          </mat-form-field>
        }
        <ec-form-messages [messages]="messages()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'programs.changeStatus.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="change-status-submit">{{ 'programs.changeStatus.submit' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
    }
  `,
})
export class ChangeStatusDialog {
  private readonly store = inject(ProgramStore);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef = inject<MatDialogRef<ChangeStatusDialog, Tandem>>(MatDialogRef);
  protected readonly tandem = inject<Tandem>(MAT_DIALOG_DATA);

  protected readonly statusKeys = TANDEM_STATUS_KEYS;
  protected readonly next = TANDEM_STATUS_TRANSITIONS[this.tandem.status];
  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);

  readonly form = new FormGroup({
    status: new FormControl<TandemStatus | null>(this.next[0] ?? null, { validators: [Validators.required] }),
    endReason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
  });
  protected readonly chosen = toSignal(this.form.controls.status.valueChanges, { initialValue: this.form.controls.status.value });

  async submit(): Promise<void> {
    this.messages.set([]);
    const { status, endReason } = this.form.getRawValue();
    if (status === 'ended' && !endReason.trim()) this.form.controls.endReason.setErrors({ required: true });
    if (this.form.invalid || !status) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const tandem = await this.store.changeTandemStatus(this.tandem.id, status, endReason.trim());
      this.dialogRef.close(tandem);
    } catch (e) {
      this.messages.set(applyServerErrors(this.form, displayError(e, this.i18n)));
    } finally {
      this.saving.set(false);
    }
  }
}
