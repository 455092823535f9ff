import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { CERTIFICATE_LIMITS, type CertificateCriteria, type CertificateCriteriaInput, type ModuleSummary } from '@ecampus/shared/contracts';
import { EcDatePipe, FORM_KIT, type SubmitState } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** A share 0–1 as the percent the form shows (75, 33.33), without floating-point dust. */
export const toPercent = (ratio: number) => Math.round(ratio * 10_000) / 100;
/** The percent the form took as the share 0–1 the API stores. */
export const toRatio = (percent: number) => Math.round(percent * 100) / 10_000;

const percentValidators = [Validators.required, Validators.min(0), Validators.max(100)];

function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || Number.isInteger(value) ? null : { integer: true };
}

function atMostModules(control: AbstractControl<string[]>): ValidationErrors | null {
  return (control.value?.length ?? 0) > CERTIFICATE_LIMITS.requiredModules.max ? { tooMany: true } : null;
}

/**
 * The program's certificate criteria (coordinators): required modules, the share of live sessions
 * attended and from which presence a session counts (both as percent here, shares 0–1 for the
 * API), approved assignments, tandem meetings. Checks what the contract checks; emits `save` with
 * the request body when valid. The page runs the request through `formSubmit(() => form.form)`,
 * so the server's field messages land at the fields (controls named after the API's fields).
 */
@Component({
  selector: 'ec-criteria-form',
  imports: [FORM_KIT, MatSelectModule, MatSlideToggleModule, EcDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './criteria-form.html',
  styleUrl: './criteria-form.css',
})
export class CriteriaForm {
  /** The saved criteria (defaults filled in by the API). */
  readonly criteria = input.required<CertificateCriteria>();
  /** The modules to choose from (CertificatesStore.moduleOptions). */
  readonly modules = input.required<readonly ModuleSummary[]>();
  /** The page's `formSubmit()`: busy flag and the messages that fit no field. */
  readonly submission = input.required<SubmitState>();
  readonly save = output<CertificateCriteriaInput>();

  protected readonly limits = CERTIFICATE_LIMITS;
  /** The two percent fields: one template for both (labels and hints are i18n keys). */
  protected readonly percentFields = [
    { name: 'minAttendanceRatio', label: 'certificates.criteria.attendance', hint: 'certificates.criteria.attendanceHint', testId: 'criteria-attendance' },
    { name: 'sessionPresenceRatio', label: 'certificates.criteria.presence', hint: 'certificates.criteria.presenceHint', testId: 'criteria-presence' },
  ] as const;
  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({
    requiredModuleIds: this.fb.control<string[]>([], [atMostModules]),
    minAttendanceRatio: this.fb.control<number | null>(null, percentValidators),
    sessionPresenceRatio: this.fb.control<number | null>(null, percentValidators),
    requireApprovedAssignments: this.fb.control(false),
    minTandemMeetings: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(CERTIFICATE_LIMITS.minTandemMeetings.max),
      wholeNumber,
    ]),
  });

  constructor() {
    // The saved criteria fill the form (again after a save: the API's answer).
    effect(() => {
      const c = this.criteria();
      untracked(() => {
        this.form.reset({
          requiredModuleIds: [...c.requiredModuleIds],
          minAttendanceRatio: toPercent(c.minAttendanceRatio),
          sessionPresenceRatio: toPercent(c.sessionPresenceRatio),
          requireApprovedAssignments: c.requireApprovedAssignments,
          minTandemMeetings: c.minTandemMeetings,
        });
      });
    });
  }

  /** The request body of the form's values (valid ones). */
  request(): CertificateCriteriaInput {
    const v = this.form.getRawValue();
    return {
      requiredModuleIds: v.requiredModuleIds,
      minAttendanceRatio: toRatio(v.minAttendanceRatio ?? 0),
      sessionPresenceRatio: toRatio(v.sessionPresenceRatio ?? 0),
      requireApprovedAssignments: v.requireApprovedAssignments,
      minTandemMeetings: v.minTandemMeetings ?? 0,
    };
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.save.emit(this.request());
  }
}
