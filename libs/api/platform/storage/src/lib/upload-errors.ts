import { BadRequestException, HttpException, PayloadTooLargeException, UnprocessableEntityException } from '@nestjs/common';
import { FileErrorCode, t, UPLOAD_EXTENSIONS, type UploadExtension } from '@ecampus/shared/contracts';

/**
 * Why an upload is refused. Raised while the body streams (inside stream callbacks, outside the
 * request's locale context) and turned into the HTTP error by `uploadError` where the request's
 * code awaits it, so the message is in the caller's language.
 */
export class UploadRefusal extends Error {
  constructor(
    readonly code: FileErrorCode,
    /** For logs and tests only (which check failed); never shown. */
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'UploadRefusal';
  }
}

const mebibytes = (bytes: number) => {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
};

/** How the messages name each accepted type. */
const TYPE_LABELS: Record<UploadExtension, string> = {
  pdf: 'PDF',
  png: 'PNG',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  webp: 'WebP',
  docx: 'DOCX',
  pptx: 'PPTX',
  xlsx: 'XLSX',
};

/** `PDF, PNG und JPEG` (each type once, in the given order). */
function typeList(extensions: readonly UploadExtension[], and: string): string {
  const labels = [...new Set(extensions.map((e) => TYPE_LABELS[e]))];
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} ${and} ${labels[labels.length - 1]}` : (labels[0] ?? '');
}

const ALL_EXTENSIONS = Object.keys(UPLOAD_EXTENSIONS) as UploadExtension[];

/**
 * The HTTP answer to a refused upload: `{ code, message }` (413 also `maxBytes`). `extensions`: what
 * the route accepts (a route may accept fewer types than the platform), named in the 422 message.
 */
export function uploadError(
  refusal: UploadRefusal,
  maxBytes: number,
  extensions: readonly UploadExtension[] = ALL_EXTENSIONS,
): HttpException {
  switch (refusal.code) {
    case FileErrorCode.FileTooLarge: {
      const mb = mebibytes(maxBytes);
      return new PayloadTooLargeException({
        code: refusal.code,
        message: t(`Die Datei ist zu groß: höchstens ${mb} MB.`, `The file is too large: at most ${mb} MB.`),
        maxBytes,
      });
    }
    case FileErrorCode.InvalidFileName:
      return new UnprocessableEntityException({
        code: refusal.code,
        message: t(
          'Dieser Dateiname ist nicht erlaubt: höchstens 200 Zeichen, ohne Pfadangaben (/, \\, ..) und ohne Steuerzeichen. Bitte benennen Sie die Datei um.',
          'This file name is not allowed: at most 200 characters, no path (/, \\, ..) and no control characters. Please rename the file.',
        ),
      });
    case FileErrorCode.UnsupportedFileType:
      return new UnprocessableEntityException({
        code: refusal.code,
        message: t(
          `Dieser Dateityp wird nicht angenommen. Erlaubt sind ${typeList(extensions, 'und')}, und der Inhalt muss zur Dateiendung passen.`,
          `This file type is not accepted. Allowed are ${typeList(extensions, 'and')}, and the content must match the file extension.`,
        ),
      });
    case FileErrorCode.InvalidUpload:
      return new BadRequestException({
        code: refusal.code,
        message: t(
          'Die Datei kam nicht vollständig an. Bitte senden Sie genau eine Datei im Feld „file“ (multipart/form-data) und versuchen Sie es erneut.',
          'The file did not arrive completely. Please send exactly one file in the field "file" (multipart/form-data) and try again.',
        ),
      });
  }
}
