import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@ecampus/api/platform/config';
import { AccessTokenService } from '@ecampus/api/platform/auth';
import { RealtimeIoAdapter } from './realtime-io.adapter';

/**
 * Installs Socket.IO on the API (call before `app.listen`/`app.init`). The app must import
 * `AuthModule` (directly or through `HttpAuthModule`) and `RealtimeModule` for the `/live` gateway.
 */
export function setupRealtime(app: INestApplication, config: AppConfig): void {
  const tokens = app.get(AccessTokenService, { strict: false });
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, config, tokens));
}
