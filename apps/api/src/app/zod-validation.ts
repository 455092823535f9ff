import { BadRequestException } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { ErrorCode } from '@ecampus/shared/contracts';

interface IssueLike {
  path: PropertyKey[];
  message: string;
}

/** Zod issues → 400 `validation_failed`; the first issue is the message, every path a field. */
export function validationException(error: unknown): BadRequestException {
  const issues: IssueLike[] = (error as { issues?: IssueLike[] })?.issues ?? [];
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return new BadRequestException({
    code: ErrorCode.Validation,
    message: issues[0]?.message ?? 'Die Eingaben sind ungültig.',
    fields,
  });
}

export const ApiZodValidationPipe = createZodValidationPipe({ createValidationException: validationException });
