import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger as NestLogger, type ModuleMetadata } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@ecampus/api/platform/config';
import { setupRealtime } from '@ecampus/api/platform/realtime';
import { ApiExceptionFilter } from './api-exception.filter';
import { ApiPlatformModule } from './api-platform.module';
import { prettyLogsUnavailable, requestId } from './logger-options';
import { setupOpenApi } from './openapi';
import { installRequestLocale, requestLocale, runWithLocale } from './request-locale';
import { QUEUE_BOARD_PATH, QueueBoard } from './queue-board';
import { securityHeaders } from './security-headers';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api';
export const JSON_BODY_LIMIT = '1mb';

/**
 * Builds an API application (initialised, not listening) from the platform and the given feature
 * modules: the API app (`apps/api`) passes every domain, an integration test the ones it needs.
 * Both get the same middleware, filters, pipes and realtime setup, so tests exercise what runs in
 * production.
 */
export async function createApiApplication(
  config: AppConfig,
  features: NonNullable<ModuleMetadata['imports']>,
): Promise<NestExpressApplication> {
  // Messages (ours and zod's own) in the language of each request's Accept-Language, German by default.
  installRequestLocale();

  const app = await NestFactory.create<NestExpressApplication>(ApiPlatformModule.forRoot(config, features), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  if (prettyLogsUnavailable(config)) {
    new NestLogger('Bootstrap').warn('LOG_PRETTY=true, aber pino-pretty ist nicht installiert: Logs bleiben JSON.');
  }

  // Client IPs (login rate limit per IP) behind this many proxies.
  app.set('trust proxy', config.TRUST_PROXY_HOPS > 0 ? config.TRUST_PROXY_HOPS : false);
  app.disable('x-powered-by');
  // First, so every answer has them (errors of the body parsers too): the same headers nginx adds
  // when it serves the app (one list: security-headers.ts).
  app.use(securityHeaders);
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    requestId(req, res);
    next();
  });
  app.use(requestLocale);
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: JSON_BODY_LIMIT, extended: false });
  app.use(cookieParser());
  const corsOrigins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (corsOrigins.length) app.enableCors({ origin: corsOrigins, credentials: true });

  // Bull Board for admins: an Express router of its own, checked by QueueBoard before it answers.
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
  return app;
}
