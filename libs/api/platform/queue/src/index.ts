export * from './lib/queue-name';
export * from './lib/job';
export * from './lib/redis';
export * from './lib/outbox-reconciler';
export * from './lib/after-commit';
export * from './lib/error-logging';
export * from './lib/queue.module';
export { InjectQueue } from '@nestjs/bullmq';
export type { Job, Queue } from 'bullmq';
