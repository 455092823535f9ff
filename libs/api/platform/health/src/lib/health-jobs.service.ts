import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { enqueueOutboxJob, InjectQueue, QueueName, type Queue } from '@ecampus/api/platform/queue';
import { ErrorCode, t, type HealthCheckJob } from '@ecampus/shared/contracts';
import { HealthCheckJobRepository } from './health-check-job.repository';
import { RunHealthCheckJob } from './jobs/run-health-check.job';
import type { HealthCheckJobEntity } from './entities/health-check-job.entity';

export const toHealthCheckJob = (row: HealthCheckJobEntity): HealthCheckJob => ({
  id: row.id,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  processedAt: row.processedAt?.toISOString() ?? null,
  processedBy: row.processedBy,
});

/** The queued health probe, API side: creates the durable request and reads its status. */
@Injectable()
export class HealthJobsService {
  private readonly logger = new Logger(HealthJobsService.name);

  constructor(
    private readonly jobs: HealthCheckJobRepository,
    @InjectQueue(QueueName.Health) private readonly queue: Queue,
  ) {}

  /** Row first (the durable request), then the job with jobId = row id. */
  async request(): Promise<{ id: string }> {
    const row = await this.jobs.create();
    await enqueueOutboxJob(this.queue, RunHealthCheckJob, { healthCheckJobId: row.id }, row.id, this.logger);
    return { id: row.id };
  }

  async get(id: string): Promise<HealthCheckJob> {
    const row = await this.jobs.findById(id);
    if (!row)
      throw new NotFoundException({
        code: ErrorCode.NotFound,
        message: t('Diesen Prüfauftrag gibt es nicht.', 'There is no such health check job.'),
      });
    return toHealthCheckJob(row);
  }
}
