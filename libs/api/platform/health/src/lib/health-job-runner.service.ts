import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { HealthCheckJobRepository } from './health-check-job.repository';

/** The queued health probe, worker side. */
@Injectable()
export class HealthJobRunner {
  constructor(@Inject(HealthCheckJobRepository) private readonly jobs: Pick<HealthCheckJobRepository, 'findById' | 'markDone'>) {}

  /** Marks the request done with who processed it. Idempotent: running it twice keeps the first result. */
  async complete(id: string, by = `${hostname()}:${process.pid}`): Promise<'done' | 'already-done'> {
    const row = await this.jobs.findById(id);
    // Not visible (yet): let BullMQ retry with backoff instead of losing the request.
    if (!row) throw new Error(`Prüfauftrag ${id} nicht gefunden`);
    return (await this.jobs.markDone(id, new Date(), by)) ? 'done' : 'already-done';
  }
}
