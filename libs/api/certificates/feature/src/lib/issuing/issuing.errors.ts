import { ConflictException, HttpException, HttpStatus, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ErrorCode, t } from '@ecampus/shared/contracts';

export const nobodyToIssue = () =>
  new UnprocessableEntityException({
    code: ErrorCode.Validation,
    message: t(
      'Niemand ist zu bescheinigen: Alle, die die Kriterien erfüllen, haben schon eine gültige Bescheinigung.',
      'Nobody to certify: everyone who meets the criteria already holds a valid certificate.',
    ),
  });

export const notEligible = (names: string[]) =>
  new UnprocessableEntityException({
    code: ErrorCode.Validation,
    message: t(
      `Diese Personen erfüllen die Kriterien nicht (oder gehören nicht zum Programm): ${names.join(', ')}`,
      `These people do not meet the criteria (or are not part of the program): ${names.join(', ')}`,
    ),
  });

export const certificateNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Diese Bescheinigung gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This certificate does not exist, or you have no access to it.',
    ),
  });

export const batchNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Diesen Ausstellungsauftrag gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This batch does not exist, or you have no access to it.',
    ),
  });

export const alreadyRevoked = () =>
  new ConflictException({
    code: ErrorCode.Conflict,
    message: t('Diese Bescheinigung ist bereits widerrufen.', 'This certificate is already revoked.'),
  });

export const pdfNotReady = () =>
  new ConflictException({
    code: ErrorCode.Conflict,
    message: t(
      'Das PDF dieser Bescheinigung wird gerade erstellt. Bitte versuchen Sie es gleich noch einmal.',
      'The PDF of this certificate is being created. Please try again in a moment.',
    ),
  });

export const tooManyVerifications = () =>
  new HttpException(
    {
      code: ErrorCode.RateLimited,
      message: t(
        'Zu viele Prüfungen in kurzer Zeit. Bitte warten Sie eine Minute.',
        'Too many checks in a short time. Please wait a minute.',
      ),
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
