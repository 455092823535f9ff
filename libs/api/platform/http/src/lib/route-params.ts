import { Param, type HttpException, type PipeTransform } from '@nestjs/common';
import type * as z from 'zod';
import { isId } from '@ecampus/shared/contracts';
import { validationException } from './zod-validation';

/** Passes an id through; anything else answers `notFound()`: a malformed id names nothing, like an unknown one. */
export class ParseIdPipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: () => HttpException) {}

  transform(value: string): string {
    if (!isId(value)) throw this.notFound();
    return value;
  }
}

/** Checks one route parameter with a zod schema: 400 `validation_failed` with `fields[name]`, as for a body field. */
export class ParseZodParamPipe<S extends z.ZodType> implements PipeTransform<string, z.output<S>> {
  constructor(
    private readonly name: string,
    private readonly schema: S,
  ) {}

  transform(value: string): z.output<S> {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    throw validationException({ issues: parsed.error.issues.map((issue) => ({ ...issue, path: [this.name, ...issue.path] })) });
  }
}

/**
 * A route id that must be a uuid, else `notFound()` (e.g. the domain's 404 for that kind of thing),
 * so a malformed id never reaches the database and answers like an unknown one:
 *
 *   get(@IdParam('programId', programNotFound) programId: string)
 */
export const IdParam = (name: string, notFound: () => HttpException): ParameterDecorator => Param(name, new ParseIdPipe(notFound));

/** A route parameter validated by a zod schema: `remove(@ZodParam('role', ProgramRoleSchema) role: ProgramRole)`. */
export const ZodParam = <S extends z.ZodType>(name: string, schema: S): ParameterDecorator =>
  Param(name, new ParseZodParamPipe(name, schema));
