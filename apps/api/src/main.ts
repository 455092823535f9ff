import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@ecampus/api/platform/config';
import { createApiApp } from './app/create-api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  await app.listen(config.PORT);
  new Logger('Bootstrap').log(`eCampus API läuft auf Port ${config.PORT} (${config.PUBLIC_URL})`);
}

bootstrap().catch((e: unknown) => {
  process.stderr.write(`API konnte nicht starten: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
