import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { logErrorsOf } from './error-logging';
import { APP_CONFIG, type AppConfig } from '@ecampus/api/platform/config';
import { OutboxReconciler } from './outbox-reconciler';
import { WorkerDrain } from './worker-drain';
import type { QueueName } from './queue-name';

/** Defaults for every job: retries with backoff; finished jobs expire so Redis stays small. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // Kept for a day: a completed job id still blocks a duplicate add (dedup) during that time.
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * BullMQ wiring from configuration. `forRoot()` once per process (api and worker);
 * `registerQueue(QueueName.X)` in every module that produces or processes X.
 */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            // BullMQ forces maxRetriesPerRequest: null on its blocking (worker) connections.
            connection: { url: config.REDIS_URL },
            prefix: config.REDIS_PREFIX,
            defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, backoff: { ...DEFAULT_JOB_OPTIONS.backoff } },
          }),
        }),
      ],
      providers: [OutboxReconciler, WorkerDrain],
      exports: [OutboxReconciler],
    };
  }

  static registerQueue(...names: QueueName[]): DynamicModule {
    const queues = BullModule.registerQueue(...names.map((name) => ({ name })));
    // Without an 'error' listener BullMQ prints every failed reconnect to the console.
    const errorLoggers = names.map((name) => ({
      provide: `ecampus:queue-error-logger:${name}`,
      inject: [getQueueToken(name)],
      useFactory: (queue: Queue) => logErrorsOf(queue, `Queue ${name}`),
    }));
    return { module: QueueModule, imports: [queues], providers: errorLoggers, exports: [queues] };
  }
}
