import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import busboy from 'busboy';
import { FileErrorCode, UPLOAD_EXTENSIONS, type FileKind, type UploadExtension } from '@ecampus/shared/contracts';
import { assertStorageKey, FileStorage, newStorageKey } from './file-storage';
import { checkFileName, uploadExtensionOf } from './file-name';
import {
  contentMatchesExtension,
  inspectOfficeZip,
  isOfficeExtension,
  MAGIC_BYTES_LENGTH,
  pdfPageCount,
  zipLimitsFor,
} from './file-content';
import { uploadError, UploadRefusal } from './upload-errors';
import { STORAGE_SETTINGS, type StorageSettings } from './storage-settings';

/** A checked upload, stored under `storageKey`: what a row describing it needs. */
export interface ReceivedFile {
  storageKey: string;
  /** The original name, checked and in NFC. */
  fileName: string;
  /** Detected from extension and content, never the client's claim. */
  contentType: string;
  kind: FileKind;
  sizeBytes: number;
  /** Pages of a PDF, else null. */
  pageCount: number | null;
}

/**
 * Narrower rules of one route than the platform's (the certificates' images: PNG and JPEG up to
 * 1 MB, under a key that names them). Everything else — streaming, name, magic bytes, temporary
 * file, errors — is the same.
 */
export interface UploadOptions {
  /** The extensions this route accepts (default: every one of UPLOAD_EXTENSIONS); the 422 message names them. */
  extensions?: readonly UploadExtension[];
  /** A lower limit than UPLOAD_MAX_BYTES (a higher one is ignored); the 413 message names it. */
  maxBytes?: number;
  /** The last segment of the stored key, from the checked extension (default: a UUID), e.g. `logo-<uuid>.png`. */
  keyName?: (ext: UploadExtension) => string;
  /**
   * A further check of the file after the platform's, on its temporary copy (path, extension,
   * size): throw to refuse it (an HttpException; it runs in the request's context, so `t()`
   * speaks the caller's language). A refused file is never stored.
   */
  inspect?: (file: { path: string; ext: UploadExtension; sizeBytes: number }) => Promise<void>;
}

/** The rules of one upload: the platform's, narrowed by the route's options. */
interface UploadRules {
  maxBytes: number;
  extensions: readonly UploadExtension[] | null;
  keyName: ((ext: UploadExtension) => string) | null;
  inspect: UploadOptions['inspect'] | null;
}

/** What the receiver needs of the settings (tests build it by hand). */
export type UploadReceiverSettings = Pick<StorageSettings, 'maxUploadBytes' | 'uploadTempDir'>;

/** Room for the multipart framing around the file (boundary lines, part headers) in a Content-Length check. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** Temporary files older than this are left over from a crash and removed at start. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;
const TEMP_SUFFIX = '.part';

/** A file written to the temporary folder, not yet checked. */
interface Spooled {
  path: string;
  fileName: string;
  ext: UploadExtension;
  sizeBytes: number;
}

const refuse = (code: FileErrorCode, detail: string) => new UploadRefusal(code, detail);

/**
 * Stops reading a request body the server answers early (a refused upload, or a caller refused
 * before the body was read): the rest is discarded as it arrives, never stored, and the answer
 * carries `Connection: close` so the connection ends after it instead of draining a large body to
 * keep it alive. The client still gets the answer (Node sends it while discarding).
 */
export function discardRequestBody(req: IncomingMessage): void {
  // The API's HTTP hook puts the response on a multipart request (create-api-application.ts).
  if (req.complete || req.destroyed) return;
  const res = (req as IncomingMessage & { res?: ServerResponse }).res;
  if (res && !res.headersSent) res.setHeader('Connection', 'close');
  req.resume();
}

/**
 * Receives one uploaded file (decision 023). The body is streamed to a temporary file under the
 * data directory while its bytes are counted — never held in memory, stopped at UPLOAD_MAX_BYTES
 * (413 `file_too_large`). Then, from the temporary file: name (422 `invalid_file_name`), extension
 * and content (magic bytes, OOXML package without zip bomb or macros, PDF readable with a page
 * count; else 422 `unsupported_file_type`). Only a file that passes is put into the storage under a
 * generated key. The temporary file is always removed; a client that stops mid-upload leaves nothing.
 */
@Injectable()
export class UploadReceiver implements OnModuleInit {
  private readonly logger = new Logger('UploadReceiver');

  constructor(
    private readonly storage: FileStorage,
    @Inject(STORAGE_SETTINGS) private readonly settings: UploadReceiverSettings,
  ) {}

  /** The largest file accepted, in bytes (UPLOAD_MAX_BYTES). */
  get maxBytes(): number {
    return this.settings.maxUploadBytes;
  }

