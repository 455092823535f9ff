import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { HttpException } from '@nestjs/common';
import request from 'supertest';
import { FileErrorCode } from '@ecampus/shared/contracts';
import { LocalDiskStorage, UploadReceiver, type ReceivedFile } from './index';
import {
  elfExecutable,
  jpegFile,
  macroDocx,
  multipartBody,
  multipartFrame,
  type MultipartOptions,
  officeFile,
  pdfFile,
  plainZip,
  pngFile,
  rawUpload,
  webpFile,
  windowsExecutable,
  zipBombDocx,
} from './testing';

/*
 * The upload receiver on a real HTTP server and real files: a temporary data folder with the local
 * storage and the receiver's temporary files. Every refusal must leave nothing behind, in the
 * storage or among the temporary files; a 200 MB upload must not grow the process's memory.
 */

const MB = 1024 * 1024;
const PNG_SIGNATURE = pngFile().subarray(0, 8);

interface Harness {
  server: Server;
  storage: LocalDiskStorage;
  receiver: UploadReceiver;
  tempDir: string;
  filesDir: string;
  /** What the last request's `receive` ended with. */
  outcomes: (ReceivedFile | HttpException | Error)[];
  close(): Promise<void>;
}

/** A server whose one route receives a file (as the API's controllers do, errors as `{statusCode, code, message}`). */
async function harness(maxUploadBytes: number): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'ecampus-upload-'));
  const filesDir = join(dir, 'files');
  const tempDir = join(dir, 'uploads');
  const storage = new LocalDiskStorage(filesDir);
  const receiver = new UploadReceiver(storage, { maxUploadBytes, uploadTempDir: tempDir });
  await receiver.onModuleInit();
  const outcomes: Harness['outcomes'] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    // Express puts the response on the request; the receiver uses it for `Connection: close`.
    (req as IncomingMessage & { res: ServerResponse }).res = res;
    try {
      const file = await receiver.receive(req, 'materials');
      outcomes.push(file);
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify(file));
    } catch (e) {
      outcomes.push(e as Error);
      if (res.destroyed) return;
      const status = e instanceof HttpException ? e.getStatus() : 500;
      const body = e instanceof HttpException ? (e.getResponse() as object) : { message: String(e) };
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statusCode: status, ...body }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    storage,
    receiver,
    tempDir,
    filesDir,
    outcomes,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const listStored = async (h: Harness) => {
  try {
    return await readdir(join(h.filesDir, 'materials'));
  } catch {
    return [];
  }
};
const listTemp = (h: Harness) => readdir(h.tempDir);

