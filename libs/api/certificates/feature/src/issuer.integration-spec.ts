import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eventually, type TestApi, type TestWorker } from '@ecampus/api/platform/testing';
import type { CertificateBatch, CertificateIssuerAnswer, IssuedCertificate } from '@ecampus/shared/contracts';
import { CertificateRenderer } from './lib/jobs/certificate-renderer';
import type { Person } from './testing/issuing-fixtures';
import { binary, startIssuingStack, type IssuingStack } from './testing/issuing-stack';
import { ELF_EXECUTABLE, GIF_1X1, JPEG_16X8, pngImage } from './testing/issuer-images';

const run = promisify(execFile);

/*
 * The issuer's logo and signatures through the real API edge (uploads streamed by the platform's
 * receiver into the local storage of a temporary data folder), real PostgreSQL and Redis, and the
 * production worker rendering a certificate that prints them (read back with poppler's pdfimages).
 */
describe('certificate issuer: logo and signature images (real PostgreSQL, Redis, storage and worker)', () => {
  let stack: IssuingStack;
  let api: TestApi;
  let worker: TestWorker;
  let f: IssuingStack['f'];
  let dir: string;

  beforeAll(async () => {
    stack = await startIssuingStack('certificate-issuer-');
    ({ api, worker, f, dir } = stack);
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
  });

  const issuerUrl = (programId: string) => `/api/programs/${programId}/certificate-issuer`;
  const signatureUrl = (programId: string, index: number | string) => `${issuerUrl(programId)}/signatories/${index}/signature`;
  const as = (who: Person | null) => {
    const auth = <T extends { set(name: string, value: string): T }>(req: T) => (who ? req.set('Authorization', who.auth) : req);
    return {
      get: (url: string) => auth(api.http().get(url)),
      image: (url: string) => auth(api.http().get(url)).buffer(true).parse(binary),
      put: (url: string, body: object) => auth(api.http().put(url)).send(body),
      post: (url: string, body: object = {}) => auth(api.http().post(url)).send(body),
      upload: (url: string, fileName: string, bytes: Buffer, contentType = 'image/png') =>
        auth(api.http().put(url)).attach('file', bytes, { filename: fileName, contentType }),
      delete: (url: string) => auth(api.http().delete(url)),
    };
  };
  /** The files stored under the program's issuer folder (local driver). */
  const storedFiles = async (programId: string): Promise<string[]> => {
    try {
      return (await readdir(join(api.config.DATA_DIR, 'files', 'certificates', programId, 'issuer'))).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  };
  const tempFiles = async () => (await readdir(join(api.config.DATA_DIR, 'uploads')).catch(() => [])).filter((n) => n.endsWith('.part'));

  const signatories = [
    { name: 'Katrin Albers', role: 'Vorsitzende' },
    { name: 'Jonas Weber', role: 'Geschäftsführer' },
  ];

  it('a coordinator uploads a logo and a signature: GET says so, the images are served; replaced and removed files go', async () => {
    const { programId, coordinator } = await f.program(['Gisela Brandt']);
    const c = as(coordinator);
    const logo = pngImage({ width: 200, height: 60 });

    expect((await c.get(issuerUrl(programId)).expect(200)).body).toEqual({ organisation: '', signatories: [], hasLogo: false });
    await c.put(issuerUrl(programId), { organisation: 'Landesverband Nord', signatories }).expect(200);

    const uploaded: CertificateIssuerAnswer = (await c.upload(`${issuerUrl(programId)}/logo`, 'Logo Landesverband.png', logo).expect(200))
      .body;
    expect(uploaded).toEqual({
      organisation: 'Landesverband Nord',
      signatories: signatories.map((s) => ({ ...s, hasSignature: false })),
      hasLogo: true,
    });
    // A JPEG, declared as something else by the browser: the content decides.
    await c.upload(signatureUrl(programId, 1), 'unterschrift.JPG', JPEG_16X8, 'application/octet-stream').expect(200);
    const issuer: CertificateIssuerAnswer = (await c.get(issuerUrl(programId)).expect(200)).body;
    expect(issuer.hasLogo).toBe(true);
    expect(issuer.signatories.map((s) => s.hasSignature)).toEqual([false, true]);
    const files = await storedFiles(programId);
    expect(files).toEqual([expect.stringMatching(/^logo-[0-9a-f-]{36}\.png$/), expect.stringMatching(/^signature-[0-9a-f-]{36}\.jpg$/)]);

    const served = await c.image(`${issuerUrl(programId)}/logo`).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(served.body as Buffer, logo)).toBe(0);
    const signature = await c.image(signatureUrl(programId, 1)).expect(200);
    expect(signature.headers['content-type']).toBe('image/jpeg');
    expect(signature.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(signature.body as Buffer, JPEG_16X8)).toBe(0);
    expect((await c.get(signatureUrl(programId, 0)).expect(404)).body.message).toContain('keine Unterschrift hochgeladen');

    // Replaced: the old logo file is gone, the new one served.
    const newLogo = pngImage({ width: 120, height: 40, colorType: 2 });
    await c.upload(`${issuerUrl(programId)}/logo`, 'neu.png', newLogo).expect(200);
    const afterReplace = await storedFiles(programId);
    expect(afterReplace).toHaveLength(2);
    expect(afterReplace).not.toContain(files[0]);
    expect(Buffer.compare((await c.image(`${issuerUrl(programId)}/logo`).expect(200)).body as Buffer, newLogo)).toBe(0);

    // The first signatory removed, the second keeps her signature (signatureFrom), nothing else moves.
    const moved: CertificateIssuerAnswer = (
      await c
        .put(issuerUrl(programId), { organisation: 'Landesverband Nord', signatories: [{ ...signatories[1], signatureFrom: 1 }] })
        .expect(200)
    ).body;
    expect(moved.signatories).toEqual([{ ...signatories[1], hasSignature: true }]);
    expect(Buffer.compare((await c.image(signatureUrl(programId, 0)).expect(200)).body as Buffer, JPEG_16X8)).toBe(0);
    await c.get(signatureUrl(programId, 1)).expect(404);
    // Two signatories claiming one signature: refused, nothing changed.
    await c
      .put(issuerUrl(programId), {
        organisation: 'x',
        signatories: [
          { ...signatories[0], signatureFrom: 0 },
          { ...signatories[1], signatureFrom: 0 },
        ],
      })
      .expect(422);

    // Fewer signatories: the removed one's signature key and file go with her.
    await c.put(issuerUrl(programId), { organisation: 'Landesverband Nord', signatories: [] }).expect(200);
    const [row] = await f.sql(`SELECT signature_images AS "signatureImages", logo FROM certificate_settings WHERE program_id = $1`, [
      programId,
    ]);
    expect(row.signatureImages).toEqual([]);
    expect(row.logo).toMatchObject({ contentType: 'image/png', sizeBytes: newLogo.length });
    expect(await storedFiles(programId)).toEqual([afterReplace.find((n) => n.startsWith('logo-'))]);

    // Removed: 200 with the issuer, then 404 (nothing to remove).
    expect((await c.delete(`${issuerUrl(programId)}/logo`).expect(200)).body.hasLogo).toBe(false);
    expect(await storedFiles(programId)).toEqual([]);
    expect((await c.delete(`${issuerUrl(programId)}/logo`).expect(404)).body.message).toBe('Es ist kein Logo hochgeladen.');
  });

  it('refuses what is not a PNG or JPEG up to 1 MB, and positions without a signatory; nothing is stored', async () => {
    const { programId, coordinator } = await f.program(['Gisela Brandt']);
    const c = as(coordinator);
    await c.put(issuerUrl(programId), { organisation: 'Landesverband Nord', signatories: signatories.slice(0, 1) }).expect(200);
    const logoUrl = `${issuerUrl(programId)}/logo`;

    const refusals: [string, string, Buffer, number, string][] = [
      ['an executable renamed .png', 'logo.png', ELF_EXECUTABLE, 422, 'unsupported_file_type'],
      ['a GIF', 'logo.gif', GIF_1X1, 422, 'unsupported_file_type'],
      ['a GIF renamed .png', 'logo.png', GIF_1X1, 422, 'unsupported_file_type'],
      ['a PDF (accepted elsewhere, not here)', 'logo.pdf', Buffer.from('%PDF-1.7\n'), 422, 'unsupported_file_type'],
      ['a PNG whose rows are broken', 'logo.png', pngImage({ filter: 9 }), 422, 'unsupported_file_type'],
      ['a PNG of 5000 × 1 pixels', 'logo.png', pngImage({ width: 5000, height: 1, colorType: 0 }), 422, 'unsupported_file_type'],
      ['1.5 MB', 'logo.png', Buffer.concat([pngImage(), Buffer.alloc(1.5 * 1024 * 1024)]), 413, 'file_too_large'],
    ];
    for (const [what, name, bytes, status, code] of refusals) {
      const res = await c.upload(logoUrl, name, bytes);
      expect([what, res.status, res.body.code]).toEqual([what, status, code]);
    }
    const typeRefusal = await c.upload(logoUrl, 'logo.gif', GIF_1X1);
    expect(typeRefusal.body.message).toBe(
      'Dieser Dateityp wird nicht angenommen. Erlaubt sind PNG und JPEG, und der Inhalt muss zur Dateiendung passen.',
    );
    expect((await c.upload(logoUrl, 'gross.png', Buffer.alloc(1.5 * 1024 * 1024, 1)).expect(413)).body.message).toBe(
      'Die Datei ist zu groß: höchstens 1 MB.',
    );
    const tooManyPixels = await c.upload(logoUrl, 'logo.png', pngImage({ width: 5000, height: 1, colorType: 0 }));
    expect(tooManyPixels.body.message).toContain('höchstens 4000 Pixel je Seite');

    // Positions: 0 exists; 1 and 2 have no signatory (404); 3 and "x" are no position (400).
    const missing = await c.upload(signatureUrl(programId, 1), 'sig.png', pngImage());
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe(
      'Es gibt keine 2. unterschreibende Person. Bitte zuerst Name und Funktion speichern, dann die Unterschrift hochladen.',
    );
    await c.upload(signatureUrl(programId, 2), 'sig.png', pngImage()).expect(404);
    for (const index of ['3', 'x', '-1']) {
      const res = await c.upload(signatureUrl(programId, index), 'sig.png', pngImage());
      expect([index, res.status]).toEqual([index, 400]);
      expect(res.body.fields?.index).toBe('Unterschriften sind mit 0, 1 oder 2 nummeriert.');
    }
    await c.delete(signatureUrl(programId, 0)).expect(404);
    await c.get(signatureUrl(programId, 5)).expect(400);

    expect(await storedFiles(programId)).toEqual([]);
    await eventually(async () => (await tempFiles()).length === 0, 'keine temporären Upload-Dateien');
    expect((await c.get(issuerUrl(programId)).expect(200)).body).toMatchObject({ hasLogo: false, signatories: [{ hasSignature: false }] });
  });

  it('only the program’s coordinators: participants and trainers 403, outsiders 404, anonymous 401', async () => {
    const { programId, coordinator, mentees } = await f.program(['Gisela Brandt']);
    const trainer = await f.person('Tina Trainerin');
    await f.sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, 'trainer')`, [programId, trainer.id]);
    const outsider = await f.person('Olga Außen');
    const admin = await f.person('Anna Admin', true);
    await as(coordinator).put(issuerUrl(programId), { organisation: 'Landesverband Nord', signatories }).expect(200);
    await as(coordinator)
      .upload(`${issuerUrl(programId)}/logo`, 'logo.png', pngImage())
      .expect(200);
    await as(coordinator).upload(signatureUrl(programId, 0), 'sig.png', pngImage()).expect(200);
    const before = await storedFiles(programId);

    const requests = (who: Person | null) => {
      const p = as(who);
      return [
        p.get(issuerUrl(programId)),
        p.put(issuerUrl(programId), { organisation: 'Übernommen', signatories: [] }),
        p.upload(`${issuerUrl(programId)}/logo`, 'logo.png', pngImage()),
        p.get(`${issuerUrl(programId)}/logo`),
        p.delete(`${issuerUrl(programId)}/logo`),
        p.upload(signatureUrl(programId, 0), 'sig.png', pngImage()),
        p.get(signatureUrl(programId, 0)),
        p.delete(signatureUrl(programId, 0)),
      ];
    };
    for (const [who, status] of [
      [mentees[0], 403],
      [trainer, 403],
      [outsider, 404],
      [null, 401],
    ] as const) {
      const answers = await Promise.all(requests(who));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => status));
    }
    expect(await storedFiles(programId)).toEqual(before);
    expect((await as(admin).get(issuerUrl(programId)).expect(200)).body).toMatchObject({
      organisation: 'Landesverband Nord',
      hasLogo: true,
    });
  });

  it('the worker prints logo and signatures read at render time; a signature only under the name it belongs to', async () => {
    const { programId, coordinator } = await f.program(['Gisela Brandt', 'Hanna Peters']);
    const c = as(coordinator);
    await c.put(issuerUrl(programId), { organisation: 'Landesverband Nord', signatories }).expect(200);
    await c.upload(`${issuerUrl(programId)}/logo`, 'logo.png', pngImage({ width: 200, height: 60 })).expect(200);
    await c.upload(signatureUrl(programId, 0), 'sig.jpg', JPEG_16X8).expect(200);
    await c.upload(signatureUrl(programId, 1), 'sig.png', pngImage({ width: 90, height: 30, colorType: 0 })).expect(200);

    const started = await c.post(`/api/programs/${programId}/certificate-batches`).expect(202);
    await eventually(
      async () =>
        ((await c.get(`/api/certificate-batches/${started.body.id}`).expect(200)).body as CertificateBatch).status === 'done' || undefined,
      'Bescheinigungen erzeugt',
      60_000,
    );
    const [first]: IssuedCertificate[] = (await c.get(`/api/programs/${programId}/certificates`).expect(200)).body;
    const images = async (certificateId: string) => {
      const pdf = (await c.image(`/api/certificates/${certificateId}/pdf`).expect(200)).body as Buffer;
      const file = join(dir, `${certificateId}.pdf`);
      await writeFile(file, pdf);
      // `page num type width height color comp bpc enc …`: the pictures (not their soft masks).
      const lines = (await run('pdfimages', ['-list', file])).stdout.split('\n').slice(2).filter(Boolean);
      return lines
        .map((l) => l.trim().split(/\s+/))
        .filter((cols) => cols[2] === 'image')
        .map((cols) => `${cols[3]}x${cols[4]} ${cols[8]}`);
    };
    const printed = await images(first.id);
    // The logo (200 × 60), the JPEG signature (16 × 8), the PNG one (90 × 30) and the QR code.
    expect(printed).toEqual(expect.arrayContaining(['200x60 image', '16x8 jpeg', '90x30 image']));
    expect(printed).toHaveLength(4);

    // The first signatory renamed: her (unchanged) signature is not printed under the old name the
    // certificate still says; regenerating refreshes the name, and then it is.
    await c
      .put(issuerUrl(programId), {
        organisation: 'Landesverband Nord',
        signatories: [{ ...signatories[0], name: 'Katrin Albers-Meyer' }, signatories[1]],
      })
      .expect(200);
    // A render of what the certificate says (as a retried or reconciled job would), without regenerating it.
    const [[{ version }]] = await f.sql(
      `UPDATE certificate SET status = 'pending', render_version = render_version + 1, requested_at = now() WHERE id = $1 RETURNING render_version AS version`,
      [first.id],
    );
    expect(
      await worker.app
        .get(CertificateRenderer, { strict: false })
        .render({ certificateId: first.id, version }, { attempt: 1, attempts: 3 }),
    ).toBe('rendered');
    expect(await images(first.id)).toEqual(expect.not.arrayContaining(['16x8 jpeg']));

    await c.post(`/api/certificates/${first.id}/regenerate`).expect(202);
    await eventually(
      async () =>
        (await f.sql(`SELECT status, render_version AS v FROM certificate WHERE id = $1`, [first.id]))[0].status === 'done' || undefined,
      'neu erzeugt',
    );
    expect(await images(first.id)).toEqual(expect.arrayContaining(['200x60 image', '16x8 jpeg', '90x30 image']));
  }, 90_000);
});
