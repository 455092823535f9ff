import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';

/**
 * Graceful shutdown, step one: before any module closes its connections (database pool, mail
 * transport, queues), every BullMQ worker of this process stops taking jobs and waits for its
 * in-flight jobs. `@nestjs/bullmq` would close workers too, but only in `onApplicationShutdown`,
 * in parallel with TypeORM closing the pool that running jobs still need.
 */
@Injectable()
export class WorkerDrain implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerDrain.name);

  constructor(private readonly discovery: DiscoveryService) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const workers = this.discovery
      .getProviders()
      .map((w) => w.instance as unknown)
      .filter((i): i is WorkerHost => i instanceof WorkerHost)
      .map((host) => {
        try {
          return host.worker;
        } catch {
          return undefined; // processor never got a worker (not registered in this process)
        }
      })
      .filter((w) => w !== undefined);
    if (workers.length === 0) return;
    this.logger.log(`${signal ?? 'Shutdown'}: ${workers.length} Worker nehmen keine Jobs mehr an, laufende werden beendet`);
    await Promise.all(workers.map((w) => w.close()));
  }
}
