import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BeforeApplicationShutdown, OnApplicationShutdown } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { destination, stdSerializers } from 'pino';
import { logTransport, prettyLogsAvailable, type AppConfig } from '@ecampus/api/platform/config';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: a sane incoming `x-request-id` (from a proxy), otherwise a new one. Fastify
 * asks for it (`genReqId`) as each request arrives; the API's first hook echoes it back, and
 * pino-http logs it (`req.id`, which the middleware engine copies onto the raw request).
 */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** pino-http's genReqId: the id Fastify gave the request, or one of its own outside Fastify. */
const loggedRequestId = (req: IncomingMessage & { id?: unknown }): string => (typeof req.id === 'string' ? req.id : requestIdOf(req));

/** Query parameters whose values never reach a log: one-time tokens of links in mails (/passwort-setzen?token=…). */
const SECRET_QUERY_PARAMS = /^(token|code|secret)$/i;
export const REDACTED = '[entfernt]';

/** The URL with the values of secret query parameters replaced (the rest stays for tracing). */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq === -1 ? pair : pair.slice(0, eq);
      return eq !== -1 && SECRET_QUERY_PARAMS.test(decodeURIComponentSafe(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, q)}?${query}`;
}

const decodeURIComponentSafe = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The middleware engine (@fastify/middie) adds `originalUrl`: the path as received (`url` loses a middleware's mount path). */
type LoggedRequest = IncomingMessage & { originalUrl?: string };

/**
 * What a request log line says of a request: its id, method and URL (secret query values hidden).
 * No headers, so neither tokens nor cookies reach the log, and a line costs a fraction of pino's
 * standard serialisers (which also copy every request and response header: a sixth of the API's
 * busy time went to logging under load, docs/benchmarks.md).
 */
export function logRequest(req: LoggedRequest): { id: unknown; method?: string; url: string } {
  return { id: req.id, method: req.method, url: redactUrl(req.originalUrl ?? req.url ?? '') };
}

/** … and of its response: the status. */
export const logResponse = (res: ServerResponse) => ({ statusCode: res.statusCode });

/** Bytes of log lines gathered before one write to stdout; a quiet process writes what it has every {@link LOG_FLUSH_MS}. */
export const LOG_BUFFER_BYTES = 4096;
export const LOG_FLUSH_MS = 500;

export type LogDestination = ReturnType<typeof destination>;

/**
 * Where the JSON lines go: stdout, in writes of about {@link LOG_BUFFER_BYTES} instead of one write per line
 * (the write was a twentieth of the API's busy time under load, docs/benchmarks.md), at the latest
 * every {@link LOG_FLUSH_MS}. {@link LogFlush} writes what is left when the app shuts down; pino itself
 * on `exit`. A process killed hard loses at most that half second of lines (decision 031).
 */
export function logDestination(dest: number | string = 1): LogDestination {
  return destination({ dest, minLength: LOG_BUFFER_BYTES, periodicFlush: LOG_FLUSH_MS });
}

/** The buffered destination of an API process, or none where pino's own is right: pretty lines, or no lines at all (tests). */
export function logDestinationFor(config: AppConfig): LogDestination | null {
  return logTransport(config) || config.LOG_LEVEL === 'silent' ? null : logDestination();
}

/**
 * Writes the buffered lines when Nest shuts the app down. Needed besides pino's `exit` hook: on
 * SIGTERM Nest closes the app and then raises the signal again, and a process ended by a signal
 * never emits `exit`.
 */
export class LogFlush implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(private readonly dest: LogDestination | null) {}

  beforeApplicationShutdown(): void {
    this.dest?.flushSync();
  }

  /** Again after every other hook, for the lines those wrote. */
  onApplicationShutdown(): void {
    this.dest?.flushSync();
  }
}

/** Structured JSON logs (one lean line per request, with its id); pretty only when asked and installed. */
export function loggerOptions(config: AppConfig, dest: LogDestination | null): Params {
  const transport = logTransport(config);
  const options = {
    level: config.LOG_LEVEL,
    genReqId: loggedRequestId,
    // Our serialisers get the raw objects: pino-http's wrappers would first build pino's full copies.
    wrapSerializers: false,
    serializers: { req: logRequest, res: logResponse, err: stdSerializers.err },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  } as const;
  if (transport) return { pinoHttp: { ...options, transport } };
  return { pinoHttp: dest ? [options, dest] : options };
}

export const prettyLogsUnavailable = (config: AppConfig) => config.LOG_PRETTY && !prettyLogsAvailable();
