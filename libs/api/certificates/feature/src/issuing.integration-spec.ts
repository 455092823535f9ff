import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import { createTestApi, createTestWorker, eventually, type TestApi, type TestWorker } from '@ecampus/api/platform/testing';
import type { CertificateBatch, CertificateVerification, IssuedCertificate, MyCertificate } from '@ecampus/shared/contracts';
import { CertificatesModule } from './lib/certificates.module';
import { CertificateJobsModule } from './lib/jobs/certificate-jobs.module';
import { CertificateRenderer } from './lib/jobs/certificate-renderer';
import { VERIFY_LIMIT } from './lib/verify/verify-throttle';
import { issuingFixtures } from './testing/issuing-fixtures';
import { binary, startIssuingStack, type IssuingStack } from './testing/issuing-stack';

const run = promisify(execFile);

/*
 * Issuing through the real queue: the API (routes, batch rows, jobs) and the production worker
 * builder with the certificates' job module, on real PostgreSQL and Redis; the PDFs are read back
 * with Debian's pdftotext. The kill -9, flush and two-worker cases use worker child processes
 * (issuing-workers.integration-spec.ts).
 */
describe('certificates: issuing, downloads, verification (real PostgreSQL, Redis and worker)', () => {
  let stack: IssuingStack;
  let api: TestApi;
  let worker: TestWorker;
  let f: IssuingStack['f'];
  let dir: string;

  beforeAll(async () => {
    stack = await startIssuingStack('certificates-');
    ({ api, worker, f, dir } = stack);
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
  });

  const as = (auth: string) => ({
    get: (url: string) => api.http().get(url).set('Authorization', auth),
    post: (url: string, body: object = {}) => api.http().post(url).set('Authorization', auth).send(body),
    download: (url: string) => api.http().get(url).set('Authorization', auth).buffer(true).parse(binary),
  });
  const batchOf = async (auth: string, id: string): Promise<CertificateBatch> =>
    (await as(auth).get(`/api/certificate-batches/${id}`).expect(200)).body;
  const finished = (auth: string, id: string, timeoutMs = 60_000) =>
    eventually(
      async () => {
        const b = await batchOf(auth, id);
        return b.status === 'done' ? b : undefined;
      },
      `Auftrag ${id} fertig`,
      timeoutMs,
    );
  const textOf = async (pdf: Buffer): Promise<string> => {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, pdf);
    return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
  };
  const verify = async (code: string): Promise<CertificateVerification> =>
    (
      await api
        .http()
        .get(`/api/verify/${encodeURIComponent(code)}`)
        .expect(200)
    ).body;

  it('a batch of 200 completes with 200 PDFs; issuing again creates no duplicate', async () => {
    const { programId, coordinator } = await f.program(200);
    const c = as(coordinator.auth);
    const started = await c.post(`/api/programs/${programId}/certificate-batches`, {}).expect(202);
    const batch = await finished(coordinator.auth, started.body.id, 120_000);
    expect(batch).toMatchObject({ programId, status: 'done', total: 200, completed: 200, failed: 0, notify: false, failures: [] });
    expect(await f.holdings(programId)).toEqual({ valid: 200, done: 200, people: 200, duplicates: 0 });
    const files = await f.sql(
      `SELECT count(*)::int AS n FROM certificate WHERE program_id = $1 AND storage_key IS NOT NULL AND size_bytes > 1000`,
      [programId],
    );
    expect(files[0].n).toBe(200);

    // Again: everyone already holds one — nothing to issue, nothing duplicated.
    const again = await c.post(`/api/programs/${programId}/certificate-batches`, {});
    expect(again.status).toBe(422);
    expect(again.body.message).toContain('gültige Bescheinigung');
    expect(await f.holdings(programId)).toMatchObject({ valid: 200, duplicates: 0 });
    const list: CertificateBatch[] = (await c.get(`/api/programs/${programId}/certificate-batches`).expect(200)).body;
    expect(list.map((b) => b.id)).toEqual([started.body.id]);
  }, 180_000);

  it('two batches at once issue no duplicate (the unique index decides)', async () => {
    const { programId, coordinator } = await f.program(30);
    const c = as(coordinator.auth);
    const answers = await Promise.all([1, 2, 3].map(() => c.post(`/api/programs/${programId}/certificate-batches`, {})));
    const ids = answers.filter((a) => a.status === 202).map((a) => a.body.id as string);
    const totals = await Promise.all(ids.map(async (id) => (await finished(coordinator.auth, id)).total));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(30);
    expect(await f.holdings(programId)).toEqual({ valid: 30, done: 30, people: 30, duplicates: 0 });
    // The list shows every batch with its own counts (read for all batches at once).
    const list: CertificateBatch[] = (await c.get(`/api/programs/${programId}/certificate-batches`).expect(200)).body;
    expect(list.map((b) => b.id).sort()).toEqual([...ids].sort());
    expect(list.map((b) => b.completed).reduce((a, b) => a + b, 0)).toBe(30);
    expect(list.every((b) => b.status === 'done' && b.completed === b.total && b.failures.length === 0)).toBe(true);
  }, 120_000);

  it('prints every European name correctly; only the holder and the coordinators download; mail and in-app notice only when asked', async () => {
    const names = ['Łukasz Őrs', 'Zoë Çelik', 'Đorđe Šćepanović', 'Ærøskøbing'];
    const { programId, coordinator, mentees } = await f.program(names, 'Kommunalpolitik digital – Jahrgang 2027');
    const [lukasz, zoe] = mentees;
    const outsider = await f.person('Olga Außen');
    const c = as(coordinator.auth);
    // Only Łukasz and Zoë, with the notice.
    const started = await c
      .post(`/api/programs/${programId}/certificate-batches`, { userIds: [lukasz.id, zoe.id], notify: true })
      .expect(202);
    expect((await finished(coordinator.auth, started.body.id)).completed).toBe(2);
    // Then everyone else, without it.
    const rest = await c.post(`/api/programs/${programId}/certificate-batches`, {}).expect(202);
    expect((await finished(coordinator.auth, rest.body.id)).total).toBe(2);

    const issued: IssuedCertificate[] = (await c.get(`/api/programs/${programId}/certificates`).expect(200)).body;
    expect(issued.map((i) => i.displayName).sort()).toEqual([...names].sort());
    for (const certificate of issued) {
      const pdf = await c.download(`/api/certificates/${certificate.id}/pdf`).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toContain("filename*=UTF-8''Teilnahmebescheinigung");
      const text = (await textOf(pdf.body)).replace(/\s+/g, ' ');
      expect(text).toContain(certificate.displayName);
      expect(text).toContain('Kommunalpolitik digital – Jahrgang 2027');
      expect(text).toContain(certificate.verificationCode);
    }

    const mine = issued.find((i) => i.userId === lukasz.id) as IssuedCertificate;
    await as(lukasz.auth).download(`/api/certificates/${mine.id}/pdf`).expect(200);
    await as(zoe.auth).get(`/api/certificates/${mine.id}/pdf`).expect(404);
    await as(outsider.auth).get(`/api/certificates/${mine.id}/pdf`).expect(404);
    await as(zoe.auth).post(`/api/certificates/${mine.id}/revoke`, { reason: 'x' }).expect(404);
    await as(zoe.auth).get(`/api/certificate-batches/${started.body.id}`).expect(404);
    await as(zoe.auth).post(`/api/programs/${programId}/certificate-batches`, {}).expect(403);
    const own: MyCertificate[] = (await as(lukasz.auth).get('/api/me/certificates').expect(200)).body;
    expect(own).toEqual([
      {
        id: mine.id,
        programId,
        programTitle: 'Kommunalpolitik digital – Jahrgang 2027',
        issuedAt: mine.issuedAt,
        verificationCode: mine.verificationCode,
        revoked: false,
        ready: true,
      },
    ]);

    // The notice went to the two of the first batch only.
    const outbox = worker.app.get(MailOutboxService, { strict: false });
    const mails = (await outbox.findOutboxMail({ kind: 'certificate-issued' })).filter((m) => m.text.includes('Kommunalpolitik digital'));
    expect(mails.map((m) => m.text.split('\n')[0]).sort()).toEqual(['Guten Tag Zoë Çelik,', 'Guten Tag Łukasz Őrs,']);

    // And one in-app notice each (notifications' table, written by the worker), none for the rest.
    const notices = () =>
      f.sql(
        `SELECT user_id AS "userId", kind, title, body, link, dedupe_key AS "dedupeKey" FROM notification WHERE user_id = ANY($1) ORDER BY user_id`,
        [mentees.map((m) => m.id)],
      );
    const expected = [lukasz, zoe]
      .map((p) => ({
        userId: p.id,
        kind: 'certificate-issued',
        title: 'Ihre Teilnahmebescheinigung ist bereit',
        body: expect.stringContaining('„Kommunalpolitik digital – Jahrgang 2027“'),
        link: '/bescheinigungen',
        dedupeKey: `certificate:${issued.find((i) => i.userId === p.id)?.id}`,
      }))
      .sort((a, b) => a.userId.localeCompare(b.userId));
    expect(await notices()).toEqual(expected);

    // The same render job once more (stale: nothing happens), and even a render that completes a
    // second time (the row set back to pending by hand, as no code path does): still one notice each.
    const renderer = worker.app.get(CertificateRenderer, { strict: false });
    const job = { certificateId: mine.id, version: 1 };
    expect(await renderer.render(job, { attempt: 1, attempts: 3 })).toBe('stale');
    await f.sql(`UPDATE certificate SET status = 'pending', requested_at = now() WHERE id = $1`, [mine.id]);
    expect(await renderer.render(job, { attempt: 1, attempts: 3 })).toBe('rendered');
    expect(await notices()).toEqual(expected);
  }, 120_000);

  it('verifies codes without login: valid, revoked after revocation, a typo by its check character, unknown; regenerating keeps the code', async () => {
    const { programId, coordinator, mentees } = await f.program(['Gisela Brandt']);
    const c = as(coordinator.auth);
    const started = await c.post(`/api/programs/${programId}/certificate-batches`, {}).expect(202);
    await finished(coordinator.auth, started.body.id);
    const [certificate]: IssuedCertificate[] = (await c.get(`/api/programs/${programId}/certificates`).expect(200)).body;
    const code = certificate.verificationCode;

    expect(await verify(code)).toEqual({
      valid: true,
      revoked: false,
      code,
      holderName: 'Gisela Brandt',
      programTitle: 'Reverse Mentoring 2027',
      issuedAt: certificate.issuedAt,
    });
    // Typed loosely: lower case, spaces instead of dashes.
    expect((await verify(code.toLowerCase().replace(/-/g, ' '))).valid).toBe(true);
    // One wrong character: the check character rejects it before any lookup.
    const typo = code.slice(0, 2) + (code[2] === 'A' ? 'B' : 'A') + code.slice(3);
    expect(await verify(typo)).toEqual({ valid: false, reason: 'check' });
    expect(await verify('hallo')).toEqual({ valid: false, reason: 'format' });

    // Regenerated: a new file, the same code; then revoked with a reason.
    await c.post(`/api/certificates/${certificate.id}/regenerate`).expect(202);
    await eventually(
      async () =>
        (await f.sql(`SELECT status, render_version FROM certificate WHERE id = $1`, [certificate.id]))[0].render_version === 2 &&
        (await f.sql(`SELECT status FROM certificate WHERE id = $1`, [certificate.id]))[0].status === 'done',
      'neu erzeugt',
    );
    expect((await c.get(`/api/programs/${programId}/certificates`).expect(200)).body[0].verificationCode).toBe(code);
    const revoked = await c.post(`/api/certificates/${certificate.id}/revoke`, { reason: 'Angaben waren falsch' }).expect(200);
    expect(revoked.body).toMatchObject({ revoked: true, revokedReason: 'Angaben waren falsch' });
    expect(await verify(code)).toMatchObject({ valid: false, revoked: true, reason: 'revoked', holderName: 'Gisela Brandt' });
    await c.post(`/api/certificates/${certificate.id}/revoke`, { reason: 'nochmal' }).expect(409);
    await c.post(`/api/certificates/${certificate.id}/revoke`, { reason: '' }).expect(400);
    // A revoked certificate leaves room for a new one.
    await c.post(`/api/programs/${programId}/certificate-batches`, { userIds: [mentees[0].id] }).expect(202);

    // An unknown but well-formed code: take a valid one's data characters from another run.
    const unknown = await verify(code.replace(/^(....)/, (m) => [...m].reverse().join('')));
    expect(['unknown', 'check']).toContain(unknown.reason);
  }, 60_000);

  it('limits the public check per address', async () => {
    for (let i = 0; i < VERIFY_LIMIT.max + 2; i++) await api.http().get('/api/verify/ABCD');
    const refused = await api.http().get('/api/verify/ABCD');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
  });
});

