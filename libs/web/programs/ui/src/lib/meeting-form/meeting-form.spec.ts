import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { CreateMeetingRequest } from '@ecampus/shared/contracts';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { PROGRAMS_I18N } from '../../i18n/programs.i18n';
import { MeetingForm } from './meeting-form';

describe('MeetingForm', () => {
  let fixture: ComponentFixture<MeetingForm>;
  let component: MeetingForm;
  let emitted: CreateMeetingRequest[];
  const messages = signal<string[]>([]);
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    messages.set([]);
    TestBed.configureTestingModule({ providers: [provideNoopAnimations(), provideTestI18n(PROGRAMS_I18N)] });
    fixture = TestBed.createComponent(MeetingForm);
    fixture.componentRef.setInput('today', '2027-04-15');
    fixture.componentRef.setInput('submission', { busy: signal(false), messages });
    component = fixture.componentInstance;
    emitted = [];
    component.save.subscribe((body) => emitted.push(body));
    await fixture.whenStable();
    component.form.controls.date.setValue('2027-04-15');
  });

  async function submit() {
    el().querySelector<HTMLButtonElement>('[data-testid="meeting-submit"]')?.click();
    await fixture.whenStable();
  }

  it('refuses an empty format and shows the German message at the field', async () => {
    await submit();
    expect(emitted).toEqual([]);
    expect(el().textContent).toContain('Bitte ein Format wählen.');
  });

  it('refuses a date in the future, zero minutes and fractions of minutes', async () => {
    const c = component.form.controls;
    c.format.setValue('online');
    c.date.setValue('2027-04-16');
    c.durationMinutes.setValue(0);
    await submit();
    expect(emitted).toEqual([]);
    expect(c.date.hasError('future')).toBe(true);
    expect(el().textContent).toContain('Das Treffen darf nicht in der Zukunft liegen.');
    expect(el().textContent).toContain('Bitte zwischen 1 und 1440 Minuten angeben.');

    c.durationMinutes.setValue(1441);
    expect(c.durationMinutes.hasError('max')).toBe(true);
    c.durationMinutes.setValue(1.5);
    expect(c.durationMinutes.hasError('pattern')).toBe(true);
    c.durationMinutes.setValue(null);
    expect(c.durationMinutes.hasError('required')).toBe(true);
  });

  it('emits the request body with trimmed notes, and leaves empty notes out', async () => {
    const c = component.form.controls;
    c.format.setValue('in_person');
    c.durationMinutes.setValue(90);
    c.notes.setValue('  Instagram-Profil eingerichtet  ');
    await submit();
    expect(emitted).toEqual([{ date: '2027-04-15', format: 'in_person', durationMinutes: 90, notes: 'Instagram-Profil eingerichtet' }]);

    c.notes.setValue('   ');
    await submit();
    expect(emitted[1]).toEqual({ date: '2027-04-15', format: 'in_person', durationMinutes: 90 });
  });

  it("shows the server's field message at the field and the parent's form-level messages above the button", async () => {
    component.form.controls.format.setValue('online');
    // What the parent's formSubmit does with a refusal: field messages onto the fields, the rest as messages.
    const duration = component.form.controls.durationMinutes;
    duration.setErrors({ server: 'Die Dauer darf höchstens 1440 Minuten (24 Stunden) sein' });
    duration.markAsTouched();
    messages.set(['Etwas anderes']);
    await fixture.whenStable();
    expect(duration.getError('server')).toBe('Die Dauer darf höchstens 1440 Minuten (24 Stunden) sein');
    expect(el().textContent).toContain('Die Dauer darf höchstens 1440 Minuten (24 Stunden) sein');
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Etwas anderes');

    // Editing the field re-runs the validators and clears the server message.
    duration.setValue(60);
    expect(duration.valid).toBe(true);
  });

  it('shows the date in the app language and keeps YYYY-MM-DD in the form', async () => {
    const input = el().querySelector<HTMLInputElement>('[data-testid="meeting-date"]') as HTMLInputElement;
    await fixture.whenStable();
    expect(input.value).toBe('15.04.2027');
    input.value = '3.4.2027';
    input.dispatchEvent(new Event('input'));
    expect(component.form.controls.date.value).toBe('2027-04-03');
  });

  it('resets to a fresh form without showing errors', async () => {
    component.form.controls.format.setValue('online');
    await submit();
    component.reset();
    await fixture.whenStable();
    expect(component.form.controls.format.value).toBeNull();
    expect(component.form.controls.date.value).toBe('2027-04-15');
    expect(el().querySelectorAll('mat-error').length).toBe(0);
  });
});
