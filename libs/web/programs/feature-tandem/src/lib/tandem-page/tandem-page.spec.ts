import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { localDateString, listOf } from '@ecampus/shared/contracts';
import { TandemStore } from '@ecampus/web/programs/data-access';
import { aMeeting, aProgram, aTandemDetail } from '@ecampus/web/programs/data-access/testing';
import { MeetingForm } from '@ecampus/web/programs/ui';
import { By } from '@angular/platform-browser';
import { TandemPage } from './tandem-page';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';

const yesterday = localDateString(-1);
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('TandemPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(PROGRAMS_I18N),
        TandemStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideNoopAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function renderMine(detail = aTandemDetail()) {
    const fixture = TestBed.createComponent(TandemPage);
    fixture.componentRef.setInput('programId', 'p1');
    fixture.componentRef.setInput('mine', true);
    fixture.detectChanges();
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['mentee'], myTandemId: 't1' }));
    await tick();
    http.expectOne('/api/tandems/t1').flush(detail);
    http.expectOne('/api/tandems/t1/meetings').flush(listOf([aMeeting({ id: 'm1', date: '2027-03-10', notes: 'Erstes Kennenlernen' })]));
    await tick();
    await fixture.whenStable();
    return fixture;
  }

  it('shows the mentee her partner with contact, the quiet hint, goals and the meeting log', async () => {
    const fixture = await renderMine();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('h1')?.textContent).toContain('Mein Tandem');
    expect(el.querySelector('[data-testid="tandem-partner-name"]')?.textContent).toContain('Mia Mentorin');
    expect(el.querySelector('[data-testid="tandem-partner-email"]')?.getAttribute('href')).toBe('mailto:mia@ecampus.example');
    expect(el.querySelector('[data-testid="tandem-quiet-banner"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="goals-text"]')?.textContent).toContain('Noch keine Ziele festgehalten.');
    expect(el.querySelectorAll('[data-testid="meeting-item"]').length).toBe(1);
    expect(el.textContent).toContain('Erstes Kennenlernen');
  });

  it('logs a meeting: posts it, lists it and drops the quiet hint after the server says so', async () => {
    const fixture = await renderMine();
    const form = fixture.debugElement.query(By.directive(MeetingForm)).componentInstance as MeetingForm;
    form.form.setValue({ date: yesterday, format: 'online', durationMinutes: 45, notes: '' });
    form.submit();
    const req = http.expectOne({ method: 'POST', url: '/api/tandems/t1/meetings' });
    expect(req.request.body).toEqual({ date: yesterday, format: 'online', durationMinutes: 45 });
    req.flush(aMeeting({ id: 'm2', date: yesterday, durationMinutes: 45 }));
    await tick();
    http.expectOne('/api/tandems/t1').flush(aTandemDetail({ quiet: false, lastMeetingOn: yesterday, meetingCount: 2 }));
    await tick();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelectorAll('[data-testid="meeting-item"]').length).toBe(2);
    expect(el.querySelector('[data-testid="tandem-quiet-banner"]')).toBeNull();
    expect(el.querySelector('[data-testid="meetings-summary"]')?.textContent).toContain('2 Treffen, zusammen 105 Minuten');
  });

  it("puts the server's message at the meeting form's field", async () => {
    const fixture = await renderMine();
    const form = fixture.debugElement.query(By.directive(MeetingForm)).componentInstance as MeetingForm;
    form.form.setValue({ date: yesterday, format: 'online', durationMinutes: 45, notes: '' });
    form.submit();
    http.expectOne({ method: 'POST', url: '/api/tandems/t1/meetings' }).flush(
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Ungültig',
        fields: { date: 'Das Treffen darf nicht in der Zukunft liegen' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await tick();
    await fixture.whenStable();
    expect(form.form.controls.date.getError('server')).toBe('Das Treffen darf nicht in der Zukunft liegen');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Das Treffen darf nicht in der Zukunft liegen');
  });

  it('edits the goals', async () => {
    const fixture = await renderMine();
    const el: HTMLElement = fixture.nativeElement;
    el.querySelector<HTMLButtonElement>('[data-testid="goals-edit"]')?.click();
    await fixture.whenStable();
    const input = el.querySelector<HTMLTextAreaElement>('[data-testid="goals-input"]');
    expect(input).not.toBeNull();
    if (!input) return;
    input.value = 'Eigene Instagram-Seite bis Juni';
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid="goals-save"]')?.click();
    const req = http.expectOne({ method: 'PATCH', url: '/api/tandems/t1' });
    expect(req.request.body).toEqual({ goals: 'Eigene Instagram-Seite bis Juni' });
    req.flush({ ...aTandemDetail(), goals: 'Eigene Instagram-Seite bis Juni' });
    await tick();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="goals-text"]')?.textContent).toContain('Eigene Instagram-Seite bis Juni');
  });

  it('tells a participant without a tandem that the coordinators form them', async () => {
    const fixture = TestBed.createComponent(TandemPage);
    fixture.componentRef.setInput('programId', 'p1');
    fixture.componentRef.setInput('mine', true);
    fixture.detectChanges();
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['mentor'], myTandemId: null }));
    await tick();
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="no-tandem"]')?.textContent).toContain('Noch kein Tandem');
  });

  it('points staff on "Mein Tandem" to the tandem overview instead of promising a tandem', async () => {
    const fixture = TestBed.createComponent(TandemPage);
    fixture.componentRef.setInput('programId', 'p1');
    fixture.componentRef.setInput('mine', true);
    fixture.detectChanges();
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['coordinator'], myTandemId: null }));
    await tick();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="no-tandem"]')).toBeNull();
    const hint = el.querySelector('[data-testid="no-tandem-staff"]');
    expect(hint?.textContent).toContain('Kein eigenes Tandem');
    expect(hint?.querySelector('a')?.getAttribute('href')).toBe('/programme/p1/tandems');
  });
});
