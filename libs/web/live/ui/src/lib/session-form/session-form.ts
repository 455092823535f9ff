import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSelectModule } from '@angular/material/select';
import { LIVE_SESSION_LIMITS, type CreateLiveSessionRequest, type LivePerson, type LiveSession } from '@ecampus/shared/contracts';
import { FORM_KIT, type SubmitState } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { TIME_PATTERN, splitLocal, toInstant } from './session-instant';

/** The durations offered in the select, in minutes; anything else in LIVE_SESSION_LIMITS is "custom". */
export const LIVE_DURATION_CHOICES = [30, 45, 60, 90, 120, 180] as const;
export type DurationChoice = number | 'custom';

/** A module the session may belong to. */
export interface LiveModuleOption {
  readonly id: string;
  readonly title: string;
}

const { durationMinutes: durationLimits, trainers: trainerLimits } = LIVE_SESSION_LIMITS;

/** The custom duration: needed only when "custom" is chosen, then a whole number of minutes within the limits. */
function customMinutesValidator(control: AbstractControl<number | null>): ValidationErrors | null {
  if (control.parent?.get('durationMinutes')?.value !== 'custom') return null;
  const value = control.value;
  if (value === null || (value as unknown) === '') return { required: true };
  if (!Number.isInteger(value) || value < durationLimits.min || value > durationLimits.max) return { range: true };
  return null;
}

function trainersValidator(control: AbstractControl<string[]>): ValidationErrors | null {
  return (control.value?.length ?? 0) > trainerLimits.maxItems ? { tooMany: true } : null;
}

/**
 * A live session's fields (moderators): title, description, start date and time (the browser's
 * time zone, sent as an instant with its offset), duration (a choice or 15–480 minutes), module and
 * trainers. Checks what the contract checks; emits `save` with the request body when valid. The
 * page runs the request through `formSubmit(() => form.form)`, so the server's field messages
 * (`title`, `startsAt`, `durationMinutes`, `moduleId`, `trainerIds`) land at the fields.
 */
@Component({
  selector: 'ec-live-session-form',
  imports: [FORM_KIT, MatButtonModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-form.html',
  styleUrl: './session-form.css',
})
export class LiveSessionForm implements OnInit {
  /** The session to edit; null: a new one. */
  readonly session = input<LiveSession | null>(null);
  readonly modules = input<readonly LiveModuleOption[]>([]);
  /** The program's trainers and coordinators; none: the field is left out (the API makes the creator trainer). */
  readonly trainers = input<readonly LivePerson[]>([]);
  /** The page's `formSubmit()`: busy flag and the messages that fit no field. */
  readonly submission = input.required<SubmitState>();
  readonly save = output<CreateLiveSessionRequest>();
  readonly cancelled = output<void>();

  protected readonly limits = LIVE_SESSION_LIMITS;
  protected readonly durations = LIVE_DURATION_CHOICES;
  protected readonly editing = computed(() => this.session() !== null);
  protected readonly showTrainers = computed(() => this.trainers().length > 0);

  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(LIVE_SESSION_LIMITS.title.max)]],
    description: ['', [Validators.maxLength(LIVE_SESSION_LIMITS.description.max)]],
    /** The start's date, `YYYY-MM-DD` (named after the API's field, so its message lands here). */
    startsAt: ['', [Validators.required]],
    startTime: ['', [Validators.required, Validators.pattern(TIME_PATTERN)]],
    durationMinutes: this.fb.control<DurationChoice>(90),
    customMinutes: this.fb.control<number | null>(null, [customMinutesValidator]),
    moduleId: [''],
    trainerIds: this.fb.control<string[]>([], [trainersValidator]),
  });

  constructor() {
    // The custom minutes are checked only while "custom" is chosen.
    this.form.controls.durationMinutes.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.customMinutes.updateValueAndValidity());
  }

  ngOnInit(): void {
    const s = this.session();
    if (!s) return;
    const start = splitLocal(s.startsAt);
    const preset = (LIVE_DURATION_CHOICES as readonly number[]).includes(s.durationMinutes);
    this.form.setValue({
      title: s.title,
      description: s.description,
      startsAt: start.date,
      startTime: start.time,
      durationMinutes: preset ? s.durationMinutes : 'custom',
      customMinutes: preset ? null : s.durationMinutes,
      moduleId: s.moduleId ?? '',
      trainerIds: s.trainers.map((t) => t.userId),
    });
  }

  /** The request body of the form's values (valid ones). */
  request(): CreateLiveSessionRequest {
    const v = this.form.getRawValue();
    const body: CreateLiveSessionRequest = {
      title: v.title.trim(),
      description: v.description.trim(),
      startsAt: toInstant(v.startsAt, v.startTime) ?? '',
      durationMinutes: v.durationMinutes === 'custom' ? Number(v.customMinutes) : v.durationMinutes,
      moduleId: v.moduleId || null,
    };
    // A new session without chosen trainers gets its creator (the API's default); an edit may clear them.
    if (this.showTrainers() && (this.editing() || v.trainerIds.length > 0)) body.trainerIds = v.trainerIds;
    return body;
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.save.emit(this.request());
  }
}
