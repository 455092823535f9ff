import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { CertificateEligibility } from '@ecampus/shared/contracts';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CERTIFICATES_I18N } from '../../i18n/certificates.i18n';
import { eligibilityStatusOf } from '../eligibility-status-chip/eligibility-status-chip';
import { EligibilityTable, filterPeople } from './eligibility-table';

const progress = {
  modulesCompleted: 0,
  modulesRequired: 1,
  sessionsAttended: 0,
  sessionsHeld: 0,
  minutesPresent: 0,
  assignmentsApproved: 0,
  assignmentsRequired: 0,
  tandemMeetings: 0,
};
const person = (userId: string, displayName: string, overrides: Partial<CertificateEligibility> = {}): CertificateEligibility => ({
  userId,
  displayName,
  role: 'mentee',
  eligible: true,
  missing: [],
  override: null,
  progress,
  ...overrides,
});
const people = (): CertificateEligibility[] => [
  person('u-anna', 'Anna Adler', { role: 'mentor' }),
  person('u-bea', 'Bea Berg', {
    eligible: false,
    missing: [
      { code: 'attendance', message: 'Hat 2 von 4 Live-Seminaren besucht, verlangt sind 75 %.' },
      { code: 'meetings', message: 'Hat 1 von 3 Tandemtreffen.' },
    ],
  }),
  person('u-celine', 'Céline Castro', {
    missing: [{ code: 'modules', message: 'Hat 0 von 1 Pflichtmodul abgeschlossen.' }],
    override: { kind: 'allow', reason: 'Krankheit' },
  }),
  person('u-dora', 'Dora Dietz', {
    eligible: false,
    missing: [{ code: 'blocked', message: 'Von der Programmleitung gesperrt.' }],
    override: { kind: 'block', reason: 'Abgebrochen' },
  }),
];

describe('eligibility status and filter', () => {
  it('puts the coordinators’ decision before the criteria', () => {
    expect(people().map(eligibilityStatusOf)).toEqual(['met', 'missing', 'allowed', 'blocked']);
  });

  it('filters by status and finds names regardless of case and accents', () => {
    const names = (list: CertificateEligibility[]) => list.map((p) => p.displayName);
    expect(names(filterPeople(people(), 'eligible', ''))).toEqual(['Anna Adler', 'Céline Castro']);
    expect(names(filterPeople(people(), 'notEligible', ''))).toEqual(['Bea Berg', 'Dora Dietz']);
    expect(names(filterPeople(people(), 'exceptions', ''))).toEqual(['Céline Castro', 'Dora Dietz']);
    expect(names(filterPeople(people(), 'all', ' celine '))).toEqual(['Céline Castro']);
  });
});

describe('EligibilityTable', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CERTIFICATES_I18N), provideNoopAnimations()] });
  });

  async function render(list = people()) {
    const fixture = TestBed.createComponent(EligibilityTable);
    fixture.componentRef.setInput('people', list);
    const events: string[] = [];
    fixture.componentInstance.allow.subscribe((p) => events.push(`allow ${p.userId}`));
    fixture.componentInstance.block.subscribe((p) => events.push(`block ${p.userId}`));
    fixture.componentInstance.clear.subscribe((p) => events.push(`clear ${p.userId}`));
    await fixture.whenStable();
    const helpers = pageHelpers(fixture);
    const row = (name: string) => helpers.el.querySelector<HTMLElement>(`[data-testid="eligibility-row"][data-user-name="${name}"]`);
    const rowNames = () =>
      Array.from(helpers.el.querySelectorAll('[data-testid="eligibility-row"]'), (r) => r.getAttribute('data-user-name'));
    return { fixture, events, row, rowNames, ...helpers };
  }

  it('lists everyone with role, status and why not, and the reason of an exception', async () => {
    const { row, rowNames } = await render();
    expect(rowNames()).toEqual(['Anna Adler', 'Bea Berg', 'Céline Castro', 'Dora Dietz']);
    const status = (name: string) => row(name)?.querySelector('[data-testid="eligibility-status"]')?.textContent?.trim();
    expect(['Anna Adler', 'Bea Berg', 'Céline Castro', 'Dora Dietz'].map(status)).toEqual([
      'erfüllt',
      'fehlt etwas',
      'zugelassen',
      'gesperrt',
    ]);
    expect(row('Anna Adler')?.textContent).toContain('Mentorin / Mentor');
    const missing = (name: string) =>
      Array.from(row(name)?.querySelectorAll('[data-testid="eligibility-missing"] li') ?? [], (li) => li.textContent?.trim());
    expect(missing('Bea Berg')).toEqual(['Hat 2 von 4 Live-Seminaren besucht, verlangt sind 75 %.', 'Hat 1 von 3 Tandemtreffen.']);
    expect(row('Anna Adler')?.querySelector('[data-testid="eligibility-missing"]')?.textContent?.trim()).toBe('Alles erfüllt');
    expect(row('Céline Castro')?.querySelector('[data-testid="eligibility-reason"]')?.textContent?.trim()).toBe('Begründung: Krankheit');
  });

  it('offers "Trotzdem zulassen" to who misses something, "Sperren" without an exception, "Ausnahme aufheben" with one', async () => {
    const { row, events } = await render();
    const buttons = (name: string) => Array.from(row(name)?.querySelectorAll('button') ?? [], (b) => b.getAttribute('data-testid'));
    expect(buttons('Anna Adler')).toEqual(['eligibility-block']);
    expect(buttons('Bea Berg')).toEqual(['eligibility-allow', 'eligibility-block']);
    expect(buttons('Céline Castro')).toEqual(['eligibility-clear']);
    expect(buttons('Dora Dietz')).toEqual(['eligibility-clear']);
    // Each button says whom it is for.
    expect(row('Bea Berg')?.querySelector('[data-testid="eligibility-allow"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Trotzdem zulassen …: Bea Berg',
    );

    row('Bea Berg')?.querySelector<HTMLButtonElement>('[data-testid="eligibility-allow"]')?.click();
    row('Anna Adler')?.querySelector<HTMLButtonElement>('[data-testid="eligibility-block"]')?.click();
    row('Dora Dietz')?.querySelector<HTMLButtonElement>('[data-testid="eligibility-clear"]')?.click();
    expect(events).toEqual(['allow u-bea', 'block u-anna', 'clear u-dora']);
  });

  it('filters with the numbers on the choices, searches by name, and says when nobody is left', async () => {
    const { $, rowNames, settle, type } = await render();
    const choices = Array.from($('eligibility-filter')?.querySelectorAll('button') ?? [], (b) => b.textContent?.trim());
    expect(choices).toEqual(['Alle (4)', 'Erfüllt (2)', 'Nicht erfüllt (2)', 'Ausnahmen (2)']);

    $('eligibility-filter-not-eligible')?.querySelector('button')?.click();
    await settle();
    expect(rowNames()).toEqual(['Bea Berg', 'Dora Dietz']);

    type('eligibility-search', 'anna');
    await settle();
    expect(rowNames()).toEqual([]);
    expect($('eligibility-table')).toBeNull();
    expect($('eligibility-none')?.textContent).toContain('Niemand passt');

    $('eligibility-filter-all')?.querySelector('button')?.click();
    await settle();
    expect(rowNames()).toEqual(['Anna Adler']);
  });
});
