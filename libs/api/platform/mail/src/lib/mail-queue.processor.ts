import { Processor } from '@nestjs/bullmq';
import { JobDispatcher, QueueName } from '@ecampus/api/platform/queue';
import { SendMailJob } from './jobs/send-mail.job';

/** The `mail` queue's worker: dispatches to the job classes, nothing else. */
@Processor(QueueName.Mail, { concurrency: 4 })
export class MailQueueProcessor extends JobDispatcher {
  constructor(sendMail: SendMailJob) {
    super([sendMail]);
  }
}
