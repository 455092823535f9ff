import { Injectable, Logger } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { enqueueJob, InjectQueue, QueueName, type JobClass, type Queue } from '@ecampus/api/platform/queue';
import { LIVE_JOIN_EARLY_MINUTES } from '@ecampus/shared/contracts';
import type { LiveSessionTiming } from '../schedule/live-schedule.repository';
import { endsAt } from '../session/live-session.rules';
import { LiveSessionAutoEndJob, type LiveSessionAutoEndJobData } from './live-session-auto-end.job';
import { LiveSessionReminderJob, type LiveSessionReminderJobData } from './live-session-reminder.job';
import type { ReminderKind } from './live-reminders.service';

/** How long before the start each reminder goes out. */
export const REMINDER_OFFSETS_MS: Record<ReminderKind, number> = {
  day: 24 * 60 * 60_000,
  soon: LIVE_JOIN_EARLY_MINUTES * 60_000,
};

/** A planned job: what `plan` enqueues (pure, so the spec can check the timing rules alone). */
export type PlannedJob =
  | { job: typeof LiveSessionReminderJob; data: LiveSessionReminderJobData; jobId: string; delay: number }
  | { job: typeof LiveSessionAutoEndJob; data: LiveSessionAutoEndJobData; jobId: string; delay: number };

/**
 * The delayed jobs of one session at `now`: the reminders whose time is still ahead (scheduled
 * sessions only), and the auto-end at its end plus the grace period. Job ids carry the session,
 * the kind and the planned instant: planning twice adds nothing (BullMQ dedups by id), a moved
 * session gets new jobs, and its old ones find the row changed and do nothing.
 */
export function planJobs(s: LiveSessionTiming, graceMinutes: number, now: Date): PlannedJob[] {
  if (s.status === 'ended') return [];
  const jobs: PlannedJob[] = [];
  const startsAt = s.startsAt.getTime();
  if (s.status === 'scheduled') {
    for (const kind of Object.keys(REMINDER_OFFSETS_MS) as ReminderKind[]) {
      const at = startsAt - REMINDER_OFFSETS_MS[kind];
      // A reminder whose time has passed (a session planned at short notice) is not sent late.
      if (at <= now.getTime()) continue;
      jobs.push({
        job: LiveSessionReminderJob,
        data: { sessionId: s.id, kind, startsAt },
        jobId: `live-reminder-${s.id}-${kind}-${startsAt}`,
        delay: at - now.getTime(),
      });
    }
  }
  const end = endsAt(s).getTime();
  jobs.push({
    job: LiveSessionAutoEndJob,
    data: { sessionId: s.id, endsAt: end },
    jobId: `live-auto-end-${s.id}-${end}`,
    delay: Math.max(0, end + graceMinutes * 60_000 - now.getTime()),
  });
  return jobs;
}

/**
 * Producer side of the `live` queue (API and worker): enqueues a session's delayed jobs after its
 * row is committed. The row is the truth: a failed enqueue is logged, and the worker's reconciler
 * plans every open session again at its start.
 */
@Injectable()
export class LiveSessionJobs {
  private readonly logger = new Logger(LiveSessionJobs.name);

  constructor(
    @InjectQueue(QueueName.Live) private readonly queue: Queue,
    @InjectConfig() private readonly config: Pick<AppConfig, 'LIVE_AUTO_END_GRACE_MINUTES'>,
  ) {}

  /** Enqueues the session's jobs; never throws (returns how many were handed to BullMQ). */
  async plan(session: LiveSessionTiming, now = new Date()): Promise<number> {
    let added = 0;
    for (const planned of planJobs(session, this.config.LIVE_AUTO_END_GRACE_MINUTES, now)) {
      try {
        await enqueueJob(this.queue, planned.job as JobClass<unknown>, planned.data, { jobId: planned.jobId, delay: planned.delay });
        added += 1;
      } catch (e) {
        this.logger.warn(
          `${planned.job.name} ${planned.jobId} nicht eingereiht (${(e as Error).message}); der Abgleich beim Start des Workers holt das nach`,
        );
      }
    }
    return added;
  }
}