  /** Creates the temporary folder and removes what a crashed process left in it. */
  async onModuleInit(): Promise<void> {
    const dir = this.settings.uploadTempDir;
    await mkdir(dir, { recursive: true });
    const now = Date.now();
    for (const name of await readdir(dir)) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      const path = join(dir, name);
      try {
        if (now - (await stat(path)).mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
      } catch (e) {
        this.logger.warn(`Alte Upload-Datei ${path} nicht entfernt: ${(e as Error).message}`);
      }
    }
  }

  /**
   * The one file of a `multipart/form-data` request (field `file`), checked and stored under
   * `<keyPrefix>/<uuid>`. Refusals are HttpExceptions with `{ code: FileErrorCode.*, message }`;
   * on each the rest of the body is discarded and the connection closes after the answer.
   */
  async receive(req: IncomingMessage, keyPrefix: string, options: UploadOptions = {}): Promise<ReceivedFile> {
    assertStorageKey(keyPrefix);
    const rules = this.rulesOf(options);
    return this.answer(rules, async () => this.store(await this.spoolMultipart(req, rules), keyPrefix, rules));
  }

  /** The same checks for a file that is not an HTTP upload (the demo seed, imports): its name and bytes. */
  async receiveFile(fileName: string, body: Readable, keyPrefix: string, options: UploadOptions = {}): Promise<ReceivedFile> {
    assertStorageKey(keyPrefix);
    const rules = this.rulesOf(options);
    return this.answer(rules, async () => {
      const { fileName: name, ext } = this.checkName(fileName, rules);
      return this.store(await this.spool(body, name, ext, rules), keyPrefix, rules);
    });
  }

  private rulesOf(options: UploadOptions): UploadRules {
    return {
      maxBytes: Math.min(options.maxBytes ?? this.maxBytes, this.maxBytes),
      extensions: options.extensions ?? null,
      keyName: options.keyName ?? null,
      inspect: options.inspect ?? null,
    };
  }

