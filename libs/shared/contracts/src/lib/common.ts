import * as z from 'zod';
import { msg, type Bilingual } from './i18n';

/*
 * What every domain's contracts build on: ids, dates, the list shape and the error shape.
 *
 * Limits (max lengths, min/max values) are named constants next to the schemas that check them
 * (e.g. `MEETING_LIMITS.notes.max`). Client validators use those constants, so the browser refuses
 * exactly what the API refuses; the schemas expose the same numbers (`.maxLength`, `.maxValue` …).
 */

// ---------------------------------------------------------------- ids

/** An opaque id (UUID). Loose hex check: PostgreSQL accepts any version. */
export const IdSchema = z
  .string(msg('Bitte eine gültige ID angeben', 'Please enter a valid ID'))
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    msg('Bitte eine gültige ID angeben', 'Please enter a valid ID'),
  );

export function isId(value: unknown): value is string {
  return IdSchema.safeParse(value).success;
}

// ---------------------------------------------------------------- dates

const DATE_FORMAT = msg('Bitte ein Datum im Format JJJJ-MM-TT angeben', 'Please enter a date as YYYY-MM-DD');

/** A calendar date `YYYY-MM-DD` that really exists (no 2027-02-30). */
export const DateOnlySchema = z
  .string(DATE_FORMAT)
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_FORMAT)
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    msg('Dieses Datum gibt es nicht', 'This date does not exist'),
  )
  // PostgreSQL has no year 0, and dates outside this range are typing errors in this domain.
  .refine(
    (v) => v >= '1900-01-01' && v <= '2999-12-31',
    msg('Bitte ein Datum zwischen 1900 und 2999 angeben', 'Please enter a date between 1900 and 2999'),
  );

/** Today's date (local time of the process) as `YYYY-MM-DD`, shifted by `days`. */
export function localDateString(days = 0, now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An instant with its offset (`2027-03-01T18:00:00+01:00` or `…Z`), as stored in timestamptz. */
export const InstantSchema = z
  .string(msg('Bitte Datum und Uhrzeit angeben', 'Please enter date and time'))
  .refine(
    (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
    msg('Bitte Datum und Uhrzeit im ISO-Format mit Zeitzone angeben', 'Please enter date and time in ISO format with a time zone'),
  )
  .refine((v) => v >= '1900' && v < '3000', msg('Bitte ein Datum zwischen 1900 und 2999 angeben', 'Please enter a date between 1900 and 2999'));

// ---------------------------------------------------------------- text

/** "<Name> ist zu lang (höchstens N Zeichen)" in both languages; `name` as in "Der Titel" / "The title". */
export function tooLong(max: number, name: Bilingual) {
  return msg(`${name.de} ist zu lang (höchstens ${max} Zeichen)`, `${name.en} is too long (at most ${max} characters)`);
}

/** Free text up to `max` characters, trimmed; `name` is the field in messages ("Die Beschreibung"). */
export function boundedText(max: number, name: Bilingual) {
  return z
    .string(msg(`${name.de}: bitte Text angeben`, `${name.en}: please enter text`))
    .trim()
    .max(max, tooLong(max, name));
}

// ---------------------------------------------------------------- lists

/**
 * The one list shape: the items of this answer and how many there are in all. Paged lists add the
 * page (counted from 1) and its size. (Routes still answering a bare array move to this together.)
 */
export function ListSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
export interface List<T> {
  items: T[];
  total: number;
}

/** An unpaged list answer: every item, and their number. */
export function listOf<T>(items: T[]): List<T> {
  return { items, total: items.length };
}

export function PagedListSchema<T extends z.ZodType>(item: T) {
  return ListSchema(item).extend({ page: z.number().int().min(1), pageSize: z.number().int().min(1) });
}
export interface PagedList<T> extends List<T> {
  page: number;
  pageSize: number;
}

// ---------------------------------------------------------------- errors

/** The one error shape every HTTP answer and socket ack uses (API.md). */
export const ApiErrorSchema = z.object({
  statusCode: z.number().int(),
  code: z.string(),
  message: z.string(),
  /** Field-level messages for forms: path ("email", "address.postalCode") → message. */
  fields: z.record(z.string(), z.string()).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Stable machine codes; the message is for humans and may change. */
export const ErrorCode = {
  Validation: 'validation_failed',
  Unauthenticated: 'unauthenticated',
  InvalidCredentials: 'invalid_credentials',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  EmailTaken: 'email_taken',
  RuleViolated: 'rule_violated',
  RateLimited: 'rate_limited',
  PayloadTooLarge: 'payload_too_large',
  Internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
