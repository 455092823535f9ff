import { Inject, Injectable, Logger } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MAIL_TRANSPORT, type MailTransport } from './transports/mail-transport';

export type SendOutcome = 'sent' | 'already-sent' | 'already-failed';

/** Thrown while the outbox row is not visible yet, so BullMQ retries with backoff. */
export class MailNotFoundError extends Error {
  constructor(id: string) {
    super(`Mail ${id} nicht im Postausgang`);
    this.name = 'MailNotFoundError';
  }
}

/** Worker side: delivers one outbox row through the configured transport and records the result. */
@Injectable()
export class MailSenderService {
  private readonly logger = new Logger(MailSenderService.name);

  constructor(
    @Inject(MailOutboxRepository)
    private readonly outbox: Pick<MailOutboxRepository, 'findById' | 'recordAttempt' | 'recordFailure' | 'markSent'>,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  /**
   * @param finalAttempt whether a failure now marks the row `failed` (no retry follows).
   * At-least-once: a crash between transport and `markSent` resends once; the Message-ID stays the same.
   */
  async send(id: string, finalAttempt: boolean): Promise<SendOutcome> {
    const mail = await this.outbox.findById(id);
    if (!mail) throw new MailNotFoundError(id);
    if (mail.status === 'sent') return 'already-sent';
    if (mail.status === 'failed') return 'already-failed';
    await this.outbox.recordAttempt(id);
    try {
      await this.transport.send({ id: mail.id, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    } catch (e) {
      const message = (e as Error).message;
      await this.outbox.recordFailure(id, message, finalAttempt);
      this.logger.warn(`Mail ${id} an ${mail.to} nicht zugestellt${finalAttempt ? ' (endgültig)' : ''}: ${message}`);
      throw e;
    }
    await this.outbox.markSent(id, new Date());
    return 'sent';
  }
}
