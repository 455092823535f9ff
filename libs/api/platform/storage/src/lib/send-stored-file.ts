import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFoundException } from '@nestjs/common';
import { ErrorCode, t } from '@ecampus/shared/contracts';
import { FileStorage, StoredFileNotFoundError } from './file-storage';

/** What a download needs of a stored file's row. */
export interface StoredFileRef {
  storageKey: string;
  /** The original name (checked at upload). */
  fileName: string;
  /** The detected type (never the uploader's claim). */
  contentType: string;
  sizeBytes: number;
}

/** The CSP of every downloaded file: should a browser ever render one, it runs nothing and loads nothing. */
export const DOWNLOAD_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

const GERMAN_LETTERS: Record<string, string> = { Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'SS' };

/**
 * The name for clients that do not read `filename*`: German letters spelled out (Ä → Ae), other
 * accents dropped (é → e), everything else outside printable ASCII — and `"`, `\`, `%` — as `_`.
 */
export function asciiFileName(fileName: string): string {
  const ascii = fileName
    .replace(/[ÄÖÜäöüßẞ]/g, (c) => GERMAN_LETTERS[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return ascii.trim() || 'download';
}

/** RFC 5987 `value-chars`: UTF-8 percent-encoded; encodeURIComponent leaves `'()*` as they are, which are not attr-chars. */
export function rfc5987Encode(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<RFC 5987>` (RFC 6266): always a download, with the original name. */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${rfc5987Encode(fileName)}`;
}

/** 404 for a row whose stored bytes are gone. */
const storedFileMissing = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t('Die Datei ist nicht mehr vorhanden.', 'The file is no longer available.'),
  });

const isPrematureClose = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ERR_STREAM_PREMATURE_CLOSE';

/**
 * Sends a stored file as a download: its detected type and exact length, always as an attachment
 * under its original name, `nosniff`, a sandboxing CSP and no caching (the file is private to the
 * program). The bytes stream from the storage. A missing object is a 404 (before any header); an
 * error once the headers are out destroys the response, so the client sees a broken download
 * rather than a short file; a client that goes away just ends it.
 */
export async function sendStoredFile(res: ServerResponse, storage: FileStorage, file: StoredFileRef): Promise<void> {
  let body: Readable;
  try {
    body = await storage.get(file.storageKey);
  } catch (e) {
    if (e instanceof StoredFileNotFoundError) throw storedFileMissing();
    throw e;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.sizeBytes));
  res.setHeader('Content-Disposition', contentDisposition(file.fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', DOWNLOAD_CONTENT_SECURITY_POLICY);
  res.setHeader('Cache-Control', 'private, no-store');
  try {
    await pipeline(body, res);
  } catch (e) {
    body.destroy();
    if (!res.destroyed) res.destroy();
    if (!isPrematureClose(e)) throw e;
  }
}
