import { Module } from '@nestjs/common';
import { MailModule } from '@ecampus/api/platform/mail';
import { QueueModule, QueueName } from '@ecampus/api/platform/queue';
import { RealtimeEmitterModule } from '@ecampus/api/platform/realtime';
import { LiveScheduleRepository } from '../schedule/live-schedule.repository';
import { LiveSessionLifecycle } from '../schedule/live-session-lifecycle';
import { LiveMediaModule } from '../media/live-media.module';
import { LiveSessionsCoreModule } from '../session/live-sessions-core.module';
import { LiveJobsReconciler } from './live-jobs.reconciler';
import { LiveJobsRepository } from './live-jobs.repository';
import { LiveQueueProcessor } from './live-queue.processor';
import { LiveRemindersService } from './live-reminders.service';
import { LiveRetentionJob } from './live-retention.job';
import { LiveRetentionService } from './live-retention.service';
import { LiveSessionAutoEndJob } from './live-session-auto-end.job';
import { LiveSessionJobs } from './live-session-jobs';
import { LiveSessionReminderJob } from './live-session-reminder.job';

/**
 * Worker side of the live domain (apps/worker): the `live` queue's processor (reminders, auto-end,
 * retention), the reconciler that plans every open session's jobs at start, and the nightly
 * retention scheduler. Ending a session here takes the routes' path (LiveSessionLifecycle), so the
 * room hears `session:status` through the Redis streams adapter.
 */
@Module({
  imports: [LiveSessionsCoreModule, QueueModule.registerQueue(QueueName.Live), MailModule, RealtimeEmitterModule, LiveMediaModule],
  providers: [
    LiveScheduleRepository,
    LiveSessionLifecycle,
    LiveSessionJobs,
    LiveJobsRepository,
    LiveRemindersService,
    LiveRetentionService,
    LiveSessionReminderJob,
    LiveSessionAutoEndJob,
    LiveRetentionJob,
    LiveQueueProcessor,
    LiveJobsReconciler,
  ],
  exports: [LiveRemindersService, LiveRetentionService, LiveSessionLifecycle],
})
export class LiveJobsModule {}
