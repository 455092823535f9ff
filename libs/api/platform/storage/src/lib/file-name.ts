import { UPLOAD_EXTENSIONS, type UploadExtension } from '@ecampus/shared/contracts';

/** Longest original file name kept (the `file_name` columns are varchar(200)). */
export const MAX_FILE_NAME_LENGTH = 200;

/**
 * Characters no file name may contain: C0 and C1 controls (U+0000–U+001F, U+007F–U+009F) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make
 * `rechnung‮fdp.exe` read as `rechnungexe.pdf`.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export type FileNameCheck = { ok: true; fileName: string } | { ok: false };

/**
 * The original name of an upload as we keep and show it: Unicode NFC (macOS sends decomposed
 * umlauts), without surrounding spaces. Refused: a path (`/`, `\`, `..`), control or bidi
 * characters, more than 200 characters, or no name before the extension (`.pdf`). The name is only
 * ever shown and sent back in Content-Disposition; files are stored under generated keys.
 */
export function checkFileName(raw: string | undefined | null): FileNameCheck {
  if (typeof raw !== 'string') return { ok: false };
  const fileName = raw.normalize('NFC').trim();
  if (fileName.length === 0 || fileName.length > MAX_FILE_NAME_LENGTH) return { ok: false };
  if (fileName.includes('/') || fileName.includes('\\') || fileName.includes('..')) return { ok: false };
  if (FORBIDDEN_CHARACTERS.test(fileName)) return { ok: false };
  const dot = fileName.lastIndexOf('.');
  // Something must be left to call it: not ".pdf", not " .pdf".
  if (dot === 0 || (dot > 0 && fileName.slice(0, dot).trim() === '')) return { ok: false };
  return { ok: true, fileName };
}

/** The accepted extension of a (checked) name, lower-cased; null when it has none of UPLOAD_EXTENSIONS. */
export function uploadExtensionOf(fileName: string): UploadExtension | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const ext = fileName.slice(dot + 1).toLowerCase();
  return Object.prototype.hasOwnProperty.call(UPLOAD_EXTENSIONS, ext) ? (ext as UploadExtension) : null;
}
