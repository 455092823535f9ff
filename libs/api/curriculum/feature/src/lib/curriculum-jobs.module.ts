import { Module } from '@nestjs/common';
import { MailModule } from '@ecampus/api/platform/mail';
import { QueueModule, QueueName } from '@ecampus/api/platform/queue';
import { CurriculumQueueProcessor } from './curriculum-queue.processor';
import { SendReviewDigestJob } from './jobs/send-review-digest.job';
import { ReviewDigestRepository } from './review-digest.repository';
import { ReviewDigestScheduler } from './review-digest.scheduler';
import { ReviewDigestService } from './review-digest.service';

/**
 * Worker side of the curriculum (apps/worker): the daily review digest — its job scheduler, the
 * `curriculum` queue's processor and the service that puts the mails into the outbox.
 */
@Module({
  imports: [QueueModule.registerQueue(QueueName.Curriculum), MailModule],
  providers: [ReviewDigestRepository, ReviewDigestService, SendReviewDigestJob, CurriculumQueueProcessor, ReviewDigestScheduler],
  exports: [ReviewDigestService],
})
export class CurriculumJobsModule {}
