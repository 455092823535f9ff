import { PDFDocument, StandardFonts } from 'pdf-lib';
import { deflatedZeros, zipArchive, type ZipEntry } from './zip-writer';

/*
 * Files for upload tests, made in code: real PDFs, PNGs and OOXML packages that pass every check,
 * and the ones that must not (an executable renamed .pdf, a zip bomb named .docx, …).
 */

/** A real PDF with `pages` pages (pdf-lib), each titled "Seite n". */
export async function pdfFile(pages = 3): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) pdf.addPage([300, 200]).drawText(`Seite ${i}`, { x: 20, y: 100, size: 18, font });
  return Buffer.from(await pdf.save());
}

/** A real 1×1 PNG. */
export const pngFile = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');

/** The start of a JFIF JPEG (SOI, APP0) and some bytes: what the magic-byte check looks at. */
export const jpegFile = (): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(64, 1)]);

/** A RIFF/WEBP container header and some bytes. */
export const webpFile = (): Buffer =>
  Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ', 'latin1'), Buffer.alloc(32)]);

/** A Linux executable's start (ELF header). */
export const elfExecutable = (): Buffer => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0x90)]);

/** A Windows executable's start (MZ, DOS stub text). */
export const windowsExecutable = (): Buffer =>
  Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(60), Buffer.from('This program cannot be run in DOS mode.', 'latin1')]);

const MAIN_TYPES = {
  docx: { folder: 'word', part: 'document.xml', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  pptx: {
    folder: 'ppt',
    part: 'presentation.xml',
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  },
  xlsx: { folder: 'xl', part: 'workbook.xml', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
} as const;

export type OfficeKind = keyof typeof MAIN_TYPES;

const contentTypesXml = (kind: OfficeKind, extra = '') =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${MAIN_TYPES[kind].folder}/${MAIN_TYPES[kind].part}" ContentType="${MAIN_TYPES[kind].type}"/>` +
  extra +
  '</Types>';

/** The entries of a minimal OOXML package of this kind (content types, relationships, main part). */
export function officeEntries(kind: OfficeKind): ZipEntry[] {
  const { folder, part } = MAIN_TYPES[kind];
  return [
    { name: '[Content_Types].xml', data: contentTypesXml(kind) },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${folder}/${part}"/>` +
        '</Relationships>',
    },
    { name: `${folder}/${part}`, data: `<?xml version="1.0" encoding="UTF-8"?><root>${'Inhalt der Datei. '.repeat(50)}</root>` },
  ];
}

/** A minimal real .docx / .pptx / .xlsx. */
export const officeFile = (kind: OfficeKind = 'docx'): Buffer => zipArchive(officeEntries(kind));

/** A zip without `[Content_Types].xml` (any zip renamed .docx). */
export const plainZip = (): Buffer =>
  zipArchive([
    { name: 'word/document.xml', data: '<x/>' },
    { name: 'liesmich.txt', data: 'Hallo' },
  ]);

/** A .docx with a VBA project (a .docm renamed .docx). */
export const macroDocx = (): Buffer => zipArchive([...officeEntries('docx'), { name: 'word/vbaProject.bin', data: Buffer.alloc(512, 7) }]);

/** A zip with many tiny entries (beyond any office file's). */
export const manyEntriesDocx = (count = 10_001): Buffer =>
  zipArchive([...officeEntries('docx'), ...Array.from({ length: count }, (_, i) => ({ name: `word/media/p${i}.xml`, data: '' }))]);

/**
 * A zip bomb that looks like a .docx: a real package plus one entry of `uncompressedBytes` zeros,
 * deflated (200 MB → about 200 KB). Honest sizes: it really unpacks to that much.
 */
export async function zipBombDocx(uncompressedBytes = 200 * 1024 * 1024): Promise<Buffer> {
  return zipArchive([...officeEntries('docx'), { name: 'word/media/image1.bin', deflated: await deflatedZeros(uncompressedBytes) }]);
}
