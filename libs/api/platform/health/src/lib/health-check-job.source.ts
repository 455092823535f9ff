import { Injectable } from '@nestjs/common';
import { OutboxSource, QueueName, type OutboxSourceProvider } from '@ecampus/api/platform/queue';
import { HealthCheckJobRepository } from './health-check-job.repository';
import { RunHealthCheckJob, type RunHealthCheckJobData } from './jobs/run-health-check.job';

/** Lets the worker's reconciler re-enqueue pending probes whose job was lost. */
@Injectable()
@OutboxSource({ queue: QueueName.Health, job: RunHealthCheckJob })
export class HealthCheckJobSource implements OutboxSourceProvider<RunHealthCheckJobData> {
  constructor(private readonly jobs: HealthCheckJobRepository) {}

  findPendingIds(olderThan: Date, limit: number): Promise<string[]> {
    return this.jobs.findPendingIds(olderThan, limit);
  }

  jobData(id: string): RunHealthCheckJobData {
    return { healthCheckJobId: id };
  }
}
