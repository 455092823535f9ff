import { ChangeDetectionStrategy, Component, effect, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MeetingFormatSchema, localDateString, type ApiError, type CreateMeetingRequest, type MeetingFormat } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { MEETING_FORMAT_KEYS } from './labels';
import { applyServerErrors } from './server-errors';
import { FormMessagesComponent } from './form-messages.component';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A meeting is logged afterwards: no dates after today (the server allows one day of slack). */
function notInFuture(today: () => string) {
  return (control: AbstractControl<string>): ValidationErrors | null =>
    control.value && DATE_PATTERN.test(control.value) && control.value > today() ? { future: true } : null;
}

/**
 * Log a tandem meeting: date, format, minutes, notes. Validates like the contract's
 * CreateMeetingRequestSchema, emits the request body, and shows the server's field messages
 * (`serverError`) at the fields. The parent calls `reset()` after a successful save.
 */
@Component({
  selector: 'ec-meeting-form',
  imports: [FormMessagesComponent, ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="meeting-form" [attr.aria-busy]="saving()">
      <div class="row">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'programs.meetingForm.date' | t }}</mat-label>
          <input matInput type="date" formControlName="date" [max]="today()" data-testid="meeting-date" required />
          <mat-error>
            @if (form.controls.date.hasError('server')) {
              {{ form.controls.date.getError('server') }}
            } @else if (form.controls.date.hasError('required')) {
              {{ 'programs.meetingForm.dateRequired' | t }}
            } @else if (form.controls.date.hasError('pattern')) {
              {{ 'programs.meetingForm.dateInvalid' | t }}
            } @else if (form.controls.date.hasError('future')) {
              {{ 'programs.meetingForm.dateInFuture' | t }}
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'programs.meetingForm.format' | t }}</mat-label>
          <mat-select formControlName="format" data-testid="meeting-format" required>
            @for (format of formats; track format) {
              <mat-option [value]="format" [attr.data-testid]="'meeting-format-' + format">{{ formatKeys[format] | t }}</mat-option>
            }
          </mat-select>
          <mat-error>
            @if (form.controls.format.hasError('server')) {
              {{ form.controls.format.getError('server') }}
            } @else {
              {{ 'programs.meetingForm.formatRequired' | t }}
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'programs.meetingForm.duration' | t }}</mat-label>
          <input matInput type="number" inputmode="numeric" min="1" max="1440" step="1" formControlName="durationMinutes" data-testid="meeting-duration" required />
          <mat-error>
            @if (form.controls.durationMinutes.hasError('server')) {
              {{ form.controls.durationMinutes.getError('server') }}
            } @else if (form.controls.durationMinutes.hasError('required')) {
              {{ 'programs.meetingForm.durationRequired' | t }}
            } @else if (form.controls.durationMinutes.hasError('pattern')) {
              {{ 'programs.meetingForm.durationWhole' | t }}
            } @else {
              {{ 'programs.meetingForm.durationRange' | t }}
            }
          </mat-error>
        </mat-form-field>
      </div>
      <mat-form-field class="notes" subscriptSizing="dynamic">
        <mat-label>{{ 'programs.meetingForm.notes' | t }}</mat-label>
        <textarea matInput rows="3" formControlName="notes" data-testid="meeting-notes"></textarea>
        <mat-error>
          @if (form.controls.notes.hasError('server')) {
            {{ form.controls.notes.getError('server') }}
          } @else {
            {{ 'programs.meetingForm.notesTooLong' | t }}
          }
        </mat-error>
      </mat-form-field>
      <ec-form-messages [messages]="formMessages()" />
      <button mat-flat-button type="submit" [disabled]="saving()" data-testid="meeting-submit">
        {{ (saving() ? 'programs.meetingForm.submitting' : 'programs.meetingForm.submit') | t }}
      </button>
    </form>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 1rem;
    }
    /* Dynamic subscripts: a long (server) message wraps below a narrow field instead of being
       cut off; the margin keeps the spacing the fixed subscript used to reserve. */
    mat-form-field {
      margin-bottom: 1rem;
    }
    .row mat-form-field {
      flex: 1 1 10rem;
    }
    .notes {
      width: 100%;
    }
  `,
})
export class MeetingFormComponent {
  readonly saving = input(false);
  readonly serverError = input<ApiError | null>(null);
  /** Today as `YYYY-MM-DD`; an input so tests can fix the date. */
  readonly today = input(localDateString());
  readonly save = output<CreateMeetingRequest>();

  protected readonly formats: readonly MeetingFormat[] = MeetingFormatSchema.options;
  protected readonly formatKeys = MEETING_FORMAT_KEYS;
  protected readonly formMessages = signal<string[]>([]);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  readonly form = new FormGroup({
    date: new FormControl(this.today(), {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(DATE_PATTERN), notInFuture(() => this.today())],
    }),
    format: new FormControl<MeetingFormat | null>(null, { validators: [Validators.required] }),
    durationMinutes: new FormControl<number | null>(60, {
      validators: [Validators.required, Validators.min(1), Validators.max(1440), Validators.pattern(/^\d+$/)],
    }),
    notes: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
  });

  constructor() {
    effect(() => {
      this.formMessages.set(applyServerErrors(this.form, this.serverError()));
    });
  }

  submit(): void {
    this.formMessages.set([]);
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
    this.formMessages.set([]);
  }
}
