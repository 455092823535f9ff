import { Injectable } from '@nestjs/common';
import { OutboxSource, QueueName, type OutboxSourceProvider } from '@ecampus/api/platform/queue';
import { MailOutboxRepository } from './mail-outbox.repository';
import { SendMailJob, type SendMailJobData } from './jobs/send-mail.job';

/** Lets the worker's reconciler re-enqueue pending mails whose job was lost. */
@Injectable()
@OutboxSource({ queue: QueueName.Mail, job: SendMailJob })
export class MailOutboxSource implements OutboxSourceProvider<SendMailJobData> {
  constructor(private readonly outbox: MailOutboxRepository) {}

  findPendingIds(olderThan: Date, limit: number): Promise<string[]> {
    return this.outbox.findPendingIds(olderThan, limit);
  }

  jobData(id: string): SendMailJobData {
    return { mailId: id };
  }
}
