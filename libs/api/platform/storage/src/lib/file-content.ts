import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import * as yauzl from 'yauzl';
import type { UploadExtension } from '@ecampus/shared/contracts';

/** How many bytes of a file's start `contentMatchesExtension` needs. */
export const MAGIC_BYTES_LENGTH = 12;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_LOCAL_FILE = Buffer.from('PK\x03\x04', 'latin1');

const startsWith = (head: Buffer, signature: Buffer, at = 0) =>
  head.length >= at + signature.length && head.subarray(at, at + signature.length).equals(signature);

/**
 * Whether the first bytes are what the extension promises (magic bytes): `%PDF-`; the PNG
 * signature; JPEG's SOI marker FF D8 FF; WebP's `RIFF····WEBP`; a zip's local file header for the
 * office formats, whose inside `inspectOfficeZip` checks. An executable renamed `.pdf` starts with
 * `MZ` or `\x7fELF` and fails here.
 */
export function contentMatchesExtension(ext: UploadExtension, head: Buffer): boolean {
  switch (ext) {
    case 'pdf':
      return startsWith(head, Buffer.from('%PDF-', 'latin1'));
    case 'png':
      return startsWith(head, PNG);
    case 'jpg':
    case 'jpeg':
      return startsWith(head, Buffer.from([0xff, 0xd8, 0xff]));
    case 'webp':
      return startsWith(head, Buffer.from('RIFF', 'latin1')) && startsWith(head, Buffer.from('WEBP', 'latin1'), 8);
    case 'docx':
    case 'pptx':
    case 'xlsx':
      return startsWith(head, ZIP_LOCAL_FILE);
  }
}

export type OfficeExtension = Extract<UploadExtension, 'docx' | 'pptx' | 'xlsx'>;

export const isOfficeExtension = (ext: UploadExtension): ext is OfficeExtension => ext === 'docx' || ext === 'pptx' || ext === 'xlsx';

/** The folder of the main part of each OOXML format (ECMA-376 as Word, PowerPoint and Excel write it). */
const OFFICE_PART_FOLDER: Record<OfficeExtension, string> = { docx: 'word/', pptx: 'ppt/', xlsx: 'xl/' };

/** What an office zip may unpack to. Office files compress XML about 5–20×; images are stored as they are. */
export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressedBytes: number;
  maxEntries: number;
  /** An entry that unpacks to more than `ratioCheckAboveBytes` may be at most this many times its packed size. */
  maxCompressionRatio: number;
  ratioCheckAboveBytes: number;
}

/** The limits for an upload limit of `maxUploadBytes`: 10× the upload, at most 500 MiB; 10 000 entries; ratio 100 above 10 MiB. */
export function zipLimitsFor(maxUploadBytes: number): ZipLimits {
  return {
    maxTotalUncompressedBytes: Math.min(10 * maxUploadBytes, 500 * 1024 * 1024),
    maxEntries: 10_000,
    maxCompressionRatio: 100,
    ratioCheckAboveBytes: 10 * 1024 * 1024,
  };
}

/** Why an office zip is refused (for logs and tests; the client gets `unsupported_file_type`). */
export type OfficeZipProblem =
  'not_a_zip' | 'too_many_entries' | 'too_large_uncompressed' | 'compression_ratio' | 'no_content_types' | 'wrong_format' | 'macros';

const CONTENT_TYPES = '[Content_Types].xml';
/** Enough of `[Content_Types].xml` to see its root element (real ones are a few KB). */
const CONTENT_TYPES_READ_LIMIT = 256 * 1024;

const openZip = (path: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip),
    ),
  );

/** The first `limit` bytes of one entry, decompressed (yauzl checks the real size against the declared one). */
const readEntryStart = (zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number) =>
  new Promise<Buffer>((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let length = 0;
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        length += chunk.length;
        if (length >= limit) stream.destroy();
      });
      stream.on('error', reject);
      stream.on('close', () => resolve(Buffer.concat(chunks).subarray(0, limit)));
    }),
  );

/**
 * Whether a file with an office extension is a real OOXML package that is safe to keep (null) or
 * why not. Reads only the zip's central directory and `[Content_Types].xml`, never unpacks the
 * rest. Refused: not a zip; a zip bomb (too many entries, too much declared uncompressed data, an
 * entry packed more than 100× that unpacks to more than 10 MiB); no `[Content_Types].xml` with a
 * `<Types>` root; no part in the extension's folder (`word/` for .docx, `ppt/` for .pptx, `xl/` for
 * .xlsx: a workbook renamed .docx is refused); macros (`vbaProject.bin`: a .docm renamed .docx).
 */
export async function inspectOfficeZip(path: string, ext: OfficeExtension, limits: ZipLimits): Promise<OfficeZipProblem | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch {
    return 'not_a_zip';
  }
  try {
    if (zip.entryCount > limits.maxEntries) return 'too_many_entries';
    const folder = OFFICE_PART_FOLDER[ext];
    let total = 0;
    let contentTypes: yauzl.Entry | null = null;
    let hasPartFolder = false;
    let hasMacros = false;
    const problem = await new Promise<OfficeZipProblem | null>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve(null));
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (total > limits.maxTotalUncompressedBytes) return resolve('too_large_uncompressed');
        if (
          entry.uncompressedSize > limits.ratioCheckAboveBytes &&
          entry.uncompressedSize > limits.maxCompressionRatio * Math.max(1, entry.compressedSize)
        )
          return resolve('compression_ratio');
        const name = entry.fileName;
        if (name === CONTENT_TYPES) contentTypes = entry;
        if (name.startsWith(folder) && !name.endsWith('/')) hasPartFolder = true;
        if (/(^|\/)vbaProject\.bin$/i.test(name)) hasMacros = true;
        zip.readEntry();
      });
      zip.readEntry();
    });
    if (problem) return problem;
    if (hasMacros) return 'macros';
    if (!contentTypes) return 'no_content_types';
    if (!hasPartFolder) return 'wrong_format';
    const xml = (await readEntryStart(zip, contentTypes, CONTENT_TYPES_READ_LIMIT)).toString('utf8');
    if (!/<(\w+:)?Types[\s>]/.test(xml)) return 'no_content_types';
    if (/macroEnabled/i.test(xml)) return 'macros';
    return null;
  } catch {
    // A broken central directory, an entry whose real size is not the declared one, bad compression …
    return 'not_a_zip';
  } finally {
    zip.close();
  }
}

/**
 * The page count of a PDF, or null when pdf-lib cannot read it (or it has no pages). Reads the file
 * into memory: pdf-lib needs the whole document, so a PDF costs up to UPLOAD_MAX_BYTES (and the
 * parser's objects) while it is counted; every other check streams.
 */
export async function pdfPageCount(path: string): Promise<number | null> {
  try {
    const pdf = await PDFDocument.load(await readFile(path), { ignoreEncryption: true, updateMetadata: false });
    const pages = pdf.getPageCount();
    return pages > 0 ? pages : null;
  } catch {
    return null;
  }
}
