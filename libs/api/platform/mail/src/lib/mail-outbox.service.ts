import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { enqueueOutboxJob, InjectQueue, QueueName, runAfterCommit, type Queue } from '@ecampus/api/platform/queue';
import { MailOutboxRepository } from './mail-outbox.repository';
import { SendMailJob } from './jobs/send-mail.job';
import type { OutboxMail, OutboxMailQuery, OutgoingMail } from './mail.types';

/**
 * Producer side of mail: a row in `mail_outbox` first (in the caller's transaction when given),
 * then the `SendMailJob` with the row id as job id. If the enqueue is lost, the worker's
 * reconciler picks the pending row up.
 */
@Injectable()
export class MailOutboxService {
  private readonly logger = new Logger(MailOutboxService.name);

  constructor(
    private readonly outbox: MailOutboxRepository,
    @InjectQueue(QueueName.Mail) private readonly queue: Queue,
  ) {}

  async enqueue(mail: OutgoingMail, manager?: EntityManager): Promise<{ id: string }> {
    const id = await this.outbox.insert(mail, manager);
    // Inside a transaction the job waits for the commit: the worker must find the row.
    await runAfterCommit(manager, () => enqueueOutboxJob(this.queue, SendMailJob, { mailId: id }, id, this.logger));
    return { id };
  }

  /** Outbox rows matching the query, newest first (tests and support tools). */
  async findOutboxMail(query: OutboxMailQuery): Promise<OutboxMail[]> {
    return this.outbox.find(query);
  }
}
