import { ChangeDetectionStrategy, Component, Injector, OnInit, booleanAttribute, computed, effect, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroupDirective,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  NgControl,
  ReactiveFormsModule,
  type AbstractControl,
  type ControlValueAccessor,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import { DateAdapter, MAT_DATE_LOCALE, type ErrorStateMatcher } from '@angular/material/core';
import { MatDatepickerIntl, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { DateOnlySchema } from '@ecampus/shared/contracts';
import { I18nService, TranslatePipe, type Language, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { format, type Locale } from 'date-fns';
import { de, enUS } from 'date-fns/locale';
import { CalendarHeader } from './calendar-header';

/**
 * The app's language decides how dates look and what a person may type, never the browser's:
 * German `27.11.2026` (also `1.3.2027`), English `11/27/2026` (also `3/1/2027`); ISO `2026-11-27`
 * is understood in both. date-fns' localized short format `P` does both directions.
 */
const DATE_LOCALES: Record<Language, Locale> = { de, en: enUS };

/** What the API calls a date: `YYYY-MM-DD`, a calendar day without time zone. */
const ISO_DAY = 'yyyy-MM-dd';

/**
 * One date input for every form: Material's datepicker (typing or calendar, both by keyboard) in
 * the app's language. The form control holds the API's `YYYY-MM-DD` string ('' when empty), so
 * forms and requests never see a `Date`. A text that is no date, or a date the contract refuses
 * (DateOnlySchema: years 1900–2999), is error `dateInvalid`. `min`/`max` limit the calendar; the
 * form's own validators decide what is allowed. The parent passes the message to show (`error`),
 * e.g. with the `fieldError` pipe.
 */
@Component({
  selector: 'ec-date-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatDatepickerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: DateField, multi: true },
    { provide: NG_VALIDATORS, useExisting: DateField, multi: true },
    provideDateFnsAdapter(),
    { provide: MAT_DATE_LOCALE, useFactory: () => DATE_LOCALES[inject(I18nService).language()] },
    // Its own texts, so the calendar speaks the app's language (Material's default is English).
    { provide: MatDatepickerIntl, useFactory: () => new MatDatepickerIntl() },
  ],
  templateUrl: './date-field.html',
  styleUrl: './date-field.css',
})
export class DateField implements ControlValueAccessor, Validator, OnInit {
  private readonly i18n = inject(I18nService);
  private readonly adapter = inject<DateAdapter<Date, Locale>>(DateAdapter);
  private readonly intl = inject(MatDatepickerIntl);
  private readonly injector = inject(Injector);
  private readonly parentForm = inject(FormGroupDirective, { optional: true });
  /** The form control directive on this field (found after construction: it injects this field). */
  private ngControl: NgControl | null = null;

  readonly label = input.required<string>();
  /** The message to show when the form control is invalid and touched. */
  readonly error = input('');
  readonly required = input(false, { transform: booleanAttribute });
  /** Earliest and latest day the calendar offers, `YYYY-MM-DD`. */
  readonly min = input<string | null>(null);
  readonly max = input<string | null>(null);
  readonly testId = input('');
  readonly subscriptSizing = input<'fixed' | 'dynamic'>('fixed');

  /** The datepicker's own value; the form control gets its `YYYY-MM-DD`. */
  protected readonly date = new FormControl<Date | null>(null);
  protected readonly calendarHeader = CalendarHeader;
  protected readonly minDate = computed(() => this.toDate(this.min()));
  protected readonly maxDate = computed(() => this.toDate(this.max()));
  /** Red and with its message exactly when the form control is: invalid, and touched or submitted. */
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => {
      const control = this.ngControl?.control;
      return !!control && control.invalid && (control.touched || !!this.parentForm?.submitted);
    },
  };

  private onChange: (value: string) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  constructor() {
    this.date.valueChanges.pipe(takeUntilDestroyed()).subscribe((date) => this.onChange(date ? format(date, ISO_DAY) : ''));
    effect(() => {
      // The input re-renders its text in the new format when the adapter's locale changes.
      this.adapter.setLocale(DATE_LOCALES[this.i18n.language()]);
      this.translateCalendar();
    });
  }

  ngOnInit(): void {
    this.ngControl = this.injector.get(NgControl, null, { self: true, optional: true });
  }

  writeValue(value: string | null): void {
    this.date.setValue(this.toDate(value), { emitEvent: false });
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) this.date.disable({ emitEvent: false });
    else this.date.enable({ emitEvent: false });
  }

  validate(control: AbstractControl<string | null>): ValidationErrors | null {
    if (this.date.hasError('matDatepickerParse')) return { dateInvalid: true };
    return control.value && !DateOnlySchema.safeParse(control.value).success ? { dateInvalid: true } : null;
  }

  private toDate(value: string | null): Date | null {
    return value ? this.adapter.deserialize(value) : null;
  }

  private translateCalendar(): void {
    const t = (key: TranslationKey) => this.i18n.t(key);
    Object.assign(this.intl, {
      calendarLabel: t('dateField.calendar'),
      openCalendarLabel: t('dateField.openCalendar'),
      closeCalendarLabel: t('dateField.closeCalendar'),
      prevMonthLabel: t('dateField.prevMonth'),
      nextMonthLabel: t('dateField.nextMonth'),
      prevYearLabel: t('dateField.prevYear'),
      nextYearLabel: t('dateField.nextYear'),
      prevMultiYearLabel: t('dateField.prevMultiYear'),
      nextMultiYearLabel: t('dateField.nextMultiYear'),
      switchToMonthViewLabel: t('dateField.switchToMonthView'),
      switchToMultiYearViewLabel: t('dateField.switchToMultiYearView'),
    } satisfies Partial<MatDatepickerIntl>);
    this.intl.changes.next();
  }
}