/** Waits until `check` passes (the server cleans up asynchronously after a client leaves). */
async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('UploadReceiver over HTTP (real files)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await harness(2 * MB);
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(async () => {
    // Whatever a test did: no temporary file outlives its request.
    await until(async () => (await listTemp(h)).length === 0);
  });

  const upload = (fileName: string, content: Buffer, opts: MultipartOptions = {}) => {
    const { contentType, body } = multipartBody(fileName, content, opts);
    return request(h.server).post('/').set('Content-Type', contentType).send(body);
  };

  it('stores a 3-page PDF with its page count, type from content, original name', async () => {
    const pdf = await pdfFile(3);
    const res = await upload('Redaktionsplan für Juni.pdf', pdf);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      storageKey: expect.stringMatching(/^materials\/[0-9a-f-]{36}$/),
      fileName: 'Redaktionsplan für Juni.pdf',
      contentType: 'application/pdf',
      kind: 'pdf',
      sizeBytes: pdf.length,
      pageCount: 3,
    });
    expect(await readFile(h.storage.pathOf(res.body.storageKey))).toEqual(pdf);
  });

  it.each([
    ['Foto.png', 'image', 'image/png', pngFile()],
    ['Foto.JPG', 'image', 'image/jpeg', jpegFile()],
    ['Foto.jpeg', 'image', 'image/jpeg', jpegFile()],
    ['Foto.webp', 'image', 'image/webp', webpFile()],
    ['Brief.docx', 'document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', officeFile('docx')],
    ['Folien.pptx', 'presentation', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', officeFile('pptx')],
    ['Tabelle.xlsx', 'spreadsheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', officeFile('xlsx')],
  ])('stores %s as %s (%s)', async (name, kind, contentType, content) => {
    const res = await upload(name, content);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ fileName: name, kind, contentType, sizeBytes: content.length, pageCount: null });
    expect(await h.storage.exists(res.body.storageKey)).toBe(true);
  });

  describe('refused: a 4xx, nothing stored, no temporary file', () => {
    let storedBefore: string[];
    beforeEach(async () => {
      storedBefore = await listStored(h);
    });
    afterEach(async () => {
      expect(await listStored(h)).toEqual(storedBefore);
    });

    it.each([
      ['a Linux executable renamed .pdf', 'rechnung.pdf', () => elfExecutable()],
      ['a Windows executable renamed .pdf', 'rechnung.pdf', () => windowsExecutable()],
      ['a Windows executable renamed .docx', 'brief.docx', () => windowsExecutable()],
      ['HTML renamed .png', 'bild.png', () => Buffer.from('<html><script>alert(1)</script></html>')],
      ['a PNG named .jpg', 'bild.jpg', () => pngFile()],
      ['a PDF header pdf-lib cannot read', 'kaputt.pdf', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), elfExecutable()])],
      ['an empty file', 'leer.pdf', () => Buffer.alloc(0)],
      ['a zip without [Content_Types].xml named .docx', 'brief.docx', () => plainZip()],
      ['a workbook named .docx', 'brief.docx', () => officeFile('xlsx')],
      ['a document with macros named .docx', 'brief.docx', () => macroDocx()],
      ['an unaccepted extension (.exe)', 'setup.exe', () => windowsExecutable()],
      ['an unaccepted extension (.html)', 'seite.html', () => Buffer.from('<h1>x</h1>')],
      ['an unaccepted extension (.svg)', 'bild.svg', () => Buffer.from('<svg/>')],
      ['no extension', 'datei', () => pngFile()],
    ])('%s → 422 unsupported_file_type', async (_case, name, content) => {
      const res = await upload(name, content());
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: FileErrorCode.UnsupportedFileType, message: expect.any(String) });
    });

    it('a zip bomb named .docx (200 MB of zeros in 200 KB) → 422 unsupported_file_type', async () => {
      const bomb = await zipBombDocx(200 * MB);
      expect(bomb.length).toBeLessThan(2 * MB);
      const res = await upload('bericht.docx', bomb);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe(FileErrorCode.UnsupportedFileType);
    }, 30_000);

    // Browsers send the name raw in `filename="…"`; any client can send any character as `filename*=UTF-8''…`.
    it.each([
      ['path traversal', '../../etc/passwd.pdf', false],
      ['path traversal (encoded)', '../../etc/passwd.pdf', true],
      ['a Windows path', '..\\..\\windows\\win.ini.pdf', true],
      ['a folder', 'ordner/datei.pdf', false],
      ['NUL', 'datei\u0000.pdf', true],
      ['a newline', 'datei\r\nX-Test: 1.pdf', true],
      ['an escape sequence', 'datei\u001b[31m.pdf', true],
      ['a right-to-left override', 'rechnung\u202Efdp.pdf', false],
      ['a right-to-left override (encoded)', 'rechnung\u202Efdp.pdf', true],
      ['an isolate', 'datei\u2066.pdf', true],
      ['a C1 control', 'datei\u009b.pdf', true],
      ['201 characters', 'a'.repeat(197) + '.pdf', false],
      ['only an extension', '.pdf', false],
    ])('a name with %s → 422 invalid_file_name', async (_case, name, encodeName) => {
      const res = await upload(name, await pdfFile(1), { encodeName });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: FileErrorCode.InvalidFileName });
    });

    it('a raw control character in the part header → 400 invalid_upload (a malformed header)', async () => {
      const res = await upload('datei\u0000.pdf', await pdfFile(1));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(FileErrorCode.InvalidUpload);
    });

    it('a body over the limit with Content-Length → 413 before it is read, connection closed', async () => {
      const res = await rawUpload({ server: h.server, path: '/', fileName: 'gross.png', size: 50 * MB, prefix: PNG_SIGNATURE });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: FileErrorCode.FileTooLarge, maxBytes: 2 * MB });
      expect(res.headers.connection).toBe('close');
      // Answered long before the 50 MB were sent.
      expect(res.sentBytes).toBeLessThan(20 * MB);
    });

    it('a chunked body over the limit → 413 once the limit is counted', async () => {
      const res = await rawUpload({
        server: h.server,
        path: '/',
        fileName: 'gross.png',
        size: 50 * MB,
        prefix: PNG_SIGNATURE,
        contentLength: false,
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).code).toBe(FileErrorCode.FileTooLarge);
      expect(res.sentBytes).toBeLessThan(20 * MB);
    });

    it('exactly the limit is accepted, one byte more is not', async () => {
      const exact = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(2 * MB - 8)]);
      const ok = await upload('genau.png', exact);
      expect(ok.status).toBe(201);
      await h.storage.delete(ok.body.storageKey);
      const over = await upload('zu-gross.png', Buffer.concat([exact, Buffer.alloc(1)]));
      expect(over.status).toBe(413);
    });

    it.each([
      ['another field name', async () => multipartBody('a.pdf', await pdfFile(1), { field: 'upload' })],
      [
        'two files',
        async () => {
          const a = multipartFrame('a.png');
          const b = `--${a.boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.png"\r\n\r\n`;
          return { contentType: a.contentType, body: Buffer.concat([a.head, pngFile(), Buffer.from(`\r\n${b}`), pngFile(), a.tail]) };
        },
      ],
      [
        'a text field besides the file',
        async () => {
          const a = multipartFrame('a.png');
          const field = `--${a.boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHallo\r\n`;
          return { contentType: a.contentType, body: Buffer.concat([Buffer.from(field), a.head, pngFile(), a.tail]) };
        },
      ],
      [
        'no file at all',
        async () => {
          const a = multipartFrame('a.png');
          return { contentType: a.contentType, body: Buffer.from(`--${a.boundary}--\r\n`) };
        },
      ],
      [
        'a body that ends before its closing boundary',
        async () => {
          const a = multipartFrame('a.png');
          return { contentType: a.contentType, body: Buffer.concat([a.head, pngFile()]) };
        },
      ],
      ['JSON instead of multipart', async () => ({ contentType: 'application/json', body: Buffer.from('{"file":"x"}') })],
      ['multipart without a boundary', async () => ({ contentType: 'multipart/form-data', body: Buffer.from('x') })],
    ])('%s → 400 invalid_upload', async (_case, make) => {
      const { contentType, body } = await make();
      const res = await request(h.server).post('/').set('Content-Type', contentType).send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: FileErrorCode.InvalidUpload });
    });

    it('a client that stops mid-upload: its temporary file is removed, nothing is stored', async () => {
      const before = h.outcomes.length;
      const res = await rawUpload({
        server: h.server,
        path: '/',
        fileName: 'halb.png',
        size: 1.5 * MB,
        prefix: PNG_SIGNATURE,
        abortAfterBytes: 700 * 1024,
      });
      expect(res.status).toBeNull();
      await until(async () => h.outcomes.length > before);
      const outcome = h.outcomes[before];
      expect(outcome).toBeInstanceOf(HttpException);
      expect(((outcome as HttpException).getResponse() as { code: string }).code).toBe(FileErrorCode.InvalidUpload);
      expect(await listTemp(h)).toEqual([]);
    });
  });

  it('writes the body to its temporary file as it arrives, and removes it when the client goes away', async () => {
    let seen: { name: string; size: number }[] = [];
    const res = await rawUpload({
      server: h.server,
      path: '/',
      fileName: 'langsam.png',
      size: 2 * MB - 100,
      prefix: PNG_SIGNATURE,
      // Half-way the client waits: by then the server has written what it got.
      pauseAt: {
        bytes: MB,
        run: () =>
          until(async () => {
            const names = await listTemp(h);
            seen = await Promise.all(names.map(async (name) => ({ name, size: (await stat(join(h.tempDir, name))).size })));
            return seen.length === 1 && seen[0].size > MB / 2;
          }),
      },
      abortAfterBytes: Math.round(1.2 * MB),
    });
    expect(res).toMatchObject({ status: null, error: 'aborted by the client' });
    expect(seen).toEqual([{ name: expect.stringMatching(/^[0-9a-f-]{36}\.part$/), size: expect.any(Number) }]);
    await until(async () => (await listTemp(h)).length === 0);
  });

  it('removes temporary files a crashed process left (older than a day) at start', async () => {
    const { utimes, writeFile } = await import('node:fs/promises');
    const stale = join(h.tempDir, 'abgestuerzt.part');
    const fresh = join(h.tempDir, 'laeuft-noch.part');
    await writeFile(stale, 'x');
    await writeFile(fresh, 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(stale, twoDaysAgo, twoDaysAgo);
    await h.receiver.onModuleInit();
    expect(await listTemp(h)).toEqual(['laeuft-noch.part']);
    await rm(fresh);
  });
});

