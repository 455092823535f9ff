import { HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter, Catch } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { ErrorCode, type ApiError } from '@ecampus/shared/contracts';

const DEFAULTS: Record<number, { code: string; message: string }> = {
  400: { code: 'bad_request', message: 'Die Anfrage ist ungültig.' },
  401: { code: ErrorCode.Unauthenticated, message: 'Bitte melden Sie sich an.' },
  403: { code: ErrorCode.Forbidden, message: 'Dafür fehlen Ihnen die Rechte.' },
  404: { code: ErrorCode.NotFound, message: 'Nicht gefunden.' },
  405: { code: 'method_not_allowed', message: 'Diese Methode ist hier nicht erlaubt.' },
  409: { code: ErrorCode.Conflict, message: 'Das widerspricht dem aktuellen Stand.' },
  413: { code: ErrorCode.PayloadTooLarge, message: 'Die Anfrage ist zu groß.' },
  415: { code: 'unsupported_media_type', message: 'Dieses Format wird nicht unterstützt.' },
  422: { code: ErrorCode.RuleViolated, message: 'Die Anfrage verstößt gegen eine Regel.' },
  429: { code: ErrorCode.RateLimited, message: 'Zu viele Anfragen. Bitte warten Sie einen Moment.' },
  503: { code: 'service_unavailable', message: 'Der Dienst ist vorübergehend nicht verfügbar.' },
};

const INTERNAL = { code: ErrorCode.Internal, message: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.' };

const fallback = (status: number) =>
  DEFAULTS[status] ?? (status >= 500 ? INTERNAL : { code: `http_${status}`, message: 'Die Anfrage konnte nicht bearbeitet werden.' });

/** Errors that express' body-parser raises before any Nest code runs (they carry `type`). */
interface BodyParserError {
  type: string;
  status?: number;
  statusCode?: number;
  limit?: number;
}
const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as BodyParserError).type === 'string' &&
  typeof ((e as BodyParserError).status ?? (e as BodyParserError).statusCode) === 'number';

/** An `http-errors` error marked safe to show (`expose`), as express middleware raises them. */
const isClientHttpError = (e: unknown): e is { status: number } =>
  typeof e === 'object' &&
  e !== null &&
  (e as { expose?: unknown }).expose === true &&
  typeof (e as { status?: unknown }).status === 'number' &&
  (e as { status: number }).status >= 400 &&
  (e as { status: number }).status < 500;

export interface MappedError {
  body: ApiError & Record<string, unknown>;
  /** Log as an error with the stack: something we did not expect. */
  unexpected: boolean;
}

function fromBodyParser(e: BodyParserError): MappedError {
  const status = e.status ?? e.statusCode ?? 400;
  switch (e.type) {
    case 'entity.too.large':
      return {
        unexpected: false,
        body: { statusCode: 413, code: ErrorCode.PayloadTooLarge, message: 'Die Anfrage ist zu groß (höchstens 1 MB).' },
      };
    case 'entity.parse.failed':
      return {
        unexpected: false,
        body: { statusCode: 400, code: 'malformed_body', message: 'Der Inhalt der Anfrage ist kein gültiges JSON.' },
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { unexpected: false, body: { statusCode: 415, ...DEFAULTS[415] } };
    default:
      return status >= 500
        ? { unexpected: true, body: { statusCode: 500, ...INTERNAL } }
        : { unexpected: false, body: { statusCode: status, ...fallback(status) } };
  }
}

function fromHttpException(e: HttpException): MappedError {
  const status = e.getStatus();
  const response = e.getResponse();
  const base = fallback(status);
  if (typeof response !== 'object' || response === null) {
    // Nest's own texts ("Cannot GET /x") are English and technical: use the German default.
    return { unexpected: status >= 500, body: { statusCode: status, ...base } };
  }
  const r = response as Record<string, unknown>;
  const { message, code } = r;
  // Nest's `error: 'Bad Request'` and its statusCode are replaced by ours.
  const rest = Object.fromEntries(Object.entries(r).filter(([k]) => !['error', 'statusCode', 'message', 'code'].includes(k)));
  const hasOwnCode = typeof code === 'string';
  const msg = Array.isArray(message) ? message[0] : message;
  // Nest turns body-parser's JSON SyntaxError into a plain BadRequestException.
  if (status === 400 && !hasOwnCode && typeof msg === 'string' && /JSON/.test(msg)) {
    return fromBodyParser({ type: 'entity.parse.failed', status: 400 });
  }
  return {
    unexpected: status >= 500 && !hasOwnCode,
    body: {
      // Extra fields (validation `fields`, health details) stay in the body.
      ...rest,
      statusCode: status,
      code: hasOwnCode ? code : base.code,
      // Only messages that come with our own code are ours (German); others get the default.
      message: hasOwnCode && typeof msg === 'string' ? msg : base.message,
    },
  };
}

/** Maps anything thrown to the one error shape `{statusCode, code, message}`. */
export function toApiError(exception: unknown): MappedError {
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (exception instanceof SyntaxError && (exception as SyntaxError & { status?: number }).status === 400) {
    return fromBodyParser({ type: 'entity.parse.failed', status: 400 });
  }
  if (isBodyParserError(exception)) return fromBodyParser(exception);
  if (isClientHttpError(exception)) {
    // e.g. a body that claims gzip but is not: body-parser passes the zlib error on as a 400.
    return { unexpected: false, body: { statusCode: exception.status, ...fallback(exception.status) } };
  }
  return { unexpected: true, body: { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, ...INTERNAL } };
}

/** The one global exception filter of the API. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const { body, unexpected } = toApiError(exception);
    if (unexpected) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const { httpAdapter } = this.adapterHost;
    const res = host.switchToHttp().getResponse();
    if (res.headersSent) return;
    httpAdapter.reply(res, body, body.statusCode);
  }
}
