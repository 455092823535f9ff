import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UploadExtension } from '@ecampus/shared/contracts';
import {
  elfExecutable,
  jpegFile,
  macroDocx,
  manyEntriesDocx,
  officeFile,
  pdfFile,
  plainZip,
  pngFile,
  webpFile,
  windowsExecutable,
  zipArchive,
  zipBombDocx,
} from '../testing';
import { contentMatchesExtension, inspectOfficeZip, pdfPageCount, zipLimitsFor, type OfficeExtension } from './file-content';

const MB = 1024 * 1024;

describe('contentMatchesExtension (magic bytes)', () => {
  const files: Record<string, () => Buffer> = {
    pdf: () => Buffer.from('%PDF-1.7\n%âãÏÓ\n'),
    png: pngFile,
    jpeg: jpegFile,
    webp: webpFile,
    zip: () => officeFile('docx'),
    elf: elfExecutable,
    exe: windowsExecutable,
    html: () => Buffer.from('<!doctype html><script>alert(1)</script>'),
    svg: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    empty: () => Buffer.alloc(0),
    riffWave: () => Buffer.concat([Buffer.from('RIFF\x24\0\0\0WAVEfmt ', 'latin1')]),
  };
  const accepted: Record<UploadExtension, string> = {
    pdf: 'pdf',
    png: 'png',
    jpg: 'jpeg',
    jpeg: 'jpeg',
    webp: 'webp',
    docx: 'zip',
    pptx: 'zip',
    xlsx: 'zip',
  };

  it.each(Object.entries(accepted))('.%s accepts only its own signature', (ext, own) => {
    for (const [kind, file] of Object.entries(files)) {
      expect([kind, contentMatchesExtension(ext as UploadExtension, file().subarray(0, 12))]).toEqual([kind, kind === own]);
    }
  });
});

describe('inspectOfficeZip and pdfPageCount (files on disk)', () => {
  let dir: string;
  let n = 0;
  const onDisk = async (bytes: Buffer) => {
    const path = join(dir, `f${++n}`);
    await writeFile(path, bytes);
    return path;
  };
  const limits = zipLimitsFor(25 * MB);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ecampus-content-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['docx', 'pptx', 'xlsx'] as OfficeExtension[])('accepts a real .%s', async (ext) => {
    expect(await inspectOfficeZip(await onDisk(officeFile(ext)), ext, limits)).toBeNull();
  });

  it.each([
    ['a workbook named .docx', () => officeFile('xlsx'), 'docx', 'wrong_format'],
    ['a document named .pptx', () => officeFile('docx'), 'pptx', 'wrong_format'],
    ['a zip without [Content_Types].xml', plainZip, 'docx', 'no_content_types'],
    [
      'a [Content_Types].xml that is not one',
      () =>
        zipArchive([
          { name: '[Content_Types].xml', data: 'MZ' },
          { name: 'word/document.xml', data: '<x/>' },
        ]),
      'docx',
      'no_content_types',
    ],
    ['macros (vbaProject.bin)', macroDocx, 'docx', 'macros'],
    ['10 001 entries', () => manyEntriesDocx(10_001), 'docx', 'too_many_entries'],
    ['a truncated zip', () => officeFile('docx').subarray(0, 200), 'docx', 'not_a_zip'],
    ['an executable', windowsExecutable, 'docx', 'not_a_zip'],
  ] as const)(
    'refuses %s',
    async (_case, make, ext, problem) => {
      expect(await inspectOfficeZip(await onDisk(make()), ext, limits)).toBe(problem);
    },
    // Building and reading the 10 001-entry zip takes about a second alone, several beside other specs.
    30_000,
  );

  it('refuses a zip bomb: 200 MB of zeros packed 1000:1 (and, under a tighter limit, by total size)', async () => {
    const bomb = await onDisk(await zipBombDocx(200 * MB));
    expect(await inspectOfficeZip(bomb, 'docx', limits)).toBe('compression_ratio');
    expect(await inspectOfficeZip(bomb, 'docx', { ...limits, maxCompressionRatio: 10_000, maxTotalUncompressedBytes: 100 * MB })).toBe(
      'too_large_uncompressed',
    );
  }, 30_000);

  it('counts the pages of a PDF; refuses what pdf-lib cannot read', async () => {
    expect(await pdfPageCount(await onDisk(await pdfFile(3)))).toBe(3);
    expect(await pdfPageCount(await onDisk(await pdfFile(1)))).toBe(1);
    expect(await pdfPageCount(await onDisk(Buffer.concat([Buffer.from('%PDF-1.7\n'), elfExecutable()])))).toBeNull();
    expect(await pdfPageCount(await onDisk(Buffer.from('%PDF-')))).toBeNull();
  });
});
