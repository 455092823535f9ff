import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { PROGRAM_ROLES, type ProgramMember, type ProgramRole } from '@ecampus/shared/contracts';
import { ProgramStore, displayError } from '@ecampus/web/programs/data-access';
import { FormMessagesComponent, ROLE_KEYS, applyServerErrors } from '@ecampus/web/programs/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Gives an existing member one more role (`POST /api/programs/:id/members`). */
@Component({
  selector: 'ec-add-role-dialog',
  imports: [FormMessagesComponent, ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatSelectModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'programs.members.addRoleFor' | t: { name: member.displayName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <mat-form-field>
          <mat-label>{{ 'programs.invite.role' | t }}</mat-label>
          <mat-select formControlName="role" required data-testid="add-role-select">
            @for (role of available(); track role) {
              <mat-option [value]="role">{{ roleKeys[role] | t }}</mat-option>
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
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'programs.members.addRole' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
    }
  `,
})
export class AddRoleDialog {
  private readonly store = inject(ProgramStore);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef = inject<MatDialogRef<AddRoleDialog, ProgramMember>>(MatDialogRef);
  protected readonly member = inject<ProgramMember>(MAT_DIALOG_DATA);

  protected readonly roleKeys = ROLE_KEYS;
  protected readonly available = computed(() => PROGRAM_ROLES.filter((r) => !this.member.roles.includes(r)));
  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);

  readonly form = new FormGroup({
    role: new FormControl<ProgramRole | null>(null, { validators: [Validators.required] }),
  });

  async submit(): Promise<void> {
    this.messages.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const member = await this.store.addRole({ userId: this.member.userId, role: this.form.getRawValue().role as ProgramRole });
      this.dialogRef.close(member);
    } catch (e) {
      this.messages.set(applyServerErrors(this.form, displayError(e, this.i18n)));
    } finally {
      this.saving.set(false);
    }
  }
}
