import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ErrorCode, ProgramErrorCode } from '@ecampus/shared/contracts';

/** A rule of this area was violated (422 with a stable code). */
export const ruleViolated = (code: ProgramErrorCode, message: string) => new UnprocessableEntityException({ code, message });

export const forbidden = (message: string, code: string = ErrorCode.Forbidden) => new ForbiddenException({ code, message });

export const notFound = (message: string) => new NotFoundException({ code: ErrorCode.NotFound, message });

export const staleUpdate = () =>
  new ConflictException({
    code: ErrorCode.Conflict,
    message: 'Das wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
  });

/** Field-level 400 in the shape of the validation pipe, for rules that need stored values. */
export const invalidFields = (fields: Record<string, string>) =>
  new BadRequestException({ code: ErrorCode.Validation, message: Object.values(fields)[0] ?? 'Ungültige Eingabe', fields });

export const userNotFound = () => notFound('Diese Person gibt es nicht.');
