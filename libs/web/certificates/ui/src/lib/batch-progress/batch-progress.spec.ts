import { TestBed } from '@angular/core/testing';
import type { CertificateBatch } from '@ecampus/shared/contracts';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CERTIFICATES_I18N } from '../../i18n/certificates.i18n';
import { BatchProgress } from './batch-progress';

const aBatch = (overrides: Partial<CertificateBatch> = {}): CertificateBatch => ({
  id: 'b1',
  programId: 'p1',
  status: 'running',
  total: 40,
  completed: 12,
  failed: 0,
  notify: false,
  createdAt: '2027-06-30T10:00:00.000Z',
  failures: [],
  ...overrides,
});

describe('BatchProgress', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CERTIFICATES_I18N)] });
  });

  async function render(batch: CertificateBatch, percent: number) {
    const fixture = TestBed.createComponent(BatchProgress);
    fixture.componentRef.setInput('batch', batch);
    fixture.componentRef.setInput('percent', percent);
    await fixture.whenStable();
    const helpers = pageHelpers(fixture);
    return { fixture, text: () => helpers.$('batch-progress-text')?.textContent?.replace(/\s+/g, ' ').trim(), ...helpers };
  }

  it('shows how far it is as a bar and in words that are announced', async () => {
    const { fixture, $, text } = await render(aBatch(), 30);
    const bar = $('batch-progress');
    expect(bar?.getAttribute('data-percent')).toBe('30');
    expect(bar?.getAttribute('aria-valuenow')).toBe('30');
    expect(bar?.getAttribute('aria-label')).toBe('Fortschritt der Ausstellung');
    expect(text()).toBe('12 von 40 ausgestellt');
    expect($('batch-progress-text')?.getAttribute('aria-live')).toBe('polite');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(text()).toBe('12 of 40 issued');
  });

  it('says it is preparing until the number is known', async () => {
    const { text } = await render(aBatch({ total: 0, completed: 0 }), 0);
    expect(text()).toBe('Die Ausstellung wird vorbereitet …');
  });

  it('says when it is done and lists who failed and why', async () => {
    const failures = [{ userId: 'u-x', displayName: 'Xenia Xu', reason: 'Schrift fehlt' }];
    const { $, text } = await render(aBatch({ status: 'done', completed: 39, failed: 1, failures }), 100);
    expect($('batch-progress')?.getAttribute('data-percent')).toBe('100');
    expect(text()).toBe('Fertig: 39 von 40 ausgestellt, 1 fehlgeschlagen');
    expect($('batch-failures')?.textContent?.trim()).toBe('Xenia Xu: Schrift fehlt');
  });
});
