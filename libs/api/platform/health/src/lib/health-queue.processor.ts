import { Processor } from '@nestjs/bullmq';
import { JobDispatcher, QueueName } from '@ecampus/api/platform/queue';
import { RunHealthCheckJob } from './jobs/run-health-check.job';

@Processor(QueueName.Health)
export class HealthQueueProcessor extends JobDispatcher {
  constructor(runHealthCheck: RunHealthCheckJob) {
    super([runHealthCheck]);
  }
}
