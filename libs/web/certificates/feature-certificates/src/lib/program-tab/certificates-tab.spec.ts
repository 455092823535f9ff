import { HttpTestingController } from '@angular/common/http/testing';
import { listOf, type CertificateEligibility, type IssuedCertificate } from '@ecampus/shared/contracts';
import {
  FakeLiveSocket,
  MODULE_1,
  MODULE_2,
  aBatch,
  anIssued,
  anIssuer,
  someCriteria,
  someModules,
  somePeople,
} from '@ecampus/web/certificates/data-access/testing';
import { allByTestId, byTestId, clean, configureCertificatesTest, openDialog, openPage, settle, type } from '../../testing/harness';

const api = '/api/programs/p1';
const url = '/programme/p1/bescheinigungen';

describe('CertificatesTab', () => {
  let http: HttpTestingController;
  let socket: FakeLiveSocket;
  let downloads: [string, string][];

  beforeEach(() => {
    ({ http, socket, downloads } = configureCertificatesTest());
  });
  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((o) => (o.innerHTML = ''));
  });

  /** The issuer of the tab's first load: no images, so no preview is fetched. */
  const plainIssuer = () =>
    anIssuer({ hasLogo: false, signatories: [{ name: 'Katrin Albers', role: 'Vorsitzende', hasSignature: false }] });

  async function open(people: CertificateEligibility[] = somePeople(), issued: IssuedCertificate[] = []) {
    const page = await openPage(url);
    http.expectOne(`${api}/certificate-issuer`).flush(plainIssuer());
    http.expectOne(`${api}/certificate-criteria`).flush(someCriteria());
    http.expectOne(`${api}/modules`).flush(listOf(someModules()));
    http.expectOne(`${api}/certificate-eligibility`).flush(people);
    http.expectOne(`${api}/certificates`).flush(issued);
    http.expectOne(`${api}/certificate-batches`).flush([]);
    await settle(page.harness);
    const row = (name: string) => page.el.querySelector<HTMLElement>(`[data-testid="eligibility-row"][data-user-name="${name}"]`);
    const issuedRow = (name: string) => page.el.querySelector<HTMLElement>(`[data-testid="issued-row"][data-user-name="${name}"]`);
    return { ...page, row, issuedRow };
  }

  it('shows the criteria, who meets them and why not, how many are due, and the issued certificates', async () => {
    const { el, row, issuedRow } = await open(somePeople(), [anIssued('c1', 'u-anna', 'Anna Adler')]);
    expect(el.querySelector('h2')?.textContent).toContain('Bescheinigungen');
    expect(Array.from(el.querySelectorAll('h3'), (h) => h.textContent?.trim())).toEqual([
      'Kriterien',
      'Aussteller und Unterschriften',
      'Wer erfüllt die Kriterien?',
      'Ausstellen',
      'Ausgestellte Bescheinigungen',
    ]);
    expect((byTestId(el, 'criteria-attendance') as HTMLInputElement).value).toBe('75');
    expect(allByTestId(el, 'eligibility-row').map((r) => r.getAttribute('data-user-name'))).toEqual([
      'Anna Adler',
      'Bea Berg',
      'Carla Castro',
      'Dora Dietz',
    ]);
    expect(clean(row('Bea Berg')?.querySelector('[data-testid="eligibility-missing"]')?.textContent)).toContain(
      'Hat 1 von 3 Tandemtreffen.',
    );
    // Anna holds one: only Carla (allowed anyway) is due.
    expect(clean(byTestId(el, 'certificates-due')?.textContent)).toBe('1 Person erfüllt die Kriterien und hat noch keine Bescheinigung.');
    expect((byTestId(el, 'certificates-issue') as HTMLButtonElement).disabled).toBe(false);
    expect(clean(issuedRow('Anna Adler')?.querySelector('[data-testid="issued-code"]')?.textContent)).toBe('ABCD-EFGH-JKLM-NPQR-S');
  });

  it('says so when the program has no participants yet', async () => {
    const { el } = await open([]);
    expect(byTestId(el, 'eligibility-empty')?.textContent).toContain('Noch keine Teilnehmenden');
    expect(byTestId(el, 'eligibility-table')).toBeNull();
    expect((byTestId(el, 'certificates-issue') as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId(el, 'issued-empty')?.textContent).toContain('Noch keine Bescheinigung');
  });

  it('saves the criteria, reads who meets them again, and shows the server’s refusal at the form', async () => {
    const { el, harness } = await open();
    type(el, 'criteria-attendance', '80');
    byTestId(el, 'criteria-form')?.dispatchEvent(new Event('submit'));
    const put = http.expectOne({ method: 'PUT', url: `${api}/certificate-criteria` });
    expect(put.request.body).toEqual({
      requiredModuleIds: [MODULE_1],
      minAttendanceRatio: 0.8,
      sessionPresenceRatio: 0.5,
      requireApprovedAssignments: true,
      minTandemMeetings: 3,
    });
    put.flush(someCriteria({ minAttendanceRatio: 0.8 }));
    await settle(harness);
    http.expectOne(`${api}/certificate-eligibility`).flush(somePeople());
    await settle(harness);
    expect(document.body.textContent).toContain('Die Kriterien sind gespeichert.');

    byTestId(el, 'criteria-form')?.dispatchEvent(new Event('submit'));
    http.expectOne({ method: 'PUT', url: `${api}/certificate-criteria` }).flush(
      {
        statusCode: 422,
        code: 'validation_failed',
        message: 'Ungültig',
        fields: { requiredModuleIds: `Unbekanntes Modul: ${MODULE_2}` },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(harness);
    expect(el.querySelector('mat-error')?.textContent).toContain(`Unbekanntes Modul: ${MODULE_2}`);
  });

  it('saves issuer and signatories, and shows the server’s refusal at the field', async () => {
    const { el, harness } = await open();
    expect((byTestId(el, 'issuer-organisation') as HTMLInputElement).value).toBe('Landesverband Nord');
    type(el, 'issuer-organisation', 'Landesverband Nord e. V.');
    byTestId(el, 'issuer-add')?.click();
    await settle(harness);
    type(allByTestId(el, 'issuer-signatory')[1], 'issuer-name', 'Jonas Weber');
    byTestId(el, 'issuer-form')?.dispatchEvent(new Event('submit'));
    const put = http.expectOne({ method: 'PUT', url: `${api}/certificate-issuer` });
    expect(put.request.body).toEqual({
      organisation: 'Landesverband Nord e. V.',
      signatories: [
        { name: 'Katrin Albers', role: 'Vorsitzende', signatureFrom: 0 },
        { name: 'Jonas Weber', role: '', signatureFrom: null },
      ],
    });
    put.flush(
      anIssuer({
        organisation: 'Landesverband Nord e. V.',
        hasLogo: false,
        signatories: [
          { name: 'Katrin Albers', role: 'Vorsitzende', hasSignature: false },
          { name: 'Jonas Weber', role: '', hasSignature: false },
        ],
      }),
    );
    await settle(harness);
    expect(document.body.textContent).toContain('Aussteller und Unterschriften sind gespeichert.');
    // Saved: Jonas can now get a signature.
    expect(allByTestId(el, 'issuer-signature-choose')).toHaveLength(2);

    byTestId(el, 'issuer-form')?.dispatchEvent(new Event('submit'));
    http.expectOne({ method: 'PUT', url: `${api}/certificate-issuer` }).flush(
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Ungültig',
        fields: { 'signatories.1.name': 'Der Name: höchstens 120 Zeichen' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness);
    expect(allByTestId(el, 'issuer-signatory')[1].querySelector('mat-error')?.textContent).toContain('Der Name: höchstens 120 Zeichen');
  });

  it('uploads a logo with a preview and says so; a refused image shows the server’s words at the image', async () => {
    const created = URL.createObjectURL;
    const revoke = URL.revokeObjectURL;
    URL.createObjectURL = () => 'blob:logo';
    URL.revokeObjectURL = () => undefined;
    try {
      const { el, harness } = await open();
      const input = byTestId(el, 'issuer-logo-input') as HTMLInputElement;
      const pick = (file: File) => {
        Object.defineProperty(input, 'files', { value: [file], configurable: true });
        input.dispatchEvent(new Event('change'));
      };
      pick(new File([new Uint8Array(10)], 'logo.png', { type: 'image/png' }));
      await settle(harness);
      expect(byTestId(el, 'issuer-logo-choose')?.hasAttribute('disabled')).toBe(true);
      http.expectOne({ method: 'PUT', url: `${api}/certificate-issuer/logo` }).flush({ ...plainIssuer(), hasLogo: true });
      await settle(harness);
      expect(document.body.textContent).toContain('Das Logo ist gespeichert.');
      expect(byTestId(el, 'issuer-logo-preview')?.getAttribute('src')).toBe('blob:logo');

      pick(new File([new Uint8Array(10)], 'kaputt.png', { type: 'image/png' }));
      await settle(harness);
      http
        .expectOne({ method: 'PUT', url: `${api}/certificate-issuer/logo` })
        .flush(
          { statusCode: 422, code: 'unsupported_file_type', message: 'Das Bild lässt sich nicht lesen.' },
          { status: 422, statusText: 'Unprocessable Entity' },
        );
      await settle(harness);
      expect(byTestId(el, 'issuer-logo-error')?.textContent).toContain('Das Bild lässt sich nicht lesen.');
      expect(byTestId(el, 'issuer-logo-preview')?.getAttribute('src')).toBe('blob:logo');

      byTestId(el, 'issuer-logo-remove')?.click();
      http.expectOne({ method: 'DELETE', url: `${api}/certificate-issuer/logo` }).flush(plainIssuer());
      await settle(harness);
      expect(document.body.textContent).toContain('Das Logo ist entfernt.');
      expect(byTestId(el, 'issuer-logo-error')).toBeNull();
      expect(byTestId(el, 'issuer-logo-preview')).toBeNull();
    } finally {
      URL.createObjectURL = created;
      URL.revokeObjectURL = revoke;
    }
  });

  it('allows someone anyway with a reason, and the list shows the exception', async () => {
    const { el, harness, row } = await open();
    row('Bea Berg')?.querySelector<HTMLButtonElement>('[data-testid="eligibility-allow"]')?.click();
    await settle(harness);
    const dialog = openDialog();
    expect(dialog.querySelector('h2')?.textContent).toContain('Bea Berg trotzdem zulassen');

    // No reason, no decision.
    byTestId(dialog, 'override-confirm')?.click();
    await settle(harness);
    expect(dialog.querySelector('mat-error')?.textContent).toContain('Bitte eine Begründung angeben');

    type(dialog, 'override-reason', '  War lange krank  ');
    byTestId(dialog, 'override-confirm')?.click();
    const put = http.expectOne({ method: 'PUT', url: `${api}/certificate-overrides/u-bea` });
    expect(put.request.body).toEqual({ kind: 'allow', reason: 'War lange krank' });
    put.flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness);
    const people = somePeople();
    people[1] = { ...people[1], eligible: true, override: { kind: 'allow', reason: 'War lange krank' } };
    http.expectOne(`${api}/certificate-eligibility`).flush(people);
    await settle(harness);
    await settle(harness);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(row('Bea Berg')?.querySelector('[data-testid="eligibility-status"]')?.textContent?.trim()).toBe('zugelassen');
    expect(clean(byTestId(el, 'certificates-due')?.textContent)).toContain('3 Personen');
  });

  it('keeps the dialog open with the server’s words when a block is refused', async () => {
    const { harness, row } = await open();
    row('Anna Adler')?.querySelector<HTMLButtonElement>('[data-testid="eligibility-block"]')?.click();
    await settle(harness);
    const dialog = openDialog();
    expect(dialog.querySelector('h2')?.textContent).toContain('Anna Adler sperren');
    type(dialog, 'override-reason', 'Abgebrochen');
    byTestId(dialog, 'override-confirm')?.click();
    http
      .expectOne({ method: 'PUT', url: `${api}/certificate-overrides/u-anna` })
      .flush(
        { statusCode: 404, code: 'not_found', message: 'Diese Person gehört nicht zum Programm.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(harness);
    expect(openDialog().textContent).toContain('Diese Person gehört nicht zum Programm.');
  });

  it('removes an exception', async () => {
    const { harness, row } = await open();
    row('Dora Dietz')?.querySelector<HTMLButtonElement>('[data-testid="eligibility-clear"]')?.click();
    http.expectOne({ method: 'DELETE', url: `${api}/certificate-overrides/u-dora` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness);
    http.expectOne(`${api}/certificate-eligibility`).flush(somePeople());
    await settle(harness);
    expect(document.body.textContent).toContain('Die Ausnahme für Dora Dietz ist aufgehoben.');
  });

  it('issues after a confirmation (no notice unless chosen) and follows the batch live until it is done', async () => {
    const { el, harness } = await open();
    byTestId(el, 'certificates-issue')?.click();
    await settle(harness);
    const dialog = openDialog();
    expect(clean(byTestId(dialog, 'issue-count')?.textContent)).toContain('2 Personen erhalten jetzt eine Teilnahmebescheinigung');
    const notify = byTestId(dialog, 'issue-notify')?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(notify?.checked).toBe(false);
    notify?.click();
    byTestId(dialog, 'issue-confirm')?.click();
    const post = http.expectOne({ method: 'POST', url: `${api}/certificate-batches` });
    expect(post.request.body).toEqual({ notify: true });
    post.flush({ id: 'b1' }, { status: 202, statusText: 'Accepted' });
    await settle(harness);
    http.expectOne('/api/certificate-batches/b1').flush(aBatch({ total: 2 }));
    await settle(harness);
    await settle(harness);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    // The button waits while the batch runs: focus is on the progress.
    expect(document.activeElement?.tagName).toBe('EC-BATCH-PROGRESS');
    expect(byTestId(el, 'batch-progress')?.getAttribute('data-percent')).toBe('0');
    expect(clean(byTestId(el, 'batch-progress-text')?.textContent)).toBe('0 von 2 ausgestellt');
    expect((byTestId(el, 'certificates-issue') as HTMLButtonElement).disabled).toBe(true);

    socket.serverSends('certificate:batch', { id: 'b1', programId: 'p1', status: 'running', total: 2, completed: 1, failed: 0 });
    await settle(harness);
    expect(byTestId(el, 'batch-progress')?.getAttribute('data-percent')).toBe('50');
    expect(clean(byTestId(el, 'batch-progress-text')?.textContent)).toBe('1 von 2 ausgestellt');

    socket.serverSends('certificate:batch', { id: 'b1', programId: 'p1', status: 'done', total: 2, completed: 1, failed: 1 });
    http.expectOne('/api/certificate-batches/b1').flush(
      aBatch({
        status: 'done',
        total: 2,
        completed: 1,
        failed: 1,
        failures: [{ userId: 'u-x', displayName: 'Xenia Xu', reason: 'Schrift fehlt' }],
      }),
    );
    http.expectOne(`${api}/certificates`).flush([anIssued('c9', 'u-carla', 'Carla Castro')]);
    http.expectOne(`${api}/certificate-eligibility`).flush(somePeople());
    await settle(harness);
    expect(byTestId(el, 'batch-progress')?.getAttribute('data-percent')).toBe('100');
    expect(clean(byTestId(el, 'batch-progress-text')?.textContent)).toBe('Fertig: 1 von 2 ausgestellt, 1 fehlgeschlagen');
    expect(clean(byTestId(el, 'batch-failures')?.textContent)).toBe('Xenia Xu: Schrift fehlt');
    expect(allByTestId(el, 'issued-row').map((r) => r.getAttribute('data-user-name'))).toEqual(['Carla Castro']);
  });

  it('revokes with a reason, marks the certificate, downloads and generates again', async () => {
    const { harness, issuedRow } = await open(somePeople(), [anIssued('c1', 'u-anna', 'Anna Adler')]);
    issuedRow('Anna Adler')?.querySelector<HTMLButtonElement>('[data-testid="issued-download"]')?.click();
    await settle(harness);
    expect(downloads).toEqual([['/api/certificates/c1/pdf', 'Bescheinigung-ABCD-EFGH-JKLM-NPQR-S.pdf']]);

    issuedRow('Anna Adler')?.querySelector<HTMLButtonElement>('[data-testid="issued-regenerate"]')?.click();
    http.expectOne({ method: 'POST', url: '/api/certificates/c1/regenerate' }).flush(null, { status: 202, statusText: 'Accepted' });
    await settle(harness);
    expect(issuedRow('Anna Adler')?.querySelector('[data-testid="issued-status"]')?.textContent?.trim()).toBe('Wird erstellt');

    issuedRow('Anna Adler')?.querySelector<HTMLButtonElement>('[data-testid="issued-revoke"]')?.click();
    await settle(harness);
    const dialog = openDialog();
    expect(dialog.textContent).toContain('ABCD-EFGH-JKLM-NPQR-S');
    type(dialog, 'revoke-reason', 'Falscher Name');
    byTestId(dialog, 'revoke-confirm')?.click();
    const post = http.expectOne({ method: 'POST', url: '/api/certificates/c1/revoke' });
    expect(post.request.body).toEqual({ reason: 'Falscher Name' });
    post.flush(anIssued('c1', 'u-anna', 'Anna Adler', { revoked: true, revokedReason: 'Falscher Name' }));
    await settle(harness);
    await settle(harness);
    expect(clean(issuedRow('Anna Adler')?.querySelector('[data-testid="issued-revoked"]')?.textContent)).toBe('Widerrufen: Falscher Name');
    expect(issuedRow('Anna Adler')?.querySelector('[data-testid="issued-revoke"]')).toBeNull();
    harness.fixture.destroy();
  });
});
