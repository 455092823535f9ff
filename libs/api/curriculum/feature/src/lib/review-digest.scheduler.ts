import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { InjectQueue, QueueName, type Queue } from '@ecampus/api/platform/queue';
import { SendReviewDigestJob, type SendReviewDigestJobData } from './jobs/send-review-digest.job';

/** The id of the BullMQ job scheduler that adds one `SendReviewDigestJob` a day. */
export const REVIEW_DIGEST_SCHEDULER = 'review-digest';

/** `HH:MM` → the cron pattern "every day at that minute". */
export function dailyPattern(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}

/**
 * Registers the daily digest with BullMQ when the worker starts (`upsertJobScheduler`: creating
 * or updating it, so every worker may do it and a changed REVIEW_DIGEST_TIME takes effect at the
 * next start); `off` removes it. A queued job, not a timer: one run per day whatever the number of
 * workers, and a worker that is down at that time runs it when it is back.
 */
@Injectable()
export class ReviewDigestScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReviewDigestScheduler.name);

  constructor(
    @InjectQueue(QueueName.Curriculum) private readonly queue: Queue,
    @InjectConfig() private readonly config: Pick<AppConfig, 'REVIEW_DIGEST_TIME' | 'REVIEW_DIGEST_TIMEZONE'>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.register();
    } catch (e) {
      // Redis away at start: the worker still runs its other jobs; the next start registers it.
      this.logger.warn(`Tägliche Übersicht der Abgaben nicht eingeplant: ${(e as Error).message}`);
    }
  }

  async register(): Promise<void> {
    const { REVIEW_DIGEST_TIME: time, REVIEW_DIGEST_TIMEZONE: tz } = this.config;
    if (time === 'off') {
      await this.queue.removeJobScheduler(REVIEW_DIGEST_SCHEDULER);
      return;
    }
    const data: SendReviewDigestJobData = {};
    await this.queue.upsertJobScheduler(
      REVIEW_DIGEST_SCHEDULER,
      { pattern: dailyPattern(time), tz },
      { name: SendReviewDigestJob.name, data, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } } },
    );
  }
}
