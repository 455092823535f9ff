import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PROGRAM_ROLES, type InvitationResult, type ProgramRole } from '@ecampus/shared/contracts';
import { ProgramStore, displayError } from '@ecampus/web/programs/data-access';
import { FormMessagesComponent, ROLE_KEYS, applyServerErrors } from '@ecampus/web/programs/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * "Person hinzufügen/einladen": the server adds an existing account or creates one and sends the
 * invitation mail. Closes with the InvitationResult.
 */
@Component({
  selector: 'ec-invite-dialog',
  imports: [FormMessagesComponent, ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'programs.invite.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="invite-form">
      <mat-dialog-content>
        <p>{{ 'programs.invite.intro' | t }}</p>
        <mat-form-field>
          <mat-label>{{ 'programs.invite.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="off" data-testid="invite-email" required />
          <mat-error>
            @if (form.controls.email.hasError('server')) {
              {{ form.controls.email.getError('server') }}
            } @else if (form.controls.email.hasError('required')) {
              {{ 'programs.invite.emailRequired' | t }}
            } @else {
              {{ 'programs.invite.emailInvalid' | t }}
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'programs.invite.name' | t }}</mat-label>
          <input matInput formControlName="displayName" autocomplete="off" data-testid="invite-name" required />
          <mat-error>
            @if (form.controls.displayName.hasError('server')) {
              {{ form.controls.displayName.getError('server') }}
            } @else {
              {{ 'programs.invite.nameRequired' | t }}
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'programs.invite.role' | t }}</mat-label>
          <mat-select formControlName="role" data-testid="invite-role" required>
            @for (role of roles; track role) {
              <mat-option [value]="role" [attr.data-testid]="'invite-role-' + role">{{ roleKeys[role] | t }}</mat-option>
            }
          </mat-select>
          <mat-error>
            @if (form.controls.role.hasError('server')) {
              {{ form.controls.role.getError('server') }}
            } @else {
              {{ 'programs.invite.roleRequired' | t }}
            }
          </mat-error>
        </mat-form-field>
        <ec-form-messages [messages]="messages()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'programs.invite.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="invite-submit">
          {{ (saving() ? 'programs.invite.submitting' : 'programs.invite.submit') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
    }
  `,
})
export class InviteDialog {
  private readonly store = inject(ProgramStore);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef = inject<MatDialogRef<InviteDialog, InvitationResult>>(MatDialogRef);

  protected readonly roles = PROGRAM_ROLES;
  protected readonly roleKeys = ROLE_KEYS;
  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);

  readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    role: new FormControl<ProgramRole | null>(null, { validators: [Validators.required] }),
  });

  async submit(): Promise<void> {
    this.messages.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, displayName, role } = this.form.getRawValue();
    this.saving.set(true);
    try {
      const result = await this.store.invite({ email: email.trim(), displayName: displayName.trim(), role: role as ProgramRole });
      this.dialogRef.close(result);
    } catch (e) {
      this.messages.set(applyServerErrors(this.form, displayError(e, this.i18n)));
    } finally {
      this.saving.set(false);
    }
  }
}
