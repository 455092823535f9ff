import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ErrorCode, t, type ProgramErrorCode } from '@ecampus/shared/contracts';

/*
 * The error shapes of this feature. Messages are written in both languages where they are raised
 * (`t(de, en)`), so the caller reads them in the language of her request.
 */

/** A rule of this area was violated (422 with a stable code). */
export const ruleViolated = (code: ProgramErrorCode, message: string) => new UnprocessableEntityException({ code, message });

export const forbidden = (message: string, code: string = ErrorCode.Forbidden) => new ForbiddenException({ code, message });

export const notFound = (message: string) => new NotFoundException({ code: ErrorCode.NotFound, message });

export const staleUpdate = () =>
  new ConflictException({
    code: ErrorCode.Conflict,
    message: t(
      'Das wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
      'Someone else has changed this in the meantime. Please reload the page and try again.',
    ),
  });

/** Field-level 400 in the shape of the validation pipe, for rules that need stored values. */
export const invalidFields = (fields: Record<string, string>) =>
  new BadRequestException({
    code: ErrorCode.Validation,
    message: Object.values(fields)[0] ?? t('Ungültige Eingabe', 'Invalid input'),
    fields,
  });

export const userNotFound = () => notFound(t('Diese Person gibt es nicht.', 'This person does not exist.'));

export const memberRoleNotFound = () =>
  notFound(t('Diese Person hat diese Rolle in diesem Programm nicht.', 'This person does not hold this role in this program.'));
