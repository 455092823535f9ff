import { HttpTestingController } from '@angular/common/http/testing';
import { aMyCertificate } from '@ecampus/web/certificates/data-access/testing';
import { allByTestId, byTestId, clean, configureCertificatesTest, openPage, settle } from '../../testing/harness';

describe('MyCertificatesPage', () => {
  let http: HttpTestingController;
  let downloads: [string, string][];

  beforeEach(() => {
    ({ http, downloads } = configureCertificatesTest());
  });
  afterEach(() => http.verify());

  it('lists her certificates with program, date and code, downloads one and links to the check', async () => {
    const { el, harness } = await openPage('/bescheinigungen');
    http
      .expectOne('/api/me/certificates')
      .flush([
        aMyCertificate('c1', 'Mentoring 2026', { issuedAt: '2026-06-30T10:00:00.000Z', revoked: true }),
        aMyCertificate('c2', 'Mentoring 2027', { verificationCode: 'WXYZ-WXYZ-WXYZ-WXYZ-2' }),
        aMyCertificate('c3', 'Mentoring 2028', { issuedAt: '2028-06-30T10:00:00.000Z', ready: false }),
      ]);
    await settle(harness);
    expect(el.querySelector('h1')?.textContent).toContain('Meine Bescheinigungen');
    const rows = allByTestId(byTestId(el, 'my-certificates') as HTMLElement, 'my-certificate');
    expect(rows.map((r) => r.getAttribute('data-program-title'))).toEqual(['Mentoring 2028', 'Mentoring 2027', 'Mentoring 2026']);
    expect(clean(rows[1].textContent)).toContain('Ausgestellt am 30. Juni 2027');
    expect(clean(rows[1].textContent)).toContain('Prüfcode: WXYZ-WXYZ-WXYZ-WXYZ-2');
    expect(byTestId(rows[2], 'my-certificate-revoked')?.textContent?.trim()).toBe('Widerrufen');
    expect((byTestId(rows[0], 'my-certificate-download') as HTMLButtonElement).disabled).toBe(true);
    expect(rows[0].textContent).toContain('Das PDF wird gerade erstellt.');
    expect(byTestId(rows[1], 'my-certificate-verify')?.getAttribute('href')).toBe('/verify/WXYZ-WXYZ-WXYZ-WXYZ-2');

    byTestId(rows[1], 'my-certificate-download')?.click();
    await settle(harness);
    expect(downloads).toEqual([['/api/certificates/c2/pdf', 'Bescheinigung-WXYZ-WXYZ-WXYZ-WXYZ-2.pdf']]);
  });

  it('says when there are none yet', async () => {
    const { el, harness } = await openPage('/bescheinigungen');
    http.expectOne('/api/me/certificates').flush([]);
    await settle(harness);
    expect(byTestId(el, 'my-certificates-empty')?.textContent).toContain('Noch keine Bescheinigungen');
    expect(byTestId(el, 'my-certificates')).toBeNull();
  });

  it('offers a retry when the list fails', async () => {
    const again = await openPage('/bescheinigungen');
    http.expectOne('/api/me/certificates').flush(null, { status: 502, statusText: 'Bad Gateway' });
    await settle(again.harness);
    expect(again.el.textContent).toContain('Ihre Bescheinigungen konnten nicht geladen werden.');
    byTestId(again.el, 'my-certificates-retry')?.click();
    http.expectOne('/api/me/certificates').flush([aMyCertificate('c1', 'Mentoring 2027')]);
    await settle(again.harness);
    expect(allByTestId(again.el, 'my-certificate')).toHaveLength(1);
  });
});
