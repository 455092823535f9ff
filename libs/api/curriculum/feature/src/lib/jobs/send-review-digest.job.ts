import { Injectable } from '@nestjs/common';
import type { Job, JobHandler } from '@ecampus/api/platform/queue';
import { ReviewDigestService } from '../review-digest.service';

export interface SendReviewDigestJobData {
  /** End of the 24-hour window (ISO), for a run by hand; a scheduled run uses its scheduled time. */
  until?: string;
}

/**
 * The daily digest for trainers and coordinators, added by the `review-digest` job scheduler.
 * Idempotent per program and day (see ReviewDigestService), so BullMQ's retries are safe.
 */
@Injectable()
export class SendReviewDigestJob implements JobHandler<SendReviewDigestJobData> {
  constructor(private readonly digest: ReviewDigestService) {}

  handle(data: SendReviewDigestJobData, job: Job<SendReviewDigestJobData>): Promise<unknown> {
    // prevMillis: the time the scheduler planned this run for (a retry hours later keeps its window and day).
    const until = data.until ? new Date(data.until) : new Date(job.opts.prevMillis ?? job.timestamp);
    return this.digest.sendDigests(until);
  }
}
