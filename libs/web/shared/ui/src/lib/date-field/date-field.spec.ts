import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { FieldErrorPipe } from '../field-error/field-error-pipe';
import { DateField } from './date-field';

@Component({
  selector: 'ec-host',
  imports: [ReactiveFormsModule, DateField, FieldErrorPipe],
  template: `
    <form [formGroup]="form">
      <ec-date-field
        formControlName="day"
        label="Datum"
        testId="day"
        max="2027-12-31"
        required
        [error]="form.controls.day | fieldError: { dateInvalid: 'Kein Datum', required: 'Bitte ein Datum angeben' }"
      />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({ day: new FormControl('2026-11-27', { nonNullable: true, validators: [Validators.required] }) });
}

describe('DateField', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNoopAnimations(), provideTestI18n()] });
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const input = el.querySelector<HTMLInputElement>('[data-testid="day"]') as HTMLInputElement;
    const day = fixture.componentInstance.form.controls.day;
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await fixture.whenStable();
    };
    return { fixture, el, input, day, type };
  }

  it('shows and reads German dates while the form keeps YYYY-MM-DD', async () => {
    const { input, day, type } = await render();
    expect(input.value).toBe('27.11.2026');
    await type('1.3.2027');
    expect(day.value).toBe('2027-03-01');
    await type('15.04.2027');
    expect(day.value).toBe('2027-04-15');
    expect(day.valid).toBe(true);
  });

  it('follows the app language, not the browser: English shows and reads MM/DD/YYYY', async () => {
    const { fixture, el, input, day, type } = await render();
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(input.value).toBe('11/27/2026');
    expect(el.querySelector('mat-hint')?.textContent).toBe('MM/DD/YYYY');
    await type('3/1/2027');
    expect(day.value).toBe('2027-03-01');
    // ISO is understood in both languages.
    await type('2027-05-02');
    expect(day.value).toBe('2027-05-02');
  });

  it('refuses what is no date, or a year the API refuses, with the message at the field', async () => {
    const { el, day, type } = await render();
    await type('morgen');
    expect(day.value).toBe('');
    expect(day.hasError('dateInvalid')).toBe(true);
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Kein Datum');

    // A two-digit year is the year 26: outside the contract's range.
    await type('27.11.26');
    expect(day.value).toBe('0026-11-27');
    expect(day.hasError('dateInvalid')).toBe(true);

    await type('');
    expect(day.hasError('dateInvalid')).toBe(false);
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Bitte ein Datum angeben');
  });

  it('is labelled, marked required, and names its calendar button in the app language', async () => {
    const { el, input } = await render();
    const label = el.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toContain('Datum');
    expect(input.getAttribute('aria-required')).toBe('true');
    expect(el.querySelector('[data-testid="day-calendar"] button')?.getAttribute('aria-label')).toBe('Kalender öffnen');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('opens a calendar in the app language and takes the chosen day', async () => {
    const { fixture, el, day } = await render();
    el.querySelector<HTMLButtonElement>('[data-testid="day-calendar"] button')?.click();
    await fixture.whenStable();
    const calendar = document.querySelector('mat-calendar') as HTMLElement;
    expect(calendar.querySelector('thead')?.textContent).toContain('Montag');
    expect(calendar.querySelector('.mat-calendar-previous-button')?.getAttribute('aria-label')).toBe('Vorheriger Monat');
    // The month button is named by what it shows, then what it does (WCAG 2.5.3).
    const period = calendar.querySelector('.mat-calendar-period-button');
    expect(period?.hasAttribute('aria-label')).toBe(false);
    expect(period?.textContent?.replace(/\s+/g, ' ').trim()).toBe('NOV 2026: Jahr und Monat wählen');
    calendar.querySelector<HTMLElement>('[aria-label="3. Nov. 2026"]')?.click();
    await fixture.whenStable();
    expect(day.value).toBe('2026-11-03');
  });

  it('writes values set by the form and shows no error before the field is touched', async () => {
    const { fixture, el, input, day } = await render();
    day.setValue('');
    await fixture.whenStable();
    expect(input.value).toBe('');
    expect(el.querySelector('mat-error')).toBeNull();
    day.setValue('2027-02-03');
    await fixture.whenStable();
    expect(input.value).toBe('03.02.2027');
  });
});
