import { Injectable } from '@nestjs/common';
import type { Job, JobHandler } from '@ecampus/api/platform/queue';
import { MailSenderService } from '../mail-sender.service';

export interface SendMailJobData {
  /** Id of the `mail_outbox` row (also the BullMQ job id). */
  mailId: string;
}

/** Sends one outbox mail. Idempotent: a row already `sent` is not sent again. */
@Injectable()
export class SendMailJob implements JobHandler<SendMailJobData> {
  constructor(private readonly sender: MailSenderService) {}

  handle(data: SendMailJobData, job: Job<SendMailJobData>): Promise<unknown> {
    const attempts = job.opts.attempts ?? 1;
    return this.sender.send(data.mailId, job.attemptsMade + 1 >= attempts);
  }
}
