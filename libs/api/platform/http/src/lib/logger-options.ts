import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { logTransport, prettyLogsAvailable, type AppConfig } from '@ecampus/api/platform/config';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Honours a sane incoming `x-request-id` (from a proxy), otherwise makes one; echoes it back.
 * Runs as the first Express middleware (so docs and static files get one too) and again as
 * pino-http's genReqId, which then reuses the id already assigned.
 */
export function requestId(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  req.id = id;
  return id;
}

/** Structured JSON logs (one line per request, with its id); pretty only when asked and installed. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: requestId,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      transport: logTransport(config),
    },
  };
}

export const prettyLogsUnavailable = (config: AppConfig) => config.LOG_PRETTY && !prettyLogsAvailable();
