import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { S3Storage } from '@ecampus/api/platform/storage';
import { createTestApi } from '@ecampus/api/platform/testing';
import {
  elfExecutable,
  multipartBody,
  officeFile,
  pdfFile,
  pngFile,
  rawUpload,
  startTestS3Server,
  windowsExecutable,
  zipBombDocx,
  type TestS3Server,
} from '@ecampus/api/platform/storage/testing';
import { MaterialSchema, ModuleDetailSchema, ModuleHistorySchema, type Material } from '@ecampus/shared/contracts';
import { CurriculumModule } from './lib/curriculum.module';
import { withCurriculumFixtures, type CurriculumTestApi, type TestPerson } from './testing/curriculum-fixtures';

/*
 * Materials through the real API edge with real files: a temporary data directory per run (the
 * local storage and the upload's temporary files), real PostgreSQL and Redis; one round trip with
 * the S3 driver against s3rver. Every refused upload must answer 4xx and leave nothing behind: no
 * row, no stored file, no temporary file.
 */

const MB = 1024 * 1024;
const MAX_UPLOAD = 2 * MB;
const PDF_NAME = 'Redaktionsplan für die Facebook-Seite (Übersicht).pdf';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** supertest: collect the body of a download as a Buffer whatever its type. */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('materials: upload, download, delete, copy (real files, real PostgreSQL)', () => {
  let t: CurriculumTestApi;
  let server: Server;
  let filesDir: string;
  let tempDir: string;
  let trainer: TestPerson;
  let coordinator: TestPerson;
  let mentor: TestPerson;
  let mentee: TestPerson;
  let outsider: TestPerson;
  let programId: string;
  let pdf: Buffer;

  beforeAll(async () => {
    t = withCurriculumFixtures(await createTestApi({ features: [CurriculumModule], env: { UPLOAD_MAX_BYTES: String(MAX_UPLOAD) } }));
    // Listening for real: the raw-socket uploads (chunked, aborted) need an address.
    server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    filesDir = join(t.config.DATA_DIR, 'files');
    tempDir = join(t.config.DATA_DIR, 'uploads');
    trainer = await t.person('Tina Trainerin');
    coordinator = await t.person('Clara Koordination');
    mentor = await t.person('Mona Mentorin');
    mentee = await t.person('Erika Mentee');
    outsider = await t.person('Otto Außen');
    programId = await t.program([
      [trainer, 'trainer'],
      [coordinator, 'coordinator'],
      [mentor, 'mentor'],
      [mentee, 'mentee'],
    ]);
    pdf = await pdfFile(3);
  });
  afterAll(async () => {
    await t?.close();
  });

  const upload = (who: TestPerson | null, moduleId: string, fileName: string, content: Buffer, opts: { encodeName?: boolean } = {}) => {
    const { contentType, body } = multipartBody(fileName, content, opts);
    const req = t.http().post(`/api/modules/${moduleId}/materials`).set('Content-Type', contentType);
    return (who ? req.set('Authorization', who.auth) : req).send(body);
  };
  const download = (who: TestPerson, materialId: string) =>
    t.http().get(`/api/materials/${materialId}/file`).set('Authorization', who.auth).buffer(true).parse(binary);
  const detail = async (who: TestPerson, moduleId: string) =>
    ModuleDetailSchema.parse((await t.http().get(`/api/modules/${moduleId}`).set('Authorization', who.auth).expect(200)).body);
  const rows = async (moduleId: string) =>
    t.db.dataSource.query(`SELECT id, file_name, storage_key, position FROM curriculum_material WHERE module_id = $1 ORDER BY position`, [
      moduleId,
    ]);
  const storedFiles = async () => {
    try {
      return (await readdir(join(filesDir, 'materials'))).sort();
    } catch {
      return [];
    }
  };
  const tempFiles = async () => {
    try {
      return await readdir(tempDir);
    } catch {
      return [];
    }
  };
  /** The server cleans up after a client that left asynchronously: wait for it, briefly. */
  const until = async (check: () => Promise<boolean>, ms = 5000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('condition not reached in time');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('a trainer uploads a 3-page PDF: 201 Material with page count, stored under a generated key, in the detail and history', async () => {
    const moduleId = await t.module(trainer, programId, { title: 'Die eigene Facebook-Seite' });
    const res = await upload(trainer, moduleId, PDF_NAME, pdf);
    expect(res.status).toBe(201);
    const material = MaterialSchema.parse(res.body);
    expect(material).toEqual({
      id: expect.any(String),
      moduleId,
      fileName: PDF_NAME,
      contentType: 'application/pdf',
      kind: 'pdf',
      sizeBytes: pdf.length,
      pageCount: 3,
      position: 1,
      downloadUrl: `/api/materials/${material.id}/file`,
      createdAt: expect.any(String),
    });
    const [row] = await rows(moduleId);
    expect(row.storage_key).toMatch(/^materials\/[0-9a-f-]{36}$/);
    expect(await readFile(join(filesDir, ...row.storage_key.split('/')))).toEqual(pdf);
    expect(await tempFiles()).toEqual([]);

    // Office files and images, in upload order; the type comes from the content, not the client.
    const png = MaterialSchema.parse((await upload(coordinator, moduleId, 'Wahlkreis.PNG', pngFile()).expect(201)).body);
    expect(png).toMatchObject({ kind: 'image', contentType: 'image/png', pageCount: null, position: 2 });
    const docx = MaterialSchema.parse((await upload(trainer, moduleId, 'Checkliste.docx', officeFile('docx')).expect(201)).body);
    expect(docx).toMatchObject({ kind: 'document', position: 3 });

    for (const who of [trainer, mentee, mentor]) {
      expect((await detail(who, moduleId)).materials.map((m) => [m.fileName, m.position])).toEqual([
        [PDF_NAME, 1],
        ['Wahlkreis.PNG', 2],
        ['Checkliste.docx', 3],
      ]);
    }
    const history = ModuleHistorySchema.parse(
      (await t.http().get(`/api/modules/${moduleId}/history`).set('Authorization', trainer.auth)).body,
    );
    expect(history.items.filter((h) => h.action === 'material_added').map((h) => h.lesson)).toEqual([
      { id: docx.id, title: 'Checkliste.docx' },
      { id: png.id, title: 'Wahlkreis.PNG' },
      { id: material.id, title: PDF_NAME },
    ]);
  });

  it('downloads as an attachment under the original name (RFC 5987), nosniff, sandboxed, not cached', async () => {
    const moduleId = await t.module(trainer, programId, { title: 'Downloads' });
    const material = MaterialSchema.parse((await upload(trainer, moduleId, PDF_NAME, pdf).expect(201)).body);
    for (const who of [mentee, mentor, coordinator, trainer]) {
      const res = await download(who, material.id);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-length']).toBe(String(pdf.length));
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="Redaktionsplan fuer die Facebook-Seite (Uebersicht).pdf"; ` +
          `filename*=UTF-8''Redaktionsplan%20f%C3%BCr%20die%20Facebook-Seite%20%28%C3%9Cbersicht%29.pdf`,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(sha256(res.body as Buffer)).toBe(sha256(pdf));
    }
  });

  describe('refused uploads: 4xx, no row, no stored file, no temporary file', () => {
    let moduleId: string;
    let storedBefore: string[];

    beforeAll(async () => {
      moduleId = await t.module(trainer, programId, { title: 'Abgelehnte Uploads' });
    });
    beforeEach(async () => {
      storedBefore = await storedFiles();
    });
    afterEach(async () => {
      expect(await rows(moduleId)).toEqual([]);
      expect(await storedFiles()).toEqual(storedBefore);
      await until(async () => (await tempFiles()).length === 0);
    });

    it.each([
      ['a Linux executable renamed .pdf', 422, 'unsupported_file_type', 'rechnung.pdf', async () => elfExecutable()],
      ['a Windows executable renamed .pdf', 422, 'unsupported_file_type', 'rechnung.pdf', async () => windowsExecutable()],
      ['a zip bomb named .docx', 422, 'unsupported_file_type', 'bericht.docx', () => zipBombDocx(200 * MB)],
      ['a workbook named .docx', 422, 'unsupported_file_type', 'bericht.docx', async () => officeFile('xlsx')],
      [
        'an extension that is not accepted',
        422,
        'unsupported_file_type',
        'seite.html',
        async () => Buffer.from('<script>alert(1)</script>'),
      ],
      ['path traversal in the name', 422, 'invalid_file_name', '../../../etc/cron.d/x.pdf', () => pdfFile(1)],
      ['a Windows path in the name', 422, 'invalid_file_name', '..\\..\\autoexec.pdf', () => pdfFile(1)],
      ['a right-to-left override in the name', 422, 'invalid_file_name', 'rechnung\u202Efdp.exe.pdf', () => pdfFile(1)],
      [
        'a body over UPLOAD_MAX_BYTES',
        413,
        'file_too_large',
        'gross.png',
        async () => Buffer.concat([pngFile(), Buffer.alloc(MAX_UPLOAD)]),
      ],
    ])(
      '%s → %i %s',
      async (_case, status, code, name, make) => {
        const res = await upload(trainer, moduleId, name, await make());
        expect(res.status).toBe(status);
        expect(res.body).toMatchObject({ statusCode: status, code, message: expect.any(String) });
      },
      30_000,
    );

    it.each([
      ['NUL', 'datei\u0000.pdf'],
      ['a newline', 'datei\nSet-Cookie: x.pdf'],
      ['a C1 control', 'datei\u0085.pdf'],
    ])('a name with %s (sent as filename*) → 422 invalid_file_name', async (_case, name) => {
      const res = await upload(trainer, moduleId, name, await pdfFile(1), { encodeName: true });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('invalid_file_name');
    });

    it('messages follow Accept-Language', async () => {
      const { contentType, body } = multipartBody('rechnung.pdf', elfExecutable());
      const res = await t
        .http()
        .post(`/api/modules/${moduleId}/materials`)
        .set('Authorization', trainer.auth)
        .set('Accept-Language', 'en')
        .set('Content-Type', contentType)
        .send(body);
      expect(res.body).toMatchObject({ code: 'unsupported_file_type', message: expect.stringMatching(/^This file type is not accepted/) });
    });

    it('a request without exactly one field "file" → 400 invalid_upload', async () => {
      const other = multipartBody('a.pdf', await pdfFile(1), { field: 'upload' });
      const res = await t
        .http()
        .post(`/api/modules/${moduleId}/materials`)
        .set('Authorization', trainer.auth)
        .set('Content-Type', other.contentType)
        .send(other.body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('invalid_upload');
      const json = await t.http().post(`/api/modules/${moduleId}/materials`).set('Authorization', trainer.auth).send({ file: 'x' });
      expect(json.status).toBe(400);
      expect(json.body.code).toBe('invalid_upload');
    });

    it('a streamed (chunked) body over the limit → 413 once the limit is counted; Content-Length over it → 413 before reading', async () => {
      const chunked = await rawUpload({
        server,
        path: `/api/modules/${moduleId}/materials`,
        headers: { Authorization: trainer.auth },
        fileName: 'riesig.png',
        size: 200 * MB,
        prefix: pngFile().subarray(0, 8),
        contentLength: false,
      });
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body)).toMatchObject({ code: 'file_too_large', maxBytes: MAX_UPLOAD });
      expect(chunked.sentBytes).toBeLessThan(50 * MB);

      const declared = await rawUpload({
        server,
        path: `/api/modules/${moduleId}/materials`,
        headers: { Authorization: trainer.auth },
        fileName: 'riesig.png',
        size: 200 * MB,
        prefix: pngFile().subarray(0, 8),
      });
      expect(declared.status).toBe(413);
      expect(declared.headers.connection).toBe('close');
      expect(declared.sentBytes).toBeLessThan(50 * MB);
    }, 60_000);

    it('a client that stops mid-upload: nothing stored, its temporary file removed', async () => {
      let sawTempFile = false;
      const res = await rawUpload({
        server,
        path: `/api/modules/${moduleId}/materials`,
        headers: { Authorization: trainer.auth },
        fileName: 'abgebrochen.png',
        size: MAX_UPLOAD - 1000,
        prefix: pngFile().subarray(0, 8),
        pauseAt: {
          bytes: MB,
          run: () =>
            until(async () => {
              sawTempFile = (await tempFiles()).length === 1;
              return sawTempFile;
            }),
        },
        abortAfterBytes: MB + 256 * 1024,
      });
      expect(res).toMatchObject({ status: null, error: 'aborted by the client' });
      // It was being written while the body arrived; afterEach checks that it is gone and nothing stored.
      expect(sawTempFile).toBe(true);
    });
  });

  describe('who may', () => {
    it('upload: staff only; a stranger or participant is refused before the body is read, nothing stored', async () => {
      const moduleId = await t.module(trainer, programId, { title: 'Rechte' });
      const before = await storedFiles();
      expect((await upload(outsider, moduleId, 'x.pdf', pdf)).status).toBe(404);
      expect((await upload(mentee, moduleId, 'x.pdf', pdf)).body).toMatchObject({ statusCode: 403, code: 'forbidden' });
      expect((await upload(null, moduleId, 'x.pdf', pdf)).status).toBe(401);
      // A stranger's large upload is answered at once, its body never read to the end.
      const big = await rawUpload({
        server,
        path: `/api/modules/${moduleId}/materials`,
        headers: { Authorization: outsider.auth },
        fileName: 'x.png',
        size: MAX_UPLOAD - 1000,
        prefix: pngFile().subarray(0, 8),
      });
      expect(big.status).toBe(404);
      expect(big.headers.connection).toBe('close');
      expect(await rows(moduleId)).toEqual([]);
      expect(await storedFiles()).toEqual(before);
      expect(await tempFiles()).toEqual([]);
    });

    it('an archived program: no uploads (422 program_archived), downloads still work', async () => {
      const archivedProgram = await t.program([
        [trainer, 'trainer'],
        [mentee, 'mentee'],
      ]);
      const moduleId = await t.module(trainer, archivedProgram, { title: 'Archiv' });
      const material = MaterialSchema.parse((await upload(trainer, moduleId, 'a.pdf', pdf).expect(201)).body);
      await t.archive(archivedProgram);
      const res = await upload(trainer, moduleId, 'b.pdf', pdf);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('program_archived');
      expect((await t.http().delete(`/api/materials/${material.id}`).set('Authorization', trainer.auth)).body.code).toBe(
        'program_archived',
      );
      expect((await download(mentee, material.id)).status).toBe(200);
      expect(await rows(moduleId)).toHaveLength(1);
    });

    it('download: a draft’s materials are 404 to participants; a locked module’s are 403 module_locked and not listed', async () => {
      const draft = await t.module(trainer, programId, { title: 'Entwurf' }, { draft: true });
      const inDraft = MaterialSchema.parse((await upload(trainer, draft, 'entwurf.pdf', pdf).expect(201)).body);
      expect((await download(mentee, inDraft.id)).status).toBe(404);
      expect((await download(outsider, inDraft.id)).status).toBe(404);
      expect((await download(trainer, inDraft.id)).status).toBe(200);

      const later = await t.module(trainer, programId, { title: 'Später', releaseAt: '2099-01-01T08:00:00.000Z' });
      const locked = MaterialSchema.parse((await upload(trainer, later, 'spaeter.pdf', pdf).expect(201)).body);
      const refused = await download(mentee, locked.id);
      expect(refused.status).toBe(403);
      expect(JSON.parse((refused.body as Buffer).toString('utf8'))).toMatchObject({ code: 'module_locked' });
      expect((await detail(mentee, later)).materials).toEqual([]);
      expect((await detail(mentor, later)).materials).toEqual([]);
      // Staff see and download it.
      expect((await detail(trainer, later)).materials.map((m) => m.id)).toEqual([locked.id]);
      expect((await download(coordinator, locked.id)).status).toBe(200);
      expect((await download(outsider, locked.id)).status).toBe(404);
      // A malformed id names nothing.
      expect((await download(trainer, 'not-an-id')).status).toBe(404);
    });
  });

  it('delete: staff only; the row (order closes up), the stored file and a history entry', async () => {
    const moduleId = await t.module(trainer, programId, { title: 'Löschen' });
    const a = MaterialSchema.parse((await upload(trainer, moduleId, 'a.pdf', pdf).expect(201)).body);
    const b = MaterialSchema.parse((await upload(trainer, moduleId, 'b.png', pngFile()).expect(201)).body);
    const [rowA] = await rows(moduleId);
    expect((await t.http().delete(`/api/materials/${a.id}`).set('Authorization', mentee.auth)).status).toBe(403);
    expect((await t.http().delete(`/api/materials/${a.id}`).set('Authorization', outsider.auth)).status).toBe(404);
    await t.http().delete(`/api/materials/${a.id}`).set('Authorization', coordinator.auth).expect(204);
    expect((await rows(moduleId)).map((r: { id: string; position: number }) => [r.id, r.position])).toEqual([[b.id, 1]]);
    expect(await storedFiles()).not.toContain(rowA.storage_key.split('/')[1]);
    expect((await download(trainer, a.id)).status).toBe(404);
    expect((await t.http().delete(`/api/materials/${a.id}`).set('Authorization', trainer.auth)).status).toBe(404);
    const history = ModuleHistorySchema.parse(
      (await t.http().get(`/api/modules/${moduleId}/history`).set('Authorization', trainer.auth)).body,
    );
    expect(history.items[0]).toMatchObject({ action: 'material_deleted', lesson: { id: a.id, title: 'a.pdf' } });
  });

  it('a stored file that has gone missing answers 404, not 500', async () => {
    const moduleId = await t.module(trainer, programId, { title: 'Verloren' });
    const m = MaterialSchema.parse((await upload(trainer, moduleId, 'weg.pdf', pdf).expect(201)).body);
    const [row] = await rows(moduleId);
    await rm(join(filesDir, ...row.storage_key.split('/')));
    const res = await download(mentee, m.id);
    expect(res.status).toBe(404);
  });

  it('copying a module copies its materials (new keys, same bytes); deleting a draft module removes its files', async () => {
    const source = await t.module(trainer, programId, { title: 'Vorlage' });
    const first = MaterialSchema.parse((await upload(trainer, source, PDF_NAME, pdf).expect(201)).body);
    await upload(trainer, source, 'Foto.png', pngFile()).expect(201);
    const copy = await t.http().post(`/api/modules/${source}/copy`).set('Authorization', trainer.auth).send({ programId });
    expect(copy.status).toBe(201);
    const copied = ModuleDetailSchema.parse(copy.body);
    expect(copied.materials.map((m) => [m.fileName, m.position, m.pageCount])).toEqual([
      [PDF_NAME, 1, 3],
      ['Foto.png', 2, null],
    ]);
    const sourceKeys = (await rows(source)).map((r: { storage_key: string }) => r.storage_key);
    const copyKeys = (await rows(copied.id)).map((r: { storage_key: string }) => r.storage_key);
    expect(copyKeys.filter((k: string) => sourceKeys.includes(k))).toEqual([]);

    // The copy keeps its bytes when the original goes.
    await t.http().delete(`/api/materials/${first.id}`).set('Authorization', trainer.auth).expect(204);
    const res = await download(trainer, copied.materials[0].id);
    expect(sha256(res.body as Buffer)).toBe(sha256(pdf));

    // The copy is a draft: deleting it removes its rows and files.
    await t.http().delete(`/api/modules/${copied.id}`).set('Authorization', trainer.auth).expect(204);
    const left = await storedFiles();
    for (const key of copyKeys) expect(left).not.toContain(key.split('/')[1]);
  });
});

describe('materials with the S3 driver (s3rver)', () => {
  let s3: TestS3Server;
  let t: CurriculumTestApi;

  beforeAll(async () => {
    s3 = await startTestS3Server('ecampus-materials');
    t = withCurriculumFixtures(await createTestApi({ features: [CurriculumModule], env: s3.env }));
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  it('uploads into the bucket, downloads from it, deletes from it', async () => {
    const trainer = await t.person('Tina Trainerin');
    const mentee = await t.person('Erika Mentee');
    const programId = await t.program([
      [trainer, 'trainer'],
      [mentee, 'mentee'],
    ]);
    const moduleId = await t.module(trainer, programId, { title: 'S3' });
    const pdf = await pdfFile(3);
    const { contentType, body } = multipartBody('Übersicht.pdf', pdf);
    const created = await t
      .http()
      .post(`/api/modules/${moduleId}/materials`)
      .set('Authorization', trainer.auth)
      .set('Content-Type', contentType)
      .send(body);
    expect(created.status).toBe(201);
    const material: Material = MaterialSchema.parse(created.body);
    expect(material.pageCount).toBe(3);
    const [{ storage_key: key }] = await t.db.dataSource.query(`SELECT storage_key FROM curriculum_material WHERE id = $1`, [material.id]);
    // The object is in the bucket, nothing on the local disk.
    const bucket = new S3Storage(s3.settings);
    expect(await bucket.exists(key)).toBe(true);
    await expect(readdir(join(t.config.DATA_DIR, 'files'))).rejects.toThrow();

    const res = await t.http().get(material.downloadUrl).set('Authorization', mentee.auth).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%C3%9Cbersicht.pdf");
    expect(sha256(res.body as Buffer)).toBe(sha256(pdf));

    await t.http().delete(`/api/materials/${material.id}`).set('Authorization', trainer.auth).expect(204);
    const gone = await t.http().get(material.downloadUrl).set('Authorization', trainer.auth);
    expect(gone.status).toBe(404);
    expect(await bucket.exists(key)).toBe(false);
    bucket.destroy();
  });
});
