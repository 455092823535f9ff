import { BadRequestException, HttpException, PayloadTooLargeException, UnprocessableEntityException } from '@nestjs/common';
import { FileErrorCode, t } from '@ecampus/shared/contracts';

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

/** The HTTP answer to a refused upload: `{ code, message }` (413 also `maxBytes`). */
export function uploadError(refusal: UploadRefusal, maxBytes: number): HttpException {
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
          'Dieser Dateityp wird nicht angenommen. Erlaubt sind PDF, PNG, JPEG, WebP, DOCX, PPTX und XLSX, und der Inhalt muss zur Dateiendung passen.',
          'This file type is not accepted. Allowed are PDF, PNG, JPEG, WebP, DOCX, PPTX and XLSX, and the content must match the file extension.',
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
