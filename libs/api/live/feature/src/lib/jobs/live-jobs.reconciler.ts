import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { InjectQueue, QueueName, type Queue } from '@ecampus/api/platform/queue';
import { LiveMediaRooms } from '../media/live-media-rooms';
import { LiveScheduleRepository } from '../schedule/live-schedule.repository';
import { LiveRetentionJob, type LiveRetentionJobData } from './live-retention.job';
import { LiveSessionJobs } from './live-session-jobs';

/** The id of the BullMQ job scheduler that adds one LiveRetentionJob a night. */
export const LIVE_RETENTION_SCHEDULER = 'live-retention';
/** 03:30 in LIVE_TIMEZONE: a quiet hour. */
export const LIVE_RETENTION_PATTERN = '30 3 * * *';

/**
 * Worker start: the sessions' rows are the truth, so every scheduled or live session gets its
 * delayed jobs again (a no-op for jobs that exist: their ids are deterministic) — jobs lost with
 * Redis, or never enqueued because Redis was down when the API wrote the row, come back. Also
 * registers the nightly retention run (`upsertJobScheduler`: every worker may, one run a night),
 * and destroys the Janus rooms of sessions that ended while Janus was away.
 */
@Injectable()
export class LiveJobsReconciler implements OnApplicationBootstrap {
  private readonly logger = new Logger(LiveJobsReconciler.name);

  constructor(
    private readonly sessions: LiveScheduleRepository,
    private readonly jobs: LiveSessionJobs,
    @InjectQueue(QueueName.Live) private readonly queue: Queue,
    @InjectConfig() private readonly config: Pick<AppConfig, 'LIVE_TIMEZONE'>,
    private readonly media: LiveMediaRooms,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: a slow Redis or a long list must not hold the worker's start; errors are logged.
    void this.registerRetention().catch((e) => this.logger.warn(`Aufbewahrungslauf nicht eingeplant: ${(e as Error).message}`));
    void this.reconcile().catch((e) => this.logger.warn(`Abgleich der Live-Seminare fehlgeschlagen: ${(e as Error).message}`));
    void this.media
      .closeLeftovers()
      .catch((e) => this.logger.warn(`Medienräume beendeter Seminare nicht geschlossen: ${(e as Error).message}`));
  }

  /** Plans the jobs of every open session; returns how many jobs were handed to BullMQ. */
  async reconcile(now = new Date()): Promise<number> {
    let added = 0;
    for (const session of await this.sessions.openSessions()) added += await this.jobs.plan(session, now);
    return added;
  }

  async registerRetention(): Promise<void> {
    const data: LiveRetentionJobData = {};
    await this.queue.upsertJobScheduler(
      LIVE_RETENTION_SCHEDULER,
      { pattern: LIVE_RETENTION_PATTERN, tz: this.config.LIVE_TIMEZONE },
      { name: LiveRetentionJob.name, data, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } } },
    );
  }
}
