import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  PROGRAM_STATUS_TRANSITIONS,
  ProgramModeSchema,
  programDateProblems,
  type Program,
  type ProgramMode,
  type ProgramStatus,
  type UpdateProgramRequest,
} from '@ecampus/shared/contracts';
import { ProgramStore, displayError } from '@ecampus/web/programs/data-access';
import { FormMessagesComponent, MODE_KEYS, PROGRAM_STATUS_KEYS, applyServerErrors } from '@ecampus/web/programs/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The contract's date order rules, as a group validator: errors land on endsOn / applicationDeadline. */
function dateOrder(group: AbstractControl): ValidationErrors | null {
  const { startsOn, endsOn, applicationDeadline } = group.value as { startsOn: string; endsOn: string; applicationDeadline: string };
  if (!startsOn || !endsOn) return null;
  const problems = programDateProblems({ startsOn, endsOn, applicationDeadline: applicationDeadline || null });
  return Object.keys(problems).length ? { dateOrder: problems } : null;
}

/** Coordinators edit the program; a changed status is a transition the server checks. */
@Component({
  selector: 'ec-settings-tab',
  imports: [FormMessagesComponent, ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!store.canManage()) {
      <p>{{ 'programs.settings.readOnly' | t }}</p>
    } @else {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="settings-form">
        <mat-form-field class="wide">
          <mat-label>{{ 'programs.settings.titleField' | t }}</mat-label>
          <input matInput formControlName="title" required data-testid="settings-title" />
          <mat-error>{{ message(form.controls.title) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ 'programs.settings.description' | t }}</mat-label>
          <textarea matInput rows="5" formControlName="description"></textarea>
          <mat-error>{{ message(form.controls.description) }}</mat-error>
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'programs.settings.mode' | t }}</mat-label>
            <mat-select formControlName="mode">
              @for (mode of modes; track mode) {
                <mat-option [value]="mode">{{ modeKeys[mode] | t }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ message(form.controls.mode) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'programs.settings.status' | t }}</mat-label>
            <mat-select formControlName="status" data-testid="settings-status">
              @for (status of statuses(); track status) {
                <mat-option [value]="status">{{ statusKeys[status] | t }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ message(form.controls.status) }}</mat-error>
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'programs.settings.startsOn' | t }}</mat-label>
            <input matInput type="date" formControlName="startsOn" required />
            <mat-error>{{ message(form.controls.startsOn) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'programs.settings.endsOn' | t }}</mat-label>
            <input matInput type="date" formControlName="endsOn" required data-testid="settings-ends-on" />
            <mat-error>{{ message(form.controls.endsOn) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'programs.settings.deadline' | t }}</mat-label>
            <input matInput type="date" formControlName="applicationDeadline" />
            <mat-error>{{ message(form.controls.applicationDeadline) }}</mat-error>
          </mat-form-field>
        </div>
        <mat-checkbox formControlName="freeOfCharge">{{ 'programs.settings.freeOfCharge' | t }}</mat-checkbox>
        <mat-form-field class="wide">
          <mat-label>{{ 'programs.settings.timeCommitment' | t }}</mat-label>
          <textarea matInput rows="2" formControlName="timeCommitment"></textarea>
          <mat-hint>{{ 'programs.settings.timeCommitmentHint' | t }}</mat-hint>
          <mat-error>{{ message(form.controls.timeCommitment) }}</mat-error>
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'programs.settings.contactName' | t }}</mat-label>
            <input matInput formControlName="contactName" />
            <mat-error>{{ message(form.controls.contactName) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'programs.settings.contactEmail' | t }}</mat-label>
            <input matInput type="email" formControlName="contactEmail" />
            <mat-error>{{ message(form.controls.contactEmail) }}</mat-error>
          </mat-form-field>
        </div>
        <ec-form-messages [messages]="messages()" />
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="settings-save">
            {{ (saving() ? 'programs.settings.saving' : 'programs.settings.save') | t }}
          </button>
          <button mat-button type="button" (click)="reset()">{{ 'programs.settings.reset' | t }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    form {
      max-width: 52rem;
    }
    .wide {
      width: 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row mat-form-field {
      flex: 1 1 12rem;
    }
    mat-checkbox {
      display: block;
      margin: 0 0 1rem;
    }
    .actions {
      display: flex;
      gap: 1rem;
      margin-top: 1rem;
    }
  `,
})
export class SettingsTab implements OnInit {
  protected readonly store = inject(ProgramStore);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly modes: readonly ProgramMode[] = ProgramModeSchema.options;
  protected readonly modeKeys = MODE_KEYS;
  protected readonly statusKeys = PROGRAM_STATUS_KEYS;
  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);
  /** The current status and the ones the life cycle allows next. */
  protected readonly statuses = computed<ProgramStatus[]>(() => {
    const current = this.store.program()?.status ?? 'draft';
    return [current, ...PROGRAM_STATUS_TRANSITIONS[current]];
  });

  private readonly text = (max: number) => new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max)] });
  private readonly date = (required: boolean) =>
    new FormControl('', { nonNullable: true, validators: [...(required ? [Validators.required] : []), Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)] });

  readonly form = new FormGroup(
    {
      title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      description: this.text(20000),
      mode: new FormControl<ProgramMode>('reverse', { nonNullable: true }),
      status: new FormControl<ProgramStatus>('draft', { nonNullable: true }),
      startsOn: this.date(true),
      endsOn: this.date(true),
      applicationDeadline: this.date(false),
      freeOfCharge: new FormControl(true, { nonNullable: true }),
      timeCommitment: this.text(2000),
      contactName: this.text(120),
      contactEmail: new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(254)] }),
    },
    { validators: [dateOrder] },
  );

  ngOnInit(): void {
    this.reset();
  }

  protected reset(): void {
    const p = this.store.program();
    if (p) this.form.reset(this.toForm(p));
    this.messages.set([]);
  }

  /** The message to show at a field: the server's, the date order rule's, or the validator's. */
  protected message(control: AbstractControl): string {
    if (control.hasError('server')) return control.getError('server');
    if (control.hasError('required')) return this.i18n.t('programs.settings.required');
    if (control.hasError('pattern')) return this.i18n.t('programs.settings.dateInvalid');
    if (control.hasError('email')) return this.i18n.t('programs.settings.emailInvalid');
    if (control.hasError('maxlength')) return this.i18n.t('programs.settings.tooLong', { max: control.getError('maxlength').requiredLength });
    if (control.hasError('endBeforeStart')) return this.i18n.t('programs.settings.endBeforeStart');
    if (control.hasError('deadlineAfterStart')) return this.i18n.t('programs.settings.deadlineAfterStart');
    return '';
  }

  async submit(): Promise<void> {
    this.messages.set([]);
    this.markDateOrder();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body: UpdateProgramRequest = {
      title: v.title.trim(),
      description: v.description.trim(),
      mode: v.mode,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      applicationDeadline: v.applicationDeadline || null,
      freeOfCharge: v.freeOfCharge,
      timeCommitment: v.timeCommitment.trim(),
      contactName: v.contactName.trim(),
      contactEmail: v.contactEmail.trim() || null,
      // Only a changed status is sent: it is a transition, not a field.
      ...(v.status !== this.store.program()?.status ? { status: v.status } : {}),
    };
    this.saving.set(true);
    try {
      const updated = await this.store.updateProgram(body);
      this.form.reset(this.toForm(updated));
      this.snackBar.open(this.i18n.t('programs.settings.saved'), undefined, { duration: 4000 });
    } catch (e) {
      this.messages.set(applyServerErrors(this.form, displayError(e, this.i18n)));
    } finally {
      this.saving.set(false);
    }
  }

  /** Shows the group's date-order problems at the fields they concern. */
  private markDateOrder(): void {
    const problems = (this.form.getError('dateOrder') ?? {}) as Record<string, string>;
    const c = this.form.controls;
    if (problems['endsOn']) c.endsOn.setErrors({ ...(c.endsOn.errors ?? {}), endBeforeStart: true });
    if (problems['applicationDeadline']) c.applicationDeadline.setErrors({ ...(c.applicationDeadline.errors ?? {}), deadlineAfterStart: true });
  }

  private toForm(p: Program) {
    return {
      title: p.title,
      description: p.description,
      mode: p.mode,
      status: p.status,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      applicationDeadline: p.applicationDeadline ?? '',
      freeOfCharge: p.freeOfCharge,
      timeCommitment: p.timeCommitment,
      contactName: p.contactName,
      contactEmail: p.contactEmail ?? '',
    };
  }
}
