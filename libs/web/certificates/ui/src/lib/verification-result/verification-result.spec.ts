import { TestBed } from '@angular/core/testing';
import type { CertificateVerification } from '@ecampus/shared/contracts';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CERTIFICATES_I18N } from '../../i18n/certificates.i18n';
import { VerificationResult, type VerificationResultStatus } from './verification-result';

const found = {
  code: 'ABCD-EFGH-JKLM-NPQR-S',
  holderName: 'Anna Adler',
  programTitle: 'Mentoring 2027',
  issuedAt: '2027-06-30T10:00:00.000Z',
};

describe('VerificationResult', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CERTIFICATES_I18N)] });
  });

  async function render(result: CertificateVerification, status: VerificationResultStatus) {
    const fixture = TestBed.createComponent(VerificationResult);
    fixture.componentRef.setInput('result', result);
    fixture.componentRef.setInput('status', status);
    await fixture.whenStable();
    const helpers = pageHelpers(fixture);
    return { fixture, card: helpers.$('verify-result'), ...helpers };
  }

  it('shows a valid certificate with holder, program and date', async () => {
    const { fixture, card, $ } = await render({ valid: true, revoked: false, ...found }, 'valid');
    expect(card?.getAttribute('data-status')).toBe('valid');
    expect(card?.querySelector('h2')?.textContent?.trim()).toBe('Gültig');
    expect($('verify-holder')?.textContent?.trim()).toBe('Anna Adler');
    expect($('verify-program')?.textContent?.trim()).toBe('Mentoring 2027');
    expect($('verify-date')?.textContent?.trim()).toBe('30. Juni 2027');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(card?.querySelector('h2')?.textContent?.trim()).toBe('Valid');
  });

  it('shows a revoked one as such, with its details', async () => {
    const { card, $ } = await render({ valid: false, revoked: true, reason: 'revoked', ...found }, 'revoked');
    expect(card?.getAttribute('data-status')).toBe('revoked');
    expect(card?.querySelector('h2')?.textContent?.trim()).toBe('Widerrufen');
    expect($('verify-holder')?.textContent?.trim()).toBe('Anna Adler');
  });

  it('explains a typo, a non-code and an unknown code without details', async () => {
    const typo = await render({ valid: false, reason: 'check' }, 'check');
    expect(typo.card?.textContent).toContain('Der Code enthält einen Tippfehler – bitte prüfen Sie ihn.');
    expect(typo.$('verify-holder')).toBeNull();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CERTIFICATES_I18N)] });
    const unknown = await render({ valid: false, reason: 'unknown', code: 'ABCD-EFGH-JKLM-NPQR-S' }, 'unknown');
    expect(unknown.card?.querySelector('h2')?.textContent?.trim()).toBe('Unbekannter Code');
    expect(unknown.$('verify-holder')).toBeNull();
  });
});