describe('UploadReceiver memory (200 MB streamed)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await harness(256 * MB);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores a 200 MB upload while the process grows by far less than the file', async () => {
    const size = 200 * MB;
    // Warm up first (sockets, streams, code paths), so that the baseline is the steady state.
    const warmUp = await rawUpload({ server: h.server, path: '/', fileName: 'warm.png', size: 16 * MB, prefix: PNG_SIGNATURE });
    await h.storage.delete((JSON.parse(warmUp.body) as ReceivedFile).storageKey);
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 10);
    let res;
    try {
      res = await rawUpload({ server: h.server, path: '/', fileName: 'riesig.png', size, prefix: PNG_SIGNATURE });
    } finally {
      clearInterval(sampler);
    }
    expect(res.status).toBe(201);
    const stored = JSON.parse(res.body) as ReceivedFile;
    expect(stored.sizeBytes).toBe(size);

    // The stored file is the whole upload (hashed as a stream: signature, then zeros).
    const hash = createHash('sha256');
    for await (const chunk of await h.storage.get(stored.storageKey)) hash.update(chunk as Buffer);
    const expected = createHash('sha256').update(PNG_SIGNATURE);
    const zeros = Buffer.alloc(MB);
    for (let left = size - 8; left > 0; left -= MB) expected.update(zeros.subarray(0, Math.min(MB, left)));
    expect(hash.digest('hex')).toBe(expected.digest('hex'));
    await h.storage.delete(stored.storageKey);

    const growth = { rss: (peakRss - baseline.rss) / MB, heap: (peakHeap - baseline.heapUsed) / MB };
    // Client and server in this one process: both stream. A buffered upload would add 200 MB.
    expect(growth.rss).toBeLessThan(64);
    expect(growth.heap).toBeLessThan(64);
    expect(await listTemp(h)).toEqual([]);
  }, 120_000);
});

