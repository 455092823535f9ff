import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@ecampus/api/platform/config';
import { createApiApp } from './app/create-api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  // Node's own default address, as under Express: every interface (IPv6 and IPv4, IPv4 alone where
  // the host has no IPv6). Fastify's listen() would default to localhost (decision 032).
  const server = app.getHttpServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, () => resolve());
  });
  new Logger('Bootstrap').log(`eCampus API läuft auf Port ${config.PORT} (${config.PUBLIC_URL})`);
}

bootstrap().catch((e: unknown) => {
  process.stderr.write(`API konnte nicht starten: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
