import { HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter, Catch } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { ErrorCode, t, type ApiError } from '@ecampus/shared/contracts';

interface DefaultError {
  code: string;
  de: string;
  en: string;
}

/** The message of each status when the error brings none of its own, in both languages. */
const DEFAULTS: Record<number, DefaultError> = {
  400: { code: 'bad_request', de: 'Die Anfrage ist ungültig.', en: 'The request is invalid.' },
  401: { code: ErrorCode.Unauthenticated, de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  403: { code: ErrorCode.Forbidden, de: 'Dafür fehlen Ihnen die Rechte.', en: 'You do not have permission to do this.' },
  404: { code: ErrorCode.NotFound, de: 'Nicht gefunden.', en: 'Not found.' },
  405: { code: 'method_not_allowed', de: 'Diese Methode ist hier nicht erlaubt.', en: 'This method is not allowed here.' },
  409: { code: ErrorCode.Conflict, de: 'Das widerspricht dem aktuellen Stand.', en: 'This conflicts with the current state.' },
  413: { code: ErrorCode.PayloadTooLarge, de: 'Die Anfrage ist zu groß.', en: 'The request is too large.' },
  415: { code: 'unsupported_media_type', de: 'Dieses Format wird nicht unterstützt.', en: 'This format is not supported.' },
  422: { code: ErrorCode.RuleViolated, de: 'Die Anfrage verstößt gegen eine Regel.', en: 'The request breaks a rule.' },
  429: {
    code: ErrorCode.RateLimited,
    de: 'Zu viele Anfragen. Bitte warten Sie einen Moment.',
    en: 'Too many requests. Please wait a moment.',
  },
  503: { code: 'service_unavailable', de: 'Der Dienst ist vorübergehend nicht verfügbar.', en: 'The service is temporarily unavailable.' },
};

const INTERNAL: DefaultError = {
  code: ErrorCode.Internal,
  de: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
  en: 'An unexpected error occurred. Please try again later.',
};

/** Code and message (in the locale of the request being answered). */
const inLocale = ({ code, de, en }: DefaultError) => ({ code, message: t(de, en) });

const fallback = (status: number) =>
  inLocale(
    DEFAULTS[status] ??
      (status >= 500
        ? INTERNAL
        : { code: `http_${status}`, de: 'Die Anfrage konnte nicht bearbeitet werden.', en: 'The request could not be processed.' }),
  );

/** An `http-errors` error marked safe to show (`expose`), as middleware (serve-static) raises them. */
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

const tooLarge = (): MappedError => ({
  unexpected: false,
  body: {
    statusCode: 413,
    code: ErrorCode.PayloadTooLarge,
    message: t('Die Anfrage ist zu groß (höchstens 1 MB).', 'The request is too large (at most 1 MB).'),
  },
});

const malformedBody = (): MappedError => ({
  unexpected: false,
  body: {
    statusCode: 400,
    code: 'malformed_body',
    message: t('Der Inhalt der Anfrage ist kein gültiges JSON.', 'The body of the request is not valid JSON.'),
  },
});

function fromHttpException(e: HttpException): MappedError {
  const status = e.getStatus();
  const response = e.getResponse();
  const base = fallback(status);
  const r = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : null;
  const code = r?.['code'];
  const hasOwnCode = typeof code === 'string';
  const msg = r ? (Array.isArray(r['message']) ? r['message'][0] : r['message']) : response;
  // Fastify's refusals of a body (Nest maps every FastifyError to HttpException(message, status)), or
  // a JSON SyntaxError handed on as a plain BadRequestException: our codes and texts.
  if (status === 400 && !hasOwnCode && typeof msg === 'string' && /json/i.test(msg)) return malformedBody();
  if (status === 413 && !r) return tooLarge();
  // Nest's own texts ("Cannot GET /x") are technical: use our default in the request's language.
  if (!r) return { unexpected: status >= 500, body: { statusCode: status, ...base } };
  // Nest's `error: 'Bad Request'` and its statusCode are replaced by ours.
  const rest = Object.fromEntries(Object.entries(r).filter(([k]) => !['error', 'statusCode', 'message', 'code'].includes(k)));
  return {
    unexpected: status >= 500 && !hasOwnCode,
    body: {
      // Extra fields (validation `fields`, health details) stay in the body.
      ...rest,
      statusCode: status,
      code: hasOwnCode ? code : base.code,
      // Only messages that come with our own code are ours (already in the request's language); others get the default.
      message: hasOwnCode && typeof msg === 'string' ? msg : base.message,
    },
  };
}

/** Maps anything thrown to the one error shape `{statusCode, code, message}`. */
export function toApiError(exception: unknown): MappedError {
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (isClientHttpError(exception)) {
    // e.g. a malformed path that serve-static refuses with a 400.
    return { unexpected: false, body: { statusCode: exception.status, ...fallback(exception.status) } };
  }
  return { unexpected: true, body: { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, ...inLocale(INTERNAL) } };
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
