import { Processor } from '@nestjs/bullmq';
import { JobDispatcher, QueueName } from '@ecampus/api/platform/queue';
import { SendReviewDigestJob } from './jobs/send-review-digest.job';

/** The `curriculum` queue's worker: dispatches to the job classes, nothing else. */
@Processor(QueueName.Curriculum)
export class CurriculumQueueProcessor extends JobDispatcher {
  constructor(sendReviewDigest: SendReviewDigestJob) {
    super([sendReviewDigest]);
  }
}
