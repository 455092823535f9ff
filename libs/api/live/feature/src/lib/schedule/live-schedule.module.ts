import { Module } from '@nestjs/common';
import { QueueModule, QueueName } from '@ecampus/api/platform/queue';
import { RealtimeEmitterModule } from '@ecampus/api/platform/realtime';
import { CalendarFeedRepository } from '../calendar/calendar-feed.repository';
import { CalendarFeedService } from '../calendar/calendar-feed.service';
import { CalendarFeedsController, LiveSessionIcsController, MyCalendarFeedController } from '../calendar/calendar.controller';
import { LiveSessionJobs } from '../jobs/live-session-jobs';
import { LiveMediaModule } from '../media/live-media.module';
import { LiveSessionsCoreModule } from '../session/live-sessions-core.module';
import { LiveSessionsController, ProgramLiveSessionsController } from './live-schedule.controller';
import { LiveScheduleRepository } from './live-schedule.repository';
import { LiveScheduleService } from './live-schedule.service';
import { LiveSessionLifecycle } from './live-session-lifecycle';

/**
 * Scheduling on the API (README.md "Scheduling"): sessions of a program, their states, the `.ics`
 * of a session and the private calendar feed. Producer side of the `live` queue (reminders,
 * auto-end); `session:status` goes to the room through the Redis streams adapter.
 */
@Module({
  imports: [LiveSessionsCoreModule, QueueModule.registerQueue(QueueName.Live), RealtimeEmitterModule, LiveMediaModule],
  controllers: [
    ProgramLiveSessionsController,
    LiveSessionsController,
    LiveSessionIcsController,
    MyCalendarFeedController,
    CalendarFeedsController,
  ],
  providers: [
    LiveScheduleRepository,
    LiveScheduleService,
    LiveSessionLifecycle,
    LiveSessionJobs,
    CalendarFeedRepository,
    CalendarFeedService,
  ],
  exports: [LiveScheduleService],
})
export class LiveScheduleModule {}
