import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@ecampus/api/platform/config';
import { Authenticator, EndedSessions } from '@ecampus/api/platform/auth';
import { RealtimeIoAdapter } from './realtime-io.adapter';
import type { LocaleRunner } from './socket-locale';

/**
 * Installs Socket.IO on the API (call before `app.listen`/`app.init`). The app must import
 * `AuthModule` (directly or through `HttpAuthModule`) and `RealtimeModule` for the `/live` gateway.
 * `runWithLocale` is the HTTP edge's: sockets speak their client's language through the same store.
 */
export function setupRealtime(app: INestApplication, config: AppConfig, runWithLocale: LocaleRunner): void {
  const authenticator = app.get(Authenticator, { strict: false });
  const endedSessions = app.get(EndedSessions, { strict: false });
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, config, authenticator, endedSessions, runWithLocale));
}
