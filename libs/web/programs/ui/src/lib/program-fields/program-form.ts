import { FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import {
  ACCOUNT_LIMITS,
  PROGRAM_LIMITS,
  programDateProblems,
  type CreateProgramRequest,
  type Program,
  type ProgramMode,
} from '@ecampus/shared/contracts';

/** The contract's date order rules, as a group validator; showDateOrderProblems() puts them at their fields. */
function dateOrder(group: AbstractControl): ValidationErrors | null {
  const { startsOn, endsOn, applicationDeadline } = group.value as { startsOn: string; endsOn: string; applicationDeadline: string };
  if (!startsOn || !endsOn) return null;
  const problems = programDateProblems({ startsOn, endsOn, applicationDeadline: applicationDeadline || null });
  return Object.keys(problems).length ? { dateOrder: problems } : null;
}

const text = (max: number) => new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max)] });
// Date fields hold `YYYY-MM-DD` or ''; the date field itself refuses what is no date.
const date = (required: boolean) => new FormControl('', { nonNullable: true, validators: required ? [Validators.required] : [] });

/**
 * Every field of a program (the contract's create fields), with the contract's limits and date
 * order rules. Control names are the request's, so the server's field messages land at them.
 */
export function createProgramForm() {
  return new FormGroup(
    {
      title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROGRAM_LIMITS.title.max)] }),
      description: text(PROGRAM_LIMITS.description.max),
      mode: new FormControl<ProgramMode>('reverse', { nonNullable: true }),
      startsOn: date(true),
      endsOn: date(true),
      applicationDeadline: date(false),
      freeOfCharge: new FormControl(true, { nonNullable: true }),
      timeCommitment: text(PROGRAM_LIMITS.timeCommitment.max),
      contactName: text(PROGRAM_LIMITS.contactName.max),
      contactEmail: new FormControl('', {
        nonNullable: true,
        validators: [Validators.email, Validators.maxLength(ACCOUNT_LIMITS.email.max)],
      }),
    },
    { validators: [dateOrder] },
  );
}
export type ProgramForm = ReturnType<typeof createProgramForm>;

/** A program's fields as the form holds them (empty optional dates and e-mail as ''). */
export function programFormValue(p: Program): ProgramForm['value'] {
  return {
    title: p.title,
    description: p.description,
    mode: p.mode,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    applicationDeadline: p.applicationDeadline ?? '',
    freeOfCharge: p.freeOfCharge,
    timeCommitment: p.timeCommitment,
    contactName: p.contactName,
    contactEmail: p.contactEmail ?? '',
  };
}

/** The request body of the form's fields: texts trimmed, empty optional values as null. */
export function programRequestBody(form: ProgramForm): CreateProgramRequest {
  const v = form.getRawValue();
  return {
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
  };
}

/** Shows the group's date order problems at the fields they concern (call before submitting). */
export function showDateOrderProblems(form: ProgramForm): void {
  const problems = (form.getError('dateOrder') ?? {}) as Record<string, string>;
  const c = form.controls;
  if (problems['endsOn']) c.endsOn.setErrors({ ...(c.endsOn.errors ?? {}), endBeforeStart: true });
  if (problems['applicationDeadline'])
    c.applicationDeadline.setErrors({ ...(c.applicationDeadline.errors ?? {}), deadlineAfterStart: true });
}
