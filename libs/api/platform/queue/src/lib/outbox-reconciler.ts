import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { enqueueJob, type JobClass } from './job';
import type { QueueName } from './queue-name';

/**
 * A table of durable job requests that the reconciler keeps in sync with BullMQ.
 * Implemented by a repository-backed provider in a feature's worker-side `XJobsModule` and marked
 * with `@OutboxSource({ queue, job })`.
 */
export interface OutboxSourceProvider<TData> {
  /** Ids of rows still `pending` that were created before `olderThan` (oldest first). */
  findPendingIds(olderThan: Date, limit: number): Promise<string[]>;
  /** The job data for a row id. */
  jobData(id: string): TData;
}

export interface OutboxSourceOptions {
  queue: QueueName;
  job: JobClass<never>;
}

/** Marks an `OutboxSourceProvider` for the reconciler. */
export const OutboxSource = DiscoveryService.createDecorator<OutboxSourceOptions>();

/** Rows younger than this are left alone: their producer is probably enqueuing them right now. */
export const RECONCILE_MIN_AGE_MS = 5000;
const BATCH = 500;

interface Registered {
  options: OutboxSourceOptions;
  source: OutboxSourceProvider<unknown>;
  queue: Queue;
}

/**
 * Re-enqueues pending outbox rows on start and every RECONCILE_INTERVAL_SECONDS, so that a job
 * lost between the row's commit and the Redis write (or with a flushed Redis) still runs.
 * Re-adding is safe: the BullMQ job id is the row id, so an existing job is not duplicated.
 * Only processes that provide an `@OutboxSource` (the worker) reconcile anything.
 */
@Injectable()
export class OutboxReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxReconciler.name);
  private sources: Registered[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly moduleRef: ModuleRef,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.sources = this.discovery
      .getProviders({ metadataKey: OutboxSource.KEY })
      .filter((w) => w.instance && w.isDependencyTreeStatic())
      .map((w) => {
        const options = this.discovery.getMetadataByDecorator(OutboxSource, w) as OutboxSourceOptions;
        const queue = this.moduleRef.get<Queue>(getQueueToken(options.queue), { strict: false });
        return { options, source: w.instance as OutboxSourceProvider<unknown>, queue };
      });
    if (this.sources.length === 0) return;
    // Not awaited: a slow Redis must not block boot; errors are logged inside.
    void this.reconcile();
    this.timer = setInterval(() => void this.reconcile(), this.config.RECONCILE_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One pass over every source; returns how many rows were handed to BullMQ. Overlapping calls share a pass. */
  reconcile(now = new Date()): Promise<number> {
    this.running ??= this.pass(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(now: Date): Promise<number> {
    let total = 0;
    const olderThan = new Date(now.getTime() - RECONCILE_MIN_AGE_MS);
    for (const { options, source, queue } of this.sources) {
      try {
        const ids = await source.findPendingIds(olderThan, BATCH);
        for (const id of ids) {
          await enqueueJob(queue, options.job as JobClass<unknown>, source.jobData(id), { jobId: id });
        }
        if (ids.length) this.logger.log(`${ids.length} offene ${options.job.name}-Aufträge an Queue "${options.queue}" übergeben`);
        total += ids.length;
      } catch (e) {
        this.logger.warn(`Abgleich für ${options.job.name} fehlgeschlagen: ${(e as Error).message}`);
      }
    }
    return total;
  }
}
