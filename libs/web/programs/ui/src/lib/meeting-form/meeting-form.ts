import { ChangeDetectionStrategy, Component, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatSelectModule } from '@angular/material/select';
import {
  MEETING_LIMITS,
  MeetingFormatSchema,
  localDateString,
  type CreateMeetingRequest,
  type MeetingFormat,
} from '@ecampus/shared/contracts';
import { FORM_KIT, type SubmitState } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { MEETING_FORMAT_KEYS } from '../labels';

const { durationMinutes: DURATION, notes: NOTES } = MEETING_LIMITS;

/** A meeting is logged afterwards: no dates after today (the server allows one day of slack). */
function notInFuture(today: () => string) {
  return (control: AbstractControl<string>): ValidationErrors | null =>
    control.value && control.value > today() ? { future: true } : null;
}

/**
 * Log a tandem meeting: date, format, minutes, notes. Validates with the contract's limits
 * (MEETING_LIMITS) and emits the request body. The parent sends it through its `formSubmit` on
 * this `form` (so the server's field messages land at these fields), passes that as `submission`
 * and calls `reset()` after a successful save.
 */
@Component({
  selector: 'ec-meeting-form',
  imports: [FORM_KIT, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-form.html',
  styleUrl: './meeting-form.css',
})
export class MeetingForm {
  /** The parent's submit of this form: busy flag and the messages that fit no field. */
  readonly submission = input.required<SubmitState>();
  /** Today as `YYYY-MM-DD`; an input so tests can fix the date. */
  readonly today = input(localDateString());
  readonly save = output<CreateMeetingRequest>();

  protected readonly formats: readonly MeetingFormat[] = MeetingFormatSchema.options;
  protected readonly formatKeys = MEETING_FORMAT_KEYS;
  protected readonly duration = DURATION;
  protected readonly notesLimit = NOTES;
  private readonly formDirective = viewChild.required(FormGroupDirective);

  readonly form = new FormGroup({
    date: new FormControl(this.today(), { nonNullable: true, validators: [Validators.required, notInFuture(() => this.today())] }),
    format: new FormControl<MeetingFormat | null>(null, { validators: [Validators.required] }),
    durationMinutes: new FormControl<number | null>(60, {
      validators: [Validators.required, Validators.min(DURATION.min), Validators.max(DURATION.max), Validators.pattern(/^\d+$/)],
    }),
    notes: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NOTES.max)] }),
  });

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { date, format, durationMinutes, notes } = this.form.getRawValue();
    const trimmed = notes.trim();
    this.save.emit({
      date,
      format: format as MeetingFormat,
      durationMinutes: Number(durationMinutes),
      ...(trimmed ? { notes: trimmed } : {}),
    });
  }

  /** Back to a fresh form after the parent saved the meeting. */
  reset(): void {
    // resetForm also clears "submitted", so the empty required fields do not show errors.
    this.formDirective().resetForm({ date: this.today(), format: null, durationMinutes: 60, notes: '' });
  }
}
