import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger as NestLogger, UnsupportedMediaTypeException, type ModuleMetadata } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@ecampus/api/platform/config';
import { t } from '@ecampus/shared/contracts';
import { setupRealtime } from '@ecampus/api/platform/realtime';
import { ApiExceptionFilter } from './api-exception.filter';
import { ApiPlatformModule } from './api-platform.module';
import { prettyLogsUnavailable, requestIdOf } from './logger-options';
import { setupOpenApi } from './openapi';
import { installRequestLocale, requestLocale, runWithLocale } from './request-locale';
import { QUEUE_BOARD_PATH, QueueBoard } from './queue-board';
import { securityHeaders } from './security-headers';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api';
/** JSON and form bodies; uploads (multipart) have their own limits (decision 023). */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Request bodies come uncompressed (browsers never compress them); Fastify would read a compressed
 * one as it is, so anything but `identity` is refused before the body is read.
 */
function compressedBodyRefusal(encoding: string | undefined): UnsupportedMediaTypeException | undefined {
  if (!encoding || encoding.trim().toLowerCase() === 'identity') return undefined;
  return new UnsupportedMediaTypeException({
    code: 'unsupported_media_type',
    message: t('Komprimierte Anfragen werden nicht angenommen.', 'Compressed request bodies are not accepted.'),
  });
}

/** The API's Nest application on its HTTP adapter, Fastify (decision 032). */
export type ApiApplication = NestFastifyApplication;

/**
 * Builds an API application (initialised, not listening) from the platform and the given feature
 * modules: the API app (`apps/api`) passes every domain, an integration test the ones it needs.
 * Both get the same hooks, filters, pipes and realtime setup, so tests exercise what runs in
 * production.
 */
export async function createApiApplication(config: AppConfig, features: NonNullable<ModuleMetadata['imports']>): Promise<ApiApplication> {
  // Messages (ours and zod's own) in the language of each request's Accept-Language, German by default.
  installRequestLocale();

  const adapter = new FastifyAdapter({
    // Client IPs (login rate limit per IP) and the scheme (Secure cookies) behind this many proxies.
    trustProxy: config.TRUST_PROXY_HOPS > 0 ? config.TRUST_PROXY_HOPS : false,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    // Our ids: a proxy's sane x-request-id or a new UUID (echoed by the first hook, logged by pino-http).
    genReqId: requestIdOf,
    requestIdHeader: false,
    // `/api/programs/` finds `/api/programs`, as under Express.
    routerOptions: { ignoreTrailingSlash: true },
  });
  const app = await NestFactory.create<ApiApplication>(ApiPlatformModule.forRoot(config, features), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  if (prettyLogsUnavailable(config)) {
    new NestLogger('Bootstrap').warn('LOG_PRETTY=true, aber pino-pretty ist nicht installiert: Logs bleiben JSON.');
  }

  const fastify = app.getHttpAdapter().getInstance();
  // First, before any middleware (the adapter's own first hook runs it), so every answer has them:
  // JSON, errors, raw downloads, the served web app. The same headers nginx adds when it serves the
  // app (one list: security-headers.ts), and the request id.
  adapter.setOnRequestHook((req, reply, done) => {
    reply.raw.setHeader('x-request-id', req.id);
    // An upload refused early answers with `Connection: close` (discardRequestBody), which needs the
    // raw request's response: it is there as `res`, as Express had it.
    if (req.headers['content-type']?.startsWith('multipart/')) (req.raw as IncomingMessage & { res?: ServerResponse }).res = reply.raw;
    securityHeaders(req, reply.raw, () => done(compressedBodyRefusal(req.headers['content-encoding'])));
  });
  // Uploads stream the untouched body themselves (UploadReceiver on the raw request).
  fastify.addContentTypeParser('multipart/form-data', (_req: unknown, _body: IncomingMessage, done: (err: null) => void) => done(null));
  await app.register(fastifyCookie);
  // The request's locale around the rest of its handling (AsyncLocalStorage needs a wrapping call: a middleware).
  app.use(requestLocale);
  const corsOrigins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (corsOrigins.length) app.enableCors({ origin: corsOrigins, credentials: true });

  // Bull Board for admins: an Express app of its own on the raw request, checked by QueueBoard before it answers.
  app.use(QUEUE_BOARD_PATH, app.get(QueueBoard).handle);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new ApiExceptionFilter(app.get(HttpAdapterHost)));
  // Socket.IO (/live) with the Redis streams adapter, handshake token and Origin checks.
  setupRealtime(app, config, runWithLocale);
  app.enableShutdownHooks();

  // OPENAPI_UI: on (development), admins (production default) or off.
  setupOpenApi(app, config);

  if (config.WEB_DIST_DIR && !serveWebApp(app, config.WEB_DIST_DIR)) {
    new NestLogger('Bootstrap').warn(`WEB_DIST_DIR=${config.WEB_DIST_DIR} enthält keine index.html: die Web-App wird nicht ausgeliefert.`);
  }

  await app.init();
  // Routes and plugins loaded: answers through getHttpServer() (supertest, main.ts) without listen().
  await fastify.ready();
  return app;
}
