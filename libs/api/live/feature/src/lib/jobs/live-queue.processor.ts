import { Processor } from '@nestjs/bullmq';
import { JobDispatcher, QueueName } from '@ecampus/api/platform/queue';
import { LiveRetentionJob } from './live-retention.job';
import { LiveSessionAutoEndJob } from './live-session-auto-end.job';
import { LiveSessionReminderJob } from './live-session-reminder.job';

/** The `live` queue's worker: dispatches to the job classes, nothing else. */
@Processor(QueueName.Live)
export class LiveQueueProcessor extends JobDispatcher {
  constructor(reminder: LiveSessionReminderJob, autoEnd: LiveSessionAutoEndJob, retention: LiveRetentionJob) {
    super([reminder, autoEnd, retention]);
  }
}
