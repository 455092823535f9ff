import { crc32, deflateSync } from 'node:zlib';

/*
 * Images for the issuer specs, made in code (no binary fixtures): PNGs of any size and colour type
 * with a few chunks, a real 16 × 8 baseline JPEG (written once by poppler's pdftoppm, 641 bytes),
 * a GIF, an ELF header.
 */

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, crc32(Buffer.from(type, 'latin1'))), 0);
  return Buffer.concat([head, body, crc]);
}

export interface PngOptions {
  width?: number;
  height?: number;
  /** 2 = RGB, 6 = RGBA (default), 0 = grey. */
  colorType?: 0 | 2 | 6;
  /** Filter type of every row (0–4; anything else is a broken file). */
  filter?: number;
  /** Raw image data instead of the rows the header announces (broken on purpose). */
  rawData?: Buffer;
  /** Leave out IEND. */
  truncated?: boolean;
}

/** A PNG (8 bit, not interlaced) with stripes, so it does not compress to nothing. */
export function pngImage({ width = 40, height = 20, colorType = 6, filter = 0, rawData, truncated = false }: PngOptions = {}): Buffer {
  const channels = { 0: 1, 2: 3, 6: 4 }[colorType];
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * channels);
    row[0] = filter;
    for (let i = 1; i < row.length; i++) row[i] = (y * 7 + i * 13) % 256;
    rows.push(row);
  }
  const data = rawData ?? Buffer.concat(rows);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from('Comment\0eCampus test', 'latin1')),
    chunk('IDAT', deflateSync(data)),
    truncated ? Buffer.alloc(0) : chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 16 × 8 pixels, baseline, 3 components. */
export const JPEG_16X8 = Buffer.from(
  '/9j/4AAQSkZJRgABAQEAHAAcAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAIABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDka2qKKnHfZ+Z35T9v5fqf/9k=',
  'base64',
);

/** A 1 × 1 GIF89a. */
export const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** The start of a Linux executable, padded. */
export const ELF_EXECUTABLE = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2000, 0x90)]);