  /** Refusals become the HTTP error here, in the request's async context (its language). */
  private async answer<T>(rules: UploadRules, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (e instanceof UploadRefusal) throw uploadError(e, rules.maxBytes, rules.extensions ?? undefined);
      throw e;
    }
  }

  private checkName(raw: string | undefined, rules: UploadRules): { fileName: string; ext: UploadExtension } {
    const name = checkFileName(raw);
    if (!name.ok) throw refuse(FileErrorCode.InvalidFileName, 'file name');
    const ext = uploadExtensionOf(name.fileName);
    if (!ext || (rules.extensions && !rules.extensions.includes(ext))) throw refuse(FileErrorCode.UnsupportedFileType, 'extension');
    return { fileName: name.fileName, ext };
  }

  /** Streams the body into a fresh temporary file, counting; over the limit → `file_too_large`. Removes the file on any failure. */
  private async spool(body: Readable, fileName: string, ext: UploadExtension, rules: UploadRules): Promise<Spooled> {
    // Before the first await: busboy may destroy a part's stream with an error at any moment (a form
    // that ends mid-file); pipeline below reports it, it must never be an unhandled 'error'.
    body.on('error', () => undefined);
    await mkdir(this.settings.uploadTempDir, { recursive: true });
    const path = join(this.settings.uploadTempDir, `${randomUUID()}${TEMP_SUFFIX}`);
    const max = rules.maxBytes;
    let sizeBytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sizeBytes += chunk.length;
        if (sizeBytes > max) done(refuse(FileErrorCode.FileTooLarge, 'counted'));
        else done(null, chunk);
      },
    });
    const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(body, counter, out);
    } catch (e) {
      // Closed first: a file still being opened would otherwise appear after the removal.
      if (!out.closed) await once(out, 'close').catch(() => undefined);
      await rm(path, { force: true });
      throw e instanceof UploadRefusal ? e : refuse(FileErrorCode.InvalidUpload, `body: ${(e as Error).message}`);
    }
    return { path, fileName, ext, sizeBytes };
  }

  /**
   * Parses the multipart body with busboy and spools its one `file` part. Name and extension are
   * checked from the part's header, before a byte of it is written. Anything else (no file, a
   * second part, another field, a malformed or unfinished body, a client that goes away) is
   * `invalid_upload`; whatever was written is removed before the promise settles.
   */
  private spoolMultipart(req: IncomingMessage, rules: UploadRules): Promise<Spooled> {
    const refused = (refusal: UploadRefusal) => {
      discardRequestBody(req);
      return Promise.reject(refusal);
    };
    if (!/^multipart\/form-data\s*;/i.test(req.headers['content-type'] ?? '')) {
      return refused(refuse(FileErrorCode.InvalidUpload, 'not multipart/form-data'));
    }
    // A declared length over the limit is refused before reading anything.
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > rules.maxBytes + MULTIPART_OVERHEAD_BYTES) {
      return refused(refuse(FileErrorCode.FileTooLarge, 'content-length'));
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Keep `../x.pdf` as sent, so that it is refused instead of silently cut to `x.pdf`.
        preservePath: true,
        // Browsers send the name as raw UTF-8 (busboy's default would read it as Latin-1).
        defParamCharset: 'utf8',
        // busboy's `parts` limit fires on reaching it, not on exceeding it: files and fields say it all.
        limits: { files: 1, fields: 0, headerPairs: 20 },
      });
    } catch (e) {
      return refused(refuse(FileErrorCode.InvalidUpload, `multipart: ${(e as Error).message}`));
    }
    const bb = parser;

    return new Promise<Spooled>((resolve, reject) => {
      let settled = false;
      let file: Promise<Spooled> | null = null;
      let spooled: Spooled | null = null;
      let parsed = false;

      const fail = (refusal: UploadRefusal) => {
        if (settled) return;
        settled = true;
        req.unpipe(bb);
        discardRequestBody(req);
        bb.destroy();
        // Settles only when nothing of the upload is left on disk.
        const written = file ?? Promise.resolve(null);
        written
          .then(
            (s) => s && rm(s.path, { force: true }),
            () => undefined,
          )
          .finally(() => reject(refusal));
      };
      const succeedWhenDone = () => {
        if (settled || !parsed || !spooled) return;
        settled = true;
        resolve(spooled);
      };

      bb.on('file', (field, stream, info) => {
        // A part we do not read: drained, and busboy's "Unexpected end of file" on destroy is not an unhandled error.
        const skip = () => void stream.on('error', () => undefined).resume();
        if (settled) return skip();
        if (field !== 'file') {
          skip();
          return fail(refuse(FileErrorCode.InvalidUpload, `field ${field}`));
        }
        let checked: { fileName: string; ext: UploadExtension };
        try {
          checked = this.checkName(info.filename, rules);
        } catch (e) {
          skip();
          return fail(e as UploadRefusal);
        }
        file = this.spool(stream, checked.fileName, checked.ext, rules);
        file.then(
          (s) => {
            spooled = s;
            succeedWhenDone();
          },
          (e: unknown) => fail(e instanceof UploadRefusal ? e : refuse(FileErrorCode.InvalidUpload, String(e))),
        );
      });
      bb.on('field', (name: string) => fail(refuse(FileErrorCode.InvalidUpload, `field ${name}`)));
      bb.on('fieldsLimit', () => fail(refuse(FileErrorCode.InvalidUpload, 'a field besides the file')));
      bb.on('filesLimit', () => fail(refuse(FileErrorCode.InvalidUpload, 'more than one file')));
      bb.on('error', (e: Error) => fail(refuse(FileErrorCode.InvalidUpload, `multipart: ${e.message}`)));
      bb.on('finish', () => {
        parsed = true;
        if (!file) fail(refuse(FileErrorCode.InvalidUpload, 'no file'));
        else succeedWhenDone();
      });
      // The client went away (aborted, reset, timed out) before the whole body arrived.
      req.on('close', () => {
        if (!req.complete) fail(refuse(FileErrorCode.InvalidUpload, 'client went away'));
      });
      req.on('error', (e: Error) => fail(refuse(FileErrorCode.InvalidUpload, `request: ${e.message}`)));
      req.pipe(bb);
    });
  }

  /** Checks a spooled file's content and puts it into the storage; removes the temporary file whatever happens. */
  private async store(spooled: Spooled, keyPrefix: string, rules: UploadRules): Promise<ReceivedFile> {
    try {
      const { ext, path, sizeBytes } = spooled;
      if (!contentMatchesExtension(ext, await readHead(path))) throw refuse(FileErrorCode.UnsupportedFileType, `content is not ${ext}`);
      if (isOfficeExtension(ext)) {
        const problem = await inspectOfficeZip(path, ext, zipLimitsFor(this.maxBytes));
        if (problem) throw refuse(FileErrorCode.UnsupportedFileType, `office: ${problem}`);
      }
      let pageCount: number | null = null;
      if (ext === 'pdf') {
        pageCount = await pdfPageCount(path);
        if (pageCount === null) throw refuse(FileErrorCode.UnsupportedFileType, 'pdf unreadable');
      }
      if (rules.inspect) await rules.inspect({ path, ext, sizeBytes });
      const { kind, contentType } = UPLOAD_EXTENSIONS[ext];
      const storageKey = rules.keyName ? assertStorageKey(`${keyPrefix}/${rules.keyName(ext)}`) : newStorageKey(keyPrefix);
      await this.storage.put(storageKey, createReadStream(path), { contentType, sizeBytes });
      return { storageKey, fileName: spooled.fileName, contentType, kind, sizeBytes, pageCount };
    } finally {
      await rm(spooled.path, { force: true });
    }
  }
}

/** The first bytes of a file (fewer when it is shorter). */
async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC_BYTES_LENGTH);
    const { bytesRead } = await handle.read(head, 0, MAGIC_BYTES_LENGTH, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
