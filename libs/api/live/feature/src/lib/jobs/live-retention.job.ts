import { Injectable } from '@nestjs/common';
import type { Job, JobHandler } from '@ecampus/api/platform/queue';
import { LiveRetentionService, type RetentionRun } from './live-retention.service';

/** Nothing: the run's time is the job's (a retry deletes by the same rule). */
export type LiveRetentionJobData = Record<string, never>;

/** The daily retention run (added by the `live-retention` job scheduler). Deleting twice deletes nothing more. */
@Injectable()
export class LiveRetentionJob implements JobHandler<LiveRetentionJobData> {
  constructor(private readonly retention: LiveRetentionService) {}

  handle(_data: LiveRetentionJobData, _job?: Job<LiveRetentionJobData>, now = new Date()): Promise<RetentionRun> {
    return this.retention.purge(now);
  }
}
