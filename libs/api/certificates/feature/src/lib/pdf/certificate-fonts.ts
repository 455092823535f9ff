import { create, Font } from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** DejaVu Sans (Bitstream Vera licence, see LICENSE-DejaVu.txt): Latin Extended, Greek, Cyrillic. */
export const CERTIFICATE_FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export interface CertificateFonts {
  regular: Font;
  bold: Font;
}

/**
 * The folder holding the certificate fonts, for both ways this code runs:
 * - from sources (Jest, ts-node): this file is `src/lib/pdf/`, the fonts are `src/assets/fonts/`;
 * - bundled by webpack into `dist/apps/{api,worker}/main.js`: `__dirname` is that dist folder, and
 *   the app's build copies the fonts to `assets/certificates/fonts/` beside it
 *   (`LIBRARY_ASSETS` in `tools/webpack/node-app.js`).
 * The first folder that has the regular font wins; none is an error naming what was tried.
 */
export function certificateFontsDir(): string {
  const candidates = [join(__dirname, 'assets', 'certificates', 'fonts'), resolve(__dirname, '..', '..', 'assets', 'fonts')];
  const found = candidates.find((dir) => existsSync(join(dir, CERTIFICATE_FONT_FILES.regular)));
  if (!found) throw new Error(`Certificate fonts not found; looked in ${candidates.join(', ')}`);
  return found;
}

let cache: CertificateFonts | undefined;

/**
 * The fonts, read and parsed once per process. pdfkit (≥ 0.20) takes parsed fontkit fonts, so a
 * certificate pays only for laying out its text and subsetting the glyphs it uses: parsing the two
 * fonts for every document (what pdfkit does with a file or Buffer) made rendering ~3× slower
 * (13 instead of 45 renders/s here). Lazy, so importing this module touches no files.
 */
export function certificateFonts(): CertificateFonts {
  cache ??= loadCertificateFonts();
  return cache;
}

/** Reads and parses the fonts (no cache: use `certificateFonts()`). */
export function loadCertificateFonts(dir = certificateFontsDir()): CertificateFonts {
  return { regular: parse(join(dir, CERTIFICATE_FONT_FILES.regular)), bold: parse(join(dir, CERTIFICATE_FONT_FILES.bold)) };
}

/**
 * Call before each document drawn with shared fonts. fontkit caches every glyph with the code points
 * of its first lookup, and pdfkit writes the text layer (ToUnicode) from them. Within one document
 * that is right; across documents it is not: subsetting "Ç" looks up its component "C" without a
 * code point, and every later certificate would show "C" but extract nothing. An empty glyph cache
 * per document behaves like a freshly parsed font, while the parsed tables (the expensive part)
 * stay shared. `_glyphs` is fontkit-internal: `parse` checks that it exists, the spec checks the
 * behaviour.
 */
export function startDocument(fonts: CertificateFonts): void {
  for (const font of [fonts.regular, fonts.bold]) (font as GlyphCache)._glyphs = {};
}

type GlyphCache = Font & { _glyphs: object };

function parse(file: string): Font {
  const font = create(readFileSync(file));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, expected a single font`);
  if (typeof (font as Partial<GlyphCache>)._glyphs !== 'object') {
    throw new Error('fontkit has no glyph cache `_glyphs` any more: revisit startDocument()');
  }
  return font;
}
