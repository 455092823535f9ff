import { Injectable } from '@nestjs/common';
import type { JobHandler } from '@ecampus/api/platform/queue';
import { HealthJobRunner } from '../health-job-runner.service';

export interface RunHealthCheckJobData {
  /** Id of the `health_check_job` row (also the BullMQ job id). */
  healthCheckJobId: string;
}

/** Proves API → Redis → worker → PostgreSQL: marks the row done with who processed it. */
@Injectable()
export class RunHealthCheckJob implements JobHandler<RunHealthCheckJobData> {
  constructor(private readonly runner: HealthJobRunner) {}

  handle(data: RunHealthCheckJobData): Promise<unknown> {
    return this.runner.complete(data.healthCheckJobId);
  }
}
