import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { MODULE_1, MODULE_2, MODULE_3, aBatch, anIssued, aPerson, someCriteria, someModules, somePeople } from '../testing';
import { CertificateBatchStore } from './certificate-batch-store';
import { CertificatesStore, PENDING_REFRESH_MS } from './certificates-store';

const api = '/api/programs/p1';
const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('CertificatesStore', () => {
  let http: HttpTestingController;
  let store: CertificatesStore;
  let download: jest.Mock;

  beforeEach(() => {
    download = jest.fn().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [
        CertificatesStore,
        CertificateBatchStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LiveSocket, useValue: { connection: signal<LiveConnection | null>(null), connected: signal(false) } },
        { provide: FileDownload, useValue: { download } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CertificatesStore);
  });
  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  /** Answers the tab's five first requests. */
  async function loaded(overrides: { issued?: ReturnType<typeof anIssued>[]; batches?: ReturnType<typeof aBatch>[] } = {}) {
    const done = store.load('p1');
    http.expectOne(`${api}/certificate-criteria`).flush(someCriteria());
    http.expectOne(`${api}/modules`).flush(listOf(someModules()));
    http.expectOne(`${api}/certificate-eligibility`).flush(somePeople());
    http.expectOne(`${api}/certificates`).flush(overrides.issued ?? []);
    http.expectOne(`${api}/certificate-batches`).flush(overrides.batches ?? []);
    await done;
  }

  it('loads criteria, module options, people and issued certificates, parsed with the contract', async () => {
    await loaded({ issued: [anIssued('c1', 'u-anna', 'Anna Adler')] });
    expect(store.criteria()?.minAttendanceRatio).toBe(0.75);
    // Published modules only (the draft m3 is no option), in the program's order.
    expect(store.moduleOptions().map((m) => m.id)).toEqual([MODULE_1, MODULE_2]);
    expect(store.people().map((p) => p.displayName)).toEqual(['Anna Adler', 'Bea Berg', 'Carla Castro', 'Dora Dietz']);
    expect(store.issued().map((c) => c.id)).toEqual(['c1']);
    // Anna holds one already: Carla (allowed anyway) is the only one due.
    expect(store.toIssue().map((p) => p.userId)).toEqual(['u-carla']);
    expect(store.canIssue()).toBe(true);
    expect(store.noPeople()).toBe(false);
  });

  it('keeps a required module that is no longer published among the options', async () => {
    const done = store.load('p1');
    http.expectOne(`${api}/certificate-criteria`).flush(someCriteria({ requiredModuleIds: [MODULE_3] }));
    http.expectOne(`${api}/modules`).flush(listOf(someModules()));
    http.expectOne(`${api}/certificate-eligibility`).flush([]);
    http.expectOne(`${api}/certificates`).flush([]);
    http.expectOne(`${api}/certificate-batches`).flush([]);
    await done;
    expect(store.moduleOptions().map((m) => m.id)).toEqual([MODULE_1, MODULE_2, MODULE_3]);
    expect(store.noPeople()).toBe(true);
    expect(store.canIssue()).toBe(false);
  });

  it('fails each part on its own: an HTTP error keeps the server’s message, a broken answer fails too', async () => {
    const done = store.load('p1');
    http
      .expectOne(`${api}/certificate-criteria`)
      .flush({ statusCode: 403, code: 'forbidden', message: 'Nur für die Programmleitung.' }, { status: 403, statusText: 'Forbidden' });
    http.expectOne(`${api}/modules`).flush(listOf(someModules()));
    // Not the contract's list (an object instead of an array).
    http.expectOne(`${api}/certificate-eligibility`).flush({ items: somePeople() });
    http.expectOne(`${api}/certificates`).flush([]);
    http.expectOne(`${api}/certificate-batches`).flush([]);
    await done;
    expect(store.criteriaFailed()).toBe(true);
    expect(store.criteriaError()?.message).toBe('Nur für die Programmleitung.');
    expect(store.peopleFailed()).toBe(true);
    expect(store.issuedFailed()).toBe(false);
  });

  it('saves the criteria and reads who meets them again; a refusal rejects with the HTTP error', async () => {
    await loaded();
    const body = {
      requiredModuleIds: [MODULE_2],
      minAttendanceRatio: 0.5,
      sessionPresenceRatio: 0.6,
      requireApprovedAssignments: false,
      minTandemMeetings: 2,
    };
    const saved = store.saveCriteria(body);
    const put = http.expectOne({ method: 'PUT', url: `${api}/certificate-criteria` });
    expect(put.request.body).toEqual(body);
    put.flush({ ...body, updatedAt: '2027-03-02T10:00:00.000Z' });
    await saved;
    expect(store.criteria()?.requiredModuleIds).toEqual([MODULE_2]);
    http.expectOne(`${api}/certificate-eligibility`).flush([aPerson('u-anna', 'Anna Adler')]);
    await flush();
    expect(store.people()).toHaveLength(1);

    const refused = store.saveCriteria(body);
    http
      .expectOne({ method: 'PUT', url: `${api}/certificate-criteria` })
      .flush(
        { statusCode: 422, code: 'validation_failed', message: 'Unbekanntes Modul', fields: { requiredModuleIds: 'Unbekanntes Modul' } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await expect(refused).rejects.toMatchObject({ status: 422 });
  });

  it('sets and clears an exception with its reason, then reads the list again', async () => {
    await loaded();
    const allowed = store.setOverride('u-bea', 'allow', 'War krank');
    const put = http.expectOne({ method: 'PUT', url: `${api}/certificate-overrides/u-bea` });
    expect(put.request.body).toEqual({ kind: 'allow', reason: 'War krank' });
    put.flush(null, { status: 204, statusText: 'No Content' });
    await flush();
    http.expectOne(`${api}/certificate-eligibility`).flush(somePeople());
    await allowed;

    const cleared = store.clearOverride('u-carla');
    http
      .expectOne({ method: 'DELETE', url: `${api}/certificate-overrides/u-carla` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await flush();
    http.expectOne(`${api}/certificate-eligibility`).flush(somePeople());
    await cleared;
  });

  it('revokes with a reason and shows the answer in the list; a revoked holder is due again', async () => {
    await loaded({ issued: [anIssued('c1', 'u-anna', 'Anna Adler')] });
    const revoked = store.revoke('c1', 'Falscher Name');
    const post = http.expectOne({ method: 'POST', url: '/api/certificates/c1/revoke' });
    expect(post.request.body).toEqual({ reason: 'Falscher Name' });
    post.flush(anIssued('c1', 'u-anna', 'Anna Adler', { revoked: true, revokedReason: 'Falscher Name' }));
    await revoked;
    expect(store.issued()[0]).toMatchObject({ revoked: true, revokedReason: 'Falscher Name' });
    expect(store.toIssue().map((p) => p.userId)).toEqual(['u-anna', 'u-carla']);
  });

  it('regenerates: pending at once, the list is read again until the PDF is done', async () => {
    await loaded({ issued: [anIssued('c1', 'u-anna', 'Anna Adler')] });
    jest.useFakeTimers();
    const regenerated = store.regenerate('c1');
    http.expectOne({ method: 'POST', url: '/api/certificates/c1/regenerate' }).flush(null, { status: 202, statusText: 'Accepted' });
    await regenerated;
    expect(store.issued()[0].status).toBe('pending');

    await jest.advanceTimersByTimeAsync(PENDING_REFRESH_MS);
    http.expectOne(`${api}/certificates`).flush([anIssued('c1', 'u-anna', 'Anna Adler', { status: 'pending' })]);
    await jest.advanceTimersByTimeAsync(PENDING_REFRESH_MS);
    http.expectOne(`${api}/certificates`).flush([anIssued('c1', 'u-anna', 'Anna Adler')]);
    await jest.advanceTimersByTimeAsync(PENDING_REFRESH_MS * 2);
    expect(store.issued()[0].status).toBe('done');
  });

  it('downloads the PDF through the token-carrying download, named after its code', async () => {
    await loaded();
    await store.download(anIssued('c1', 'u-anna', 'Anna Adler'));
    expect(download).toHaveBeenCalledWith('/api/certificates/c1/pdf', 'Bescheinigung-ABCD-EFGH-JKLM-NPQR-S.pdf');
  });

  it('issues through the batch store and reads both lists again when the batch is done', async () => {
    await loaded();
    const started = store.issue(true);
    const post = http.expectOne({ method: 'POST', url: `${api}/certificate-batches` });
    expect(post.request.body).toEqual({ notify: true });
    post.flush({ id: 'b1' }, { status: 202, statusText: 'Accepted' });
    expect(await started).toBe('b1');
    expect(store.canIssue()).toBe(false);

    http.expectOne('/api/certificate-batches/b1').flush(aBatch({ total: 1, completed: 1, status: 'done' }));
    await flush();
    http.expectOne(`${api}/certificates`).flush([anIssued('c9', 'u-carla', 'Carla Castro')]);
    http.expectOne(`${api}/certificate-eligibility`).flush(somePeople());
    await flush();
    expect(store.toIssue().map((p) => p.userId)).toEqual(['u-anna']);
  });

  it('watches a batch that still runs when the tab opens', async () => {
    jest.useFakeTimers();
    await loaded({ batches: [aBatch({ completed: 12 }), aBatch({ id: 'b0', status: 'done' })] });
    expect(store.batches.batch()?.id).toBe('b1');
    expect(store.batches.running()).toBe(true);
    expect(store.batches.percent()).toBe(30);
    TestBed.inject(CertificateBatchStore).reset();
  });
});
