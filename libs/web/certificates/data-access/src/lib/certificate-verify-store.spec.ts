import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CertificateVerifyStore, verificationStatusOf } from './certificate-verify-store';
import { normalizeVerificationCode } from './verification-code';

describe('normalizeVerificationCode', () => {
  it('drops spaces and dashes, upper-cases and groups a code of the right length as printed', () => {
    expect(normalizeVerificationCode(' abcd efgh-jklm npqr s ')).toBe('ABCD-EFGH-JKLM-NPQR-S');
    expect(normalizeVerificationCode('ABCD\u2013EFGH\u2013JKLM\u2013NPQR\u2013S')).toBe('ABCD-EFGH-JKLM-NPQR-S');
    expect(normalizeVerificationCode('abcdefghjklmnpqrs')).toBe('ABCD-EFGH-JKLM-NPQR-S');
  });

  it('leaves anything else compact for the API to judge', () => {
    expect(normalizeVerificationCode('abc 123')).toBe('ABC123');
    expect(normalizeVerificationCode('')).toBe('');
  });
});

describe('verificationStatusOf', () => {
  it('says valid, revoked, or why not', () => {
    expect(verificationStatusOf({ valid: true, revoked: false })).toBe('valid');
    expect(verificationStatusOf({ valid: false, revoked: true, reason: 'revoked' })).toBe('revoked');
    expect(verificationStatusOf({ valid: false, reason: 'check' })).toBe('check');
    expect(verificationStatusOf({ valid: false, reason: 'format' })).toBe('format');
    expect(verificationStatusOf({ valid: false })).toBe('unknown');
  });
});

describe('CertificateVerifyStore', () => {
  let http: HttpTestingController;
  let store: CertificateVerifyStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [CertificateVerifyStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CertificateVerifyStore);
  });
  afterEach(() => http.verify());

  it('checks the tidied code and keeps the answer', async () => {
    const done = store.check('abcd efgh jklm npqr s');
    expect(store.code()).toBe('ABCD-EFGH-JKLM-NPQR-S');
    expect(store.checking()).toBe(true);
    http.expectOne('/api/verify/ABCD-EFGH-JKLM-NPQR-S').flush({
      valid: true,
      revoked: false,
      code: 'ABCD-EFGH-JKLM-NPQR-S',
      holderName: 'Anna Adler',
      programTitle: 'Mentoring 2027',
      issuedAt: '2027-06-30T10:00:00.000Z',
    });
    await done;
    expect(store.status()).toBe('valid');
    expect(store.result()?.holderName).toBe('Anna Adler');
  });

  it('forgets the previous answer at once and keeps the server’s message when the check fails', async () => {
    let done = store.check('ABCD');
    http.expectOne('/api/verify/ABCD').flush({ valid: false, reason: 'format' });
    await done;
    expect(store.status()).toBe('format');

    done = store.check('ABCD-EFGH-JKLM-NPQR-S');
    expect(store.result()).toBeNull();
    http
      .expectOne('/api/verify/ABCD-EFGH-JKLM-NPQR-S')
      .flush(
        { statusCode: 429, code: 'rate_limited', message: 'Zu viele Prüfungen in kurzer Zeit.' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await done;
    expect([store.failed(), store.error()?.message, store.status()]).toEqual([true, 'Zu viele Prüfungen in kurzer Zeit.', null]);
  });
});