describe('certificates: a render that keeps failing (real worker)', () => {
  let api: TestApi;
  let worker: TestWorker;

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('is retried, then marked failed with its reason; the batch shows it', async () => {
    api = await createTestApi({ features: [CertificatesModule] });
    // The storage cannot write certificates: where their folder belongs lies a file.
    await mkdir(join(api.services.dataDir, 'files'), { recursive: true });
    await writeFile(join(api.services.dataDir, 'files', 'certificates'), 'x');
    worker = await createTestWorker({ jobs: [CertificateJobsModule], services: api.services });
    const f = issuingFixtures(api);
    const { programId, coordinator, mentees } = await f.program(['Renate Vogel']);
    const started = await api
      .http()
      .post(`/api/programs/${programId}/certificate-batches`)
      .set('Authorization', coordinator.auth)
      .send({})
      .expect(202);
    const batch = await eventually(
      async () => {
        const b: CertificateBatch = (
          await api.http().get(`/api/certificate-batches/${started.body.id}`).set('Authorization', coordinator.auth)
        ).body;
        return b.status === 'done' ? b : undefined;
      },
      'Auftrag endgültig fehlgeschlagen',
      30_000,
    );
    expect(batch).toMatchObject({ total: 1, completed: 0, failed: 1 });
    expect(batch.failures).toEqual([
      { userId: mentees[0].id, displayName: 'Renate Vogel', reason: expect.stringMatching(/ENOTDIR|not a directory|EEXIST/i) },
    ]);
    const [row] = await f.sql(`SELECT attempts, status FROM certificate WHERE program_id = $1`, [programId]);
    expect(row).toEqual({ attempts: 3, status: 'failed' });
  }, 60_000);
});
