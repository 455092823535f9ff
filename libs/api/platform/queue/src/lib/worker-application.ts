import { Logger as NestLogger, type INestApplicationContext, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@ecampus/api/platform/config';
import { checkRedisEvictionPolicy, createRedisClient } from './redis';
import { WorkerApplicationModule } from './worker-application.module';

/** A reason not to start, printed as one line by the worker's main.ts. */
export class WorkerStartupError extends Error {
  override name = 'WorkerStartupError';
}

/**
 * BullMQ needs Redis to keep every key: with an evicting policy queued jobs vanish silently.
 * Refuses to start unless `maxmemory-policy` is `noeviction`; development only warns.
 */
export async function assertRedisKeepsJobs(config: AppConfig): Promise<void> {
  const client = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true, retryStrategy: () => null });
  try {
    const { ok, policy } = await checkRedisEvictionPolicy(client).catch((e: Error) => {
      throw new WorkerStartupError(`Redis unter REDIS_URL nicht erreichbar: ${e.message}`);
    });
    if (ok) return;
    const message = `Redis maxmemory-policy ist "${policy}", der Worker braucht "noeviction" (sonst gehen Jobs verloren).`;
    if (config.NODE_ENV !== 'development') throw new WorkerStartupError(message);
    new NestLogger('Worker').warn(`${message} Nur in der Entwicklung wird trotzdem gestartet.`);
  } finally {
    client.disconnect();
  }
}

/**
 * Boots a worker (processors of the given job modules, outbox reconciler) for `apps/worker` and
 * integration tests alike, so tests exercise the composition that runs in production.
 */
export async function createWorkerApplication(
  config: AppConfig,
  jobs: NonNullable<ModuleMetadata['imports']>,
): Promise<INestApplicationContext> {
  await assertRedisKeepsJobs(config);
  const app = await NestFactory.createApplicationContext(WorkerApplicationModule.forRoot(config, jobs), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  return app;
}
