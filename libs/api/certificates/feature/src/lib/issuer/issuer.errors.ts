import { NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CERTIFICATE_ISSUER_LIMITS, ErrorCode, FileErrorCode, t } from '@ecampus/shared/contracts';
import type { CertificateImageProblem } from './certificate-image';

/* The issuer's errors, in both languages where they are raised (see ../certificates.errors.ts). */

/** A signature position (0–2) without a signatory: she must be saved before her signature is uploaded. */
export const noSignatory = (index: number) =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      `Es gibt keine ${index + 1}. unterschreibende Person. Bitte zuerst Name und Funktion speichern, dann die Unterschrift hochladen.`,
      `There is no signatory number ${index + 1}. Please save name and role first, then upload the signature.`,
    ),
  });

export const noLogo = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t('Es ist kein Logo hochgeladen.', 'No logo has been uploaded.'),
  });

export const noSignatureImage = (index: number) =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      `Für die ${index + 1}. unterschreibende Person ist keine Unterschrift hochgeladen.`,
      `No signature has been uploaded for signatory number ${index + 1}.`,
    ),
  });

export const signatureKeptTwice = () =>
  new UnprocessableEntityException({
    code: ErrorCode.Validation,
    message: t(
      'Eine hochgeladene Unterschrift kann nur zu einer Person gehören.',
      'An uploaded signature can belong to one signatory only.',
    ),
  });

const { maxSide, maxPixels } = CERTIFICATE_ISSUER_LIMITS.image;

/** An upload that passed the platform's checks (PNG or JPEG by its first bytes, at most 1 MB) but that the PDF cannot use. */
export const imageRefused = (problem: CertificateImageProblem) =>
  new UnprocessableEntityException({
    code: FileErrorCode.UnsupportedFileType,
    message:
      problem === 'dimensions'
        ? t(
            `Das Bild hat zu viele Pixel: höchstens ${maxSide} Pixel je Seite und ${maxPixels / 1_000_000} Megapixel.`,
            `The image has too many pixels: at most ${maxSide} pixels a side and ${maxPixels / 1_000_000} megapixels.`,
          )
        : t(
            'Das Bild lässt sich nicht lesen. Nur PNG oder JPEG bis 1 MB, bitte speichern Sie es neu und versuchen Sie es erneut.',
            'The image cannot be read. Only PNG or JPEG up to 1 MB; please save it again and retry.',
          ),
  });
