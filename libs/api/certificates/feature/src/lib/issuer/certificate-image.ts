import { crc32, inflateSync } from 'node:zlib';
import { CERTIFICATE_ISSUER_LIMITS } from '@ecampus/shared/contracts';

/** A logo or signature the PDF may embed. */
export interface CertificateImageInfo {
  type: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** Why an image is refused: not a well-formed PNG/JPEG pdfkit can embed, or too large in pixels. */
export type CertificateImageProblem = 'format' | 'dimensions';

export type CertificateImageCheck = { ok: true; image: CertificateImageInfo } | { ok: false; problem: CertificateImageProblem };

export interface ImageLimits {
  maxSide: number;
  maxPixels: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bit depths allowed per PNG colour type (PNG spec, table 11.1). */
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7: start column, start row, column step, row step of the seven passes. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

const fail = (problem: CertificateImageProblem): CertificateImageCheck => ({ ok: false, problem });

function sized(width: number, height: number, limits: ImageLimits): CertificateImageCheck | null {
  if (width < 1 || height < 1) return fail('format');
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) return fail('dimensions');
  return null;
}

/**
 * Checks a logo or signature completely before it is stored (and again before the worker embeds
 * it): pdfkit trusts its images, and a broken PNG makes it throw inside a zlib callback (which
 * would end the worker process) or loop (a chunk length over 2³¹ reads as negative). So: PNG — every
 * chunk inside the file with a correct CRC, a valid header, a palette where one is needed, no
 * unknown critical chunk, image data that inflates (bounded by the size the header announces, so a
 * small file cannot unpack to gigabytes) to exactly that size with a valid filter byte on every
 * row; JPEG — segments from SOI to a baseline or progressive frame header (8 bit, 1, 3 or 4
 * components) and a scan after it, in the layout pdfkit reads. Both at most `maxSide` pixels a side
 * and `maxPixels` in all (an alpha PNG is decoded when embedded: 8 megapixels are ~64 MB for a moment).
 */
export function inspectCertificateImage(data: Buffer, limits: ImageLimits = CERTIFICATE_ISSUER_LIMITS.image): CertificateImageCheck {
  if (data.length >= 8 && data.subarray(0, 8).equals(PNG_SIGNATURE)) return inspectPng(data, limits);
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return inspectJpeg(data, limits);
  return fail('format');
}

function inspectPng(data: Buffer, limits: ImageLimits): CertificateImageCheck {
  let pos = 8;
  let header: { width: number; height: number; depth: number; colorType: number; interlaced: boolean } | null = null;
  let palette = false;
  let ended = false;
  let idatDone = false;
  const idat: Buffer[] = [];
  while (pos < data.length && !ended) {
    if (pos + 12 > data.length) return fail('format');
    const length = data.readUInt32BE(pos);
    const type = data.toString('latin1', pos + 4, pos + 8);
    if (length > 0x7fffffff || pos + 12 + length > data.length || !/^[A-Za-z]{4}$/.test(type)) return fail('format');
    const body = data.subarray(pos + 8, pos + 8 + length);
    if (crc32(body, crc32(data.subarray(pos + 4, pos + 8))) !== data.readUInt32BE(pos + 8 + length)) return fail('format');
    if (!header && type !== 'IHDR') return fail('format');
    if (idat.length > 0 && type !== 'IDAT') idatDone = true;
    switch (type) {
      case 'IHDR': {
        if (header || length !== 13) return fail('format');
        const [depth, colorType, compression, filter, interlace] = body.subarray(8, 13);
        if (!PNG_DEPTHS[colorType]?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) return fail('format');
        header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth, colorType, interlaced: interlace === 1 };
        const refused = sized(header.width, header.height, limits);
        if (refused) return refused;
        break;
      }
      case 'PLTE':
        if (palette || idat.length > 0 || length === 0 || length % 3 !== 0 || length > 768) return fail('format');
        palette = true;
        break;
      case 'IDAT':
        if (idatDone) return fail('format');
        idat.push(body);
        break;
      case 'IEND':
        ended = true;
        break;
      default:
        // An unknown critical chunk (upper-case first letter) means an image we cannot read correctly.
        if (type.charCodeAt(0) < 0x61) return fail('format');
    }
    pos += 12 + length;
  }
  if (!header || !ended || idat.length === 0 || (header.colorType === 3 && !palette)) return fail('format');

  const bitsPerPixel = header.depth * PNG_CHANNELS[header.colorType];
  const passes = header.interlaced ? ADAM7 : [[0, 0, 1, 1]];
  const rows: { count: number; bytes: number }[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((header.width - x0) / dx);
    const h = Math.ceil((header.height - y0) / dy);
    if (w > 0 && h > 0) rows.push({ count: h, bytes: 1 + Math.ceil((w * bitsPerPixel) / 8) });
  }
  const expected = rows.reduce((sum, r) => sum + r.count * r.bytes, 0);
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(idat), { maxOutputLength: expected });
  } catch {
    // Corrupt, or more data than the header announces (maxOutputLength).
    return fail('format');
  }
  if (pixels.length !== expected) return fail('format');
  let at = 0;
  for (const r of rows)
    for (let i = 0; i < r.count; i++, at += r.bytes) {
      // pdfkit's PNG decoder throws on another filter type inside a callback, out of any try.
      if (pixels[at] > 4) return fail('format');
    }
  return { ok: true, image: { type: 'png', width: header.width, height: header.height } };
}

/** Frame headers pdfkit and PDF's DCTDecode read: baseline, extended sequential, progressive. */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** Every other SOFn (lossless, hierarchical, arithmetic), JPG and DAC: pdfkit would take them for a frame. */
const JPEG_REFUSED = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf]);

function inspectJpeg(data: Buffer, limits: ImageLimits): CertificateImageCheck {
  let pos = 2;
  let frame: { width: number; height: number } | null = null;
  // Segment by segment, each starting right where the last ended (the way pdfkit walks to the frame).
  while (pos + 4 <= data.length) {
    if (data[pos] !== 0xff) return fail('format');
    const marker = data[pos + 1];
    if (marker === 0xda) {
      if (!frame) return fail('format');
      const refused = sized(frame.width, frame.height, limits);
      return refused ?? { ok: true, image: { type: 'jpeg', ...frame } };
    }
    // Fill bytes, standalone markers, an early end: not in a header section pdfkit can walk.
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9) || JPEG_REFUSED.has(marker)) return fail('format');
    const length = data.readUInt16BE(pos + 2);
    if (length < 2 || pos + 2 + length > data.length) return fail('format');
    if (JPEG_FRAMES.has(marker)) {
      if (frame || length < 8) return fail('format');
      const precision = data[pos + 4];
      const height = data.readUInt16BE(pos + 5);
      const width = data.readUInt16BE(pos + 7);
      const components = data[pos + 9];
      if (precision !== 8 || ![1, 3, 4].includes(components) || length !== 8 + 3 * components) return fail('format');
      frame = { width, height };
      // Height 0 (set later by a DNL marker): pdfkit cannot size it.
      if (width === 0 || height === 0) return fail('format');
    }
    pos += 2 + length;
  }
  return fail('format');
}
