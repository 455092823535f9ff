import { BadRequestException, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { ErrorCode, t } from '@ecampus/shared/contracts';

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
    message: issues[0]?.message ?? t('Die Eingaben sind ungültig.', 'The input is invalid.'),
    fields,
  });
}

const nulMessage = () =>
  t('Die Eingabe enthält ein unzulässiges Steuerzeichen (NUL).', 'The input contains a character that is not allowed (NUL).');

/** Path of the first string containing U+0000 (which PostgreSQL text cannot store), or null. */
export function findNulCharacter(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  // JSON bodies are shallow; the depth bound only guards against pathological nesting.
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = findNulCharacter(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

const ZodPipe = createZodValidationPipe({ createValidationException: validationException });

/**
 * The global pipe: zod validation of every DTO, and before that a refusal of NUL characters in
 * body, query and route parameters of every route, so they become a 400 instead of a database error.
 */
export class ApiZodValidationPipe implements PipeTransform {
  private readonly zod = new ZodPipe();

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'custom') {
      const path = findNulCharacter(value);
      if (path) {
        const message = nulMessage();
        throw new BadRequestException({ code: ErrorCode.Validation, message, fields: { [path.join('.') || '_']: message } });
      }
    }
    return this.zod.transform(value, metadata);
  }
}
