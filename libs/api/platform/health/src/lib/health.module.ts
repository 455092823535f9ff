import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@ecampus/api/platform/auth';
import { QueueModule, QueueName } from '@ecampus/api/platform/queue';
import { HealthCheckJobEntity } from './entities/health-check-job.entity';
import { HealthCheckJobRepository } from './health-check-job.repository';
import { HealthJobsService } from './health-jobs.service';
import { HealthJobRunner } from './health-job-runner.service';
import { HealthController } from './health.controller';
import { RedisHealthIndicator } from './redis.health-indicator';
import { RunHealthCheckJob } from './jobs/run-health-check.job';
import { HealthQueueProcessor } from './health-queue.processor';
import { HealthCheckJobSource } from './health-check-job.source';

const persistence = [TypeOrmModule.forFeature([HealthCheckJobEntity]), QueueModule.registerQueue(QueueName.Health)];

/** API side: `GET /api/health` (up/down; details for admins), `POST /api/health/jobs`, `GET /api/health/jobs/:id` (producer only). */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), AuthModule, ...persistence],
  controllers: [HealthController],
  providers: [HealthCheckJobRepository, HealthJobsService, RedisHealthIndicator],
  exports: [HealthJobsService],
})
export class HealthModule {}

/** Worker side: processes `health` jobs and lets the reconciler find lost ones. */
@Module({
  imports: persistence,
  providers: [HealthCheckJobRepository, HealthJobRunner, RunHealthCheckJob, HealthQueueProcessor, HealthCheckJobSource],
})
export class HealthJobsModule {}
