import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import type { CertificateVerification } from '@ecampus/shared/contracts';
import { byTestId, clean, configureCertificatesTest, openPage, settle } from '../../testing/harness';

const code = 'ABCD-EFGH-JKLM-NPQR-S';
const valid: CertificateVerification = {
  valid: true,
  revoked: false,
  code,
  holderName: 'Anna Adler',
  programTitle: 'Mentoring 2027',
  issuedAt: '2027-06-30T10:00:00.000Z',
};

describe('VerifyPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    ({ http } = configureCertificatesTest());
  });
  afterEach(() => http.verify());

  const result = (el: HTMLElement) => byTestId(el, 'verify-result');

  it('checks the code of the link at once (the QR code) and shows holder, program and date', async () => {
    const { el, harness } = await openPage(`/verify/${code.toLowerCase()}`);
    http.expectOne(`/api/verify/${code}`).flush(valid);
    await settle(harness);
    expect(el.querySelector('h1')?.textContent).toContain('Bescheinigung prüfen');
    expect(TestBed.inject(Title).getTitle()).toBe('Bescheinigung prüfen – eCampus');
    expect((byTestId(el, 'verify-input') as HTMLInputElement).value).toBe(code);
    expect(result(el)?.getAttribute('data-status')).toBe('valid');
    expect(result(el)?.querySelector('h2')?.textContent).toContain('Gültig');
    expect(byTestId(el, 'verify-holder')?.textContent?.trim()).toBe('Anna Adler');
    expect(byTestId(el, 'verify-program')?.textContent?.trim()).toBe('Mentoring 2027');
    // Announced when it changes.
    expect(result(el)?.closest('[aria-live]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('takes the code as people type it, puts it into the address and says what is wrong with it', async () => {
    const { el, harness } = await openPage('/verify');
    expect(result(el)).toBeNull();

    // Nothing typed: a message at the field, no request.
    byTestId(el, 'verify-form')?.dispatchEvent(new Event('submit'));
    await settle(harness);
    expect(el.querySelector('mat-error')?.textContent).toContain('Bitte den Prüfcode eingeben');

    const input = byTestId(el, 'verify-input') as HTMLInputElement;
    input.value = ' abcd efgh jklm npqr t ';
    input.dispatchEvent(new Event('input'));
    byTestId(el, 'verify-form')?.dispatchEvent(new Event('submit'));
    http.expectOne('/api/verify/ABCD-EFGH-JKLM-NPQR-T').flush({ valid: false, reason: 'check' });
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/verify/ABCD-EFGH-JKLM-NPQR-T');
    expect((byTestId(el, 'verify-input') as HTMLInputElement).value).toBe('ABCD-EFGH-JKLM-NPQR-T');
    expect(result(el)?.getAttribute('data-status')).toBe('check');
    expect(clean(result(el)?.textContent)).toContain('Der Code enthält einen Tippfehler – bitte prüfen Sie ihn.');

    // The same page (and field) after the address changed.
    expect(byTestId(el, 'verify-input')).toBe(input);
    input.value = 'hallo';
    input.dispatchEvent(new Event('input'));
    byTestId(el, 'verify-form')?.dispatchEvent(new Event('submit'));
    http.expectOne('/api/verify/HALLO').flush({ valid: false, reason: 'format' });
    await settle(harness);
    expect(result(el)?.getAttribute('data-status')).toBe('format');
  });

  it('shows a revoked and an unknown code as such', async () => {
    const { el, harness } = await openPage(`/verify/${code}`);
    http.expectOne(`/api/verify/${code}`).flush({ ...valid, valid: false, revoked: true, reason: 'revoked' });
    await settle(harness);
    expect(result(el)?.getAttribute('data-status')).toBe('revoked');
    expect(result(el)?.querySelector('h2')?.textContent).toContain('Widerrufen');
    expect(byTestId(el, 'verify-holder')?.textContent?.trim()).toBe('Anna Adler');

    await harness.navigateByUrl('/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ-2');
    http.expectOne('/api/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ-2').flush({ valid: false, reason: 'unknown', code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-2' });
    await settle(harness);
    expect(result(el)?.getAttribute('data-status')).toBe('unknown');
    expect(result(el)?.textContent).toContain('Unbekannter Code');
    expect(byTestId(el, 'verify-holder')).toBeNull();
  });

  it('says when the check is not possible (too many checks)', async () => {
    const { el, harness } = await openPage(`/verify/${code}`);
    http
      .expectOne(`/api/verify/${code}`)
      .flush(
        { statusCode: 429, code: 'rate_limited', message: 'Zu viele Prüfungen in kurzer Zeit. Bitte warten Sie eine Minute.' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await settle(harness);
    expect(result(el)).toBeNull();
    expect(byTestId(el, 'verify-error')?.textContent).toContain('Zu viele Prüfungen in kurzer Zeit.');
  });
});
