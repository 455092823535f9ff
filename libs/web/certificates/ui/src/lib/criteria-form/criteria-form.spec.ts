import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { CertificateCriteria, CertificateCriteriaInput, ModuleSummary } from '@ecampus/shared/contracts';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CERTIFICATES_I18N } from '../../i18n/certificates.i18n';
import { CriteriaForm, toPercent, toRatio } from './criteria-form';

const M1 = '00000000-0000-4000-8000-000000000001';
const M2 = '00000000-0000-4000-8000-000000000002';
const aModule = (id: string, title: string, status: ModuleSummary['status'] = 'published') => ({ id, title, status }) as ModuleSummary;
const criteria = (overrides: Partial<CertificateCriteria> = {}): CertificateCriteria => ({
  requiredModuleIds: [M1],
  minAttendanceRatio: 0.75,
  sessionPresenceRatio: 0.5,
  requireApprovedAssignments: true,
  minTandemMeetings: 3,
  updatedAt: null,
  ...overrides,
});

describe('percent and share', () => {
  it('converts both ways without floating-point dust', () => {
    expect([toPercent(0.75), toPercent(0.3333), toPercent(0.07), toPercent(1)]).toEqual([75, 33.33, 7, 100]);
    expect([toRatio(75), toRatio(33.33), toRatio(7), toRatio(0)]).toEqual([0.75, 0.3333, 0.07, 0]);
  });
});

describe('CriteriaForm', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CERTIFICATES_I18N), provideNoopAnimations()] });
  });

  async function render(saved: CertificateCriteria = criteria()) {
    const fixture = TestBed.createComponent(CriteriaForm);
    fixture.componentRef.setInput('criteria', saved);
    fixture.componentRef.setInput('modules', [aModule(M1, 'Politische Kommunikation'), aModule(M2, 'Entwurf', 'draft')]);
    fixture.componentRef.setInput('submission', { busy: signal(false), messages: signal<string[]>([]) });
    const bodies: CertificateCriteriaInput[] = [];
    fixture.componentInstance.save.subscribe((body) => bodies.push(body));
    await fixture.whenStable();
    return { fixture, form: fixture.componentInstance.form, bodies, ...pageHelpers(fixture) };
  }

  it('shows the saved criteria with shares as percent and sends shares back', async () => {
    const { $, form, bodies, submit, type } = await render();
    expect(($('criteria-attendance') as HTMLInputElement).value).toBe('75');
    expect(($('criteria-presence') as HTMLInputElement).value).toBe('50');
    expect(($('criteria-meetings') as HTMLInputElement).value).toBe('3');
    expect($('criteria-assignments')?.querySelector('button')?.getAttribute('aria-checked')).toBe('true');
    expect(form.controls.requiredModuleIds.value).toEqual([M1]);
    expect($('criteria-updated')?.textContent).toContain('Noch nicht gespeichert');

    type('criteria-attendance', '80');
    type('criteria-presence', '60');
    type('criteria-meetings', '2');
    form.controls.requiredModuleIds.setValue([M1, M2]);
    ($('criteria-assignments')?.querySelector('button') as HTMLButtonElement).click();
    await submit('criteria-form');
    expect(bodies).toEqual([
      {
        requiredModuleIds: [M1, M2],
        minAttendanceRatio: 0.8,
        sessionPresenceRatio: 0.6,
        requireApprovedAssignments: false,
        minTandemMeetings: 2,
      },
    ]);
  });

  it('refuses what the contract refuses and says so at the fields', async () => {
    const { el, bodies, submit, type, settle } = await render();
    type('criteria-attendance', '120');
    type('criteria-presence', '');
    type('criteria-meetings', '2.5');
    await submit('criteria-form');
    await settle();
    expect(bodies).toEqual([]);
    const errors = Array.from(el.querySelectorAll('mat-error'), (e) => e.textContent?.trim()).filter(Boolean);
    expect(errors).toEqual([
      'Bitte einen Wert zwischen 0 und 100 angeben',
      'Bitte einen Prozentwert angeben',
      'Bitte eine ganze Zahl zwischen 0 und 100 angeben',
    ]);
  });

  it('says when the criteria were saved, marks unpublished modules, and speaks English too', async () => {
    const { fixture, $, el } = await render(criteria({ updatedAt: '2027-03-01T10:00:00.000Z' }));
    expect($('criteria-updated')?.textContent).toContain('Zuletzt gespeichert: 1. März 2027');
    ($('criteria-modules')?.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll('mat-option'), (o) => o.textContent?.trim());
    expect(options).toEqual(['Politische Kommunikation', 'Entwurf (nicht veröffentlicht)']);

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(el.textContent).toContain('Save criteria');
    expect(el.textContent).toContain('A live session counts from … % presence');
  });
});
