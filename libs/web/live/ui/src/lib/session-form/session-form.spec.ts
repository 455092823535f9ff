import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { CreateLiveSessionRequest, LiveSession } from '@ecampus/shared/contracts';
import { aLiveSession } from '../../testing/live-session';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_I18N } from '../../i18n/live.i18n';
import { LiveSessionForm } from './session-form';
import { splitLocal, toInstant } from './session-instant';

const trainers = Array.from({ length: 11 }, (_, i) => ({ userId: `u${i}`, displayName: `Person ${String(i).padStart(2, '0')}` }));

describe('session instants', () => {
  it('sends the local date and time with the browser’s offset, the same instant as the browser means', () => {
    const instant = toInstant('2027-03-01', '18:30');
    expect(instant).toMatch(/^2027-03-01T18:30:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(instant ?? '')).toBe(new Date(2027, 2, 1, 18, 30).getTime());
    expect(splitLocal(instant)).toEqual({ date: '2027-03-01', time: '18:30' });
  });

  it('gives nothing for a missing or malformed date or time', () => {
    expect([toInstant('', '18:00'), toInstant('2027-03-01', ''), toInstant('2027-03-01', '25:00'), toInstant('1.3.2027', '18:00')]).toEqual(
      [null, null, null, null],
    );
    expect(splitLocal(null)).toEqual({ date: '', time: '' });
  });
});

describe('LiveSessionForm', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_I18N), provideNoopAnimations()] });
  });

  async function render(session: LiveSession | null = null, people = trainers.slice(0, 2)) {
    const fixture = TestBed.createComponent(LiveSessionForm);
    fixture.componentRef.setInput('session', session);
    fixture.componentRef.setInput('modules', [{ id: 'm1', title: 'Social Media' }]);
    fixture.componentRef.setInput('trainers', people);
    fixture.componentRef.setInput('submission', { busy: signal(false), messages: signal<string[]>([]) });
    const saved: CreateLiveSessionRequest[] = [];
    fixture.componentInstance.save.subscribe((body) => saved.push(body));
    await fixture.whenStable();
    return { fixture, form: fixture.componentInstance.form, saved, ...pageHelpers(fixture) };
  }

  it('refuses an empty form and says what is missing at the fields', async () => {
    const { el, saved, submit, settle } = await render();
    await submit('live-session-form');
    await settle();
    expect(saved).toEqual([]);
    const errors = Array.from(el.querySelectorAll('mat-error'), (e) => e.textContent?.trim()).filter(Boolean);
    expect(errors).toEqual(['Bitte einen Titel angeben', 'Bitte ein Datum angeben', 'Bitte eine Uhrzeit angeben (SS:MM)']);
  });

  it('checks the limits of the contract: title length, custom minutes 15–480 in whole minutes, at most 10 trainers', async () => {
    const { form, fixture, el, saved, submit } = await render(null, trainers);
    form.patchValue({ title: 'x'.repeat(201), startsAt: '2027-03-01', startTime: '18:00', durationMinutes: 'custom', customMinutes: 10 });
    form.controls.trainerIds.setValue(trainers.map((t) => t.userId));
    await submit('live-session-form');
    expect(saved).toEqual([]);
    expect(form.controls.title.hasError('maxlength')).toBe(true);
    expect(form.controls.customMinutes.hasError('range')).toBe(true);
    expect(form.controls.trainerIds.hasError('tooMany')).toBe(true);
    expect(el.textContent).toContain('Höchstens 200 Zeichen');
    expect(el.textContent).toContain('Ganze Minuten zwischen 15 und 480');
    expect(el.textContent).toContain('Höchstens 10 Personen');

    form.patchValue({ customMinutes: 22.5 });
    expect(form.controls.customMinutes.hasError('range')).toBe(true);
    form.patchValue({ customMinutes: 481 });
    expect(form.controls.customMinutes.hasError('range')).toBe(true);
    form.patchValue({ customMinutes: null });
    expect(form.controls.customMinutes.hasError('required')).toBe(true);
    // Back to a choice: the custom minutes no longer count.
    form.patchValue({ durationMinutes: 60 });
    expect(form.controls.customMinutes.valid).toBe(true);
    await fixture.whenStable();
  });

  it('emits the request body: trimmed texts, the start as an instant with offset, the chosen duration, module and trainers', async () => {
    const { form, type, saved, submit } = await render();
    type('live-form-title', '  Pressearbeit im Wahlkreis ');
    type('live-form-description', ' Mit Übungen ');
    type('live-form-time', '18:30');
    form.patchValue({ startsAt: '2027-03-01', durationMinutes: 'custom', customMinutes: 75, moduleId: 'm1' });
    await submit('live-session-form');
    expect(saved).toEqual([
      {
        title: 'Pressearbeit im Wahlkreis',
        description: 'Mit Übungen',
        startsAt: toInstant('2027-03-01', '18:30'),
        durationMinutes: 75,
        moduleId: 'm1',
      },
    ]);

    // Chosen trainers are sent; none chosen on a new session leaves them to the API (the creator).
    form.patchValue({ durationMinutes: 90, moduleId: '', trainerIds: ['u1'] });
    await submit('live-session-form');
    expect(saved[1]).toMatchObject({ durationMinutes: 90, moduleId: null, trainerIds: ['u1'] });
  });

  it('fills in a session to edit, a duration outside the choices as custom minutes, and sends its trainers even when cleared', async () => {
    const session = aLiveSession({
      title: 'Alt',
      description: 'Beschreibung',
      startsAt: new Date(2027, 2, 1, 18, 0).toISOString(),
      durationMinutes: 75,
      moduleId: 'm1',
      trainers: [{ userId: 'u1', displayName: 'Person 01' }],
    });
    const { form, saved, submit, el } = await render(session);
    expect(form.getRawValue()).toEqual({
      title: 'Alt',
      description: 'Beschreibung',
      startsAt: '2027-03-01',
      startTime: '18:00',
      durationMinutes: 'custom',
      customMinutes: 75,
      moduleId: 'm1',
      trainerIds: ['u1'],
    });
    expect(el.querySelector('[data-testid="live-form-submit"]')?.textContent).toContain('Speichern');
    form.patchValue({ trainerIds: [] });
    await submit('live-session-form');
    expect(saved[0]).toMatchObject({ title: 'Alt', durationMinutes: 75, moduleId: 'm1', trainerIds: [] });
  });

  it('leaves the trainers out when there are none to choose from', async () => {
    const { $, form, saved, submit } = await render(null, []);
    expect($('live-form-trainers')).toBeNull();
    form.patchValue({ title: 'Ohne', startsAt: '2027-03-01', startTime: '09:00' });
    await submit('live-session-form');
    expect(saved[0]).not.toHaveProperty('trainerIds');
    expect(saved[0]).toMatchObject({ durationMinutes: 90 });
  });
});
