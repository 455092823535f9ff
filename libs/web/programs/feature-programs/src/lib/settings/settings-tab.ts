import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  ACCOUNT_LIMITS,
  PROGRAM_LIMITS,
  PROGRAM_STATUS_TRANSITIONS,
  ProgramModeSchema,
  programDateProblems,
  type Program,
  type ProgramMode,
  type ProgramStatus,
  type UpdateProgramRequest,
} from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { MODE_KEYS, PROGRAM_STATUS_KEYS } from '@ecampus/web/programs/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
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
  imports: [FORM_KIT, MatSelectModule, MatCheckboxModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings-tab.html',
  styleUrl: './settings-tab.css',
})
export class SettingsTab implements OnInit {
  protected readonly store = inject(ProgramStore);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly modes: readonly ProgramMode[] = ProgramModeSchema.options;
  protected readonly modeKeys = MODE_KEYS;
  protected readonly statusKeys = PROGRAM_STATUS_KEYS;
  /** The current status and the ones the life cycle allows next. */
  protected readonly statuses = computed<ProgramStatus[]>(() => {
    const current = this.store.program()?.status ?? 'draft';
    return [current, ...PROGRAM_STATUS_TRANSITIONS[current]];
  });

  private readonly text = (max: number) => new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max)] });
  // Date fields hold `YYYY-MM-DD` or ''; the date field itself refuses what is no date.
  private readonly date = (required: boolean) =>
    new FormControl('', { nonNullable: true, validators: required ? [Validators.required] : [] });

  readonly form = new FormGroup(
    {
      title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROGRAM_LIMITS.title.max)] }),
      description: this.text(PROGRAM_LIMITS.description.max),
      mode: new FormControl<ProgramMode>('reverse', { nonNullable: true }),
      status: new FormControl<ProgramStatus>('draft', { nonNullable: true }),
      startsOn: this.date(true),
      endsOn: this.date(true),
      applicationDeadline: this.date(false),
      freeOfCharge: new FormControl(true, { nonNullable: true }),
      timeCommitment: this.text(PROGRAM_LIMITS.timeCommitment.max),
      contactName: this.text(PROGRAM_LIMITS.contactName.max),
      contactEmail: new FormControl('', {
        nonNullable: true,
        validators: [Validators.email, Validators.maxLength(ACCOUNT_LIMITS.email.max)],
      }),
    },
    { validators: [dateOrder] },
  );
  protected readonly submission = formSubmit(this.form);

  ngOnInit(): void {
    this.reset();
  }

  protected reset(): void {
    const p = this.store.program();
    if (p) this.form.reset(this.toForm(p));
    this.submission.clear();
  }

  /** The message to show at a field: the server's, the date order rule's, or the validator's. */
  protected message(control: AbstractControl): string {
    if (control.hasError('server')) return control.getError('server');
    if (control.hasError('required')) return this.i18n.t('programs.settings.required');
    if (control.hasError('dateInvalid')) return this.i18n.t('dateField.invalid');
    if (control.hasError('email')) return this.i18n.t('programs.settings.emailInvalid');
    if (control.hasError('maxlength'))
      return this.i18n.t('programs.settings.tooLong', { max: control.getError('maxlength').requiredLength });
    if (control.hasError('endBeforeStart')) return this.i18n.t('programs.settings.endBeforeStart');
    if (control.hasError('deadlineAfterStart')) return this.i18n.t('programs.settings.deadlineAfterStart');
    return '';
  }

  submit(): Promise<boolean> {
    this.markDateOrder();
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
    return this.submission.run(async () => {
      const updated = await this.store.updateProgram(body);
      this.form.reset(this.toForm(updated));
      this.snackBar.open(this.i18n.t('programs.settings.saved'), undefined, { duration: 4000 });
    });
  }

  /** Shows the group's date-order problems at the fields they concern. */
  private markDateOrder(): void {
    const problems = (this.form.getError('dateOrder') ?? {}) as Record<string, string>;
    const c = this.form.controls;
    if (problems['endsOn']) c.endsOn.setErrors({ ...(c.endsOn.errors ?? {}), endBeforeStart: true });
    if (problems['applicationDeadline'])
      c.applicationDeadline.setErrors({ ...(c.applicationDeadline.errors ?? {}), deadlineAfterStart: true });
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