describe('UploadReceiver with a route’s narrower rules (UploadOptions)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await harness(2 * MB);
  });
  afterAll(async () => {
    await h?.close();
  });

  const images = { extensions: ['png', 'jpg', 'jpeg'] as const, maxBytes: MB };
  const receive = (fileName: string, content: Buffer, options: Parameters<UploadReceiver['receiveFile']>[3]) =>
    h.receiver.receiveFile(fileName, Readable.from([content]), 'certificates/p1/issuer', options).then(
      (file) => file,
      (e: HttpException) => e,
    );
  const stored = async () => {
    try {
      return await readdir(join(h.filesDir, 'certificates', 'p1', 'issuer'));
    } catch {
      return [];
    }
  };

  it('accepts only the route’s types and size, names them, stores under the route’s key name', async () => {
    const webp = await receive('logo.webp', webpFile(), images);
    expect(webp).toBeInstanceOf(HttpException);
    expect((webp as HttpException).getStatus()).toBe(422);
    expect((webp as HttpException).getResponse()).toMatchObject({
      code: FileErrorCode.UnsupportedFileType,
      message: 'Dieser Dateityp wird nicht angenommen. Erlaubt sind PNG und JPEG, und der Inhalt muss zur Dateiendung passen.',
    });
    const large = await receive('logo.png', Buffer.concat([pngFile(), Buffer.alloc(MB)]), images);
    expect((large as HttpException).getStatus()).toBe(413);
    expect((large as HttpException).getResponse()).toMatchObject({
      code: FileErrorCode.FileTooLarge,
      maxBytes: MB,
      message: 'Die Datei ist zu groß: höchstens 1 MB.',
    });
    // A higher limit than the platform's is not taken.
    const over = await receive('logo.png', Buffer.concat([pngFile(), Buffer.alloc(2 * MB)]), { maxBytes: 10 * MB });
    expect((over as HttpException).getStatus()).toBe(413);
    expect(await stored()).toEqual([]);

    const file = (await receive('Logo.PNG', pngFile(), { ...images, keyName: (ext) => `logo-1.${ext}` })) as ReceivedFile;
    expect(file).toMatchObject({ storageKey: 'certificates/p1/issuer/logo-1.png', contentType: 'image/png', fileName: 'Logo.PNG' });
    expect(await stored()).toEqual(['logo-1.png']);
    await h.storage.delete(file.storageKey);
    expect(await listTemp(h)).toEqual([]);
  });

  it('runs the route’s own check on the temporary file: a refusal stores nothing and leaves nothing', async () => {
    const seen: { ext: string; sizeBytes: number; head: string }[] = [];
    const refused = await receive('logo.jpg', jpegFile(), {
      ...images,
      inspect: async ({ path, ext, sizeBytes }) => {
        seen.push({ ext, sizeBytes, head: (await readFile(path)).subarray(0, 3).toString('hex') });
        throw new HttpException({ code: 'image_unreadable', message: 'Das Bild lässt sich nicht lesen.' }, 422);
      },
    });
    expect(seen).toEqual([{ ext: 'jpg', sizeBytes: jpegFile().length, head: 'ffd8ff' }]);
    expect((refused as HttpException).getResponse()).toEqual({ code: 'image_unreadable', message: 'Das Bild lässt sich nicht lesen.' });
    expect(await stored()).toEqual([]);
    expect(await listTemp(h)).toEqual([]);
  });
});
