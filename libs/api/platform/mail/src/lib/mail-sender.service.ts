import { Inject, Injectable, Logger } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository';
import { withoutSecret } from './mail-secret';
import { MAIL_TRANSPORT, type MailTransport } from './transports/mail-transport';

export type SendOutcome = 'sent' | 'already-sent' | 'already-failed';

/** Thrown while the outbox row is not visible yet, so BullMQ retries with backoff. */
export class MailNotFoundError extends Error {
  constructor(id: string) {
    super(`Mail ${id} nicht im Postausgang`);
    this.name = 'MailNotFoundError';
  }
}

/**
 * Worker side: delivers one outbox row through the configured transport and records the result.
 * A mail's secret (its one-time link) lives in the row only until the mail has left or was given up.
 */
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
    const secret = mail.secret ?? null;
    const redacted = { text: withoutSecret(mail.text, secret), html: withoutSecret(mail.html, secret) };
    try {
      await this.transport.send({ id: mail.id, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, redacted });
    } catch (e) {
      const message = withoutSecret((e as Error).message, secret);
      await this.outbox.recordFailure(id, message, finalAttempt, secret ? redacted : undefined);
      this.logger.warn(`Mail ${id} an ${mail.to} nicht zugestellt${finalAttempt ? ' (endgültig)' : ''}: ${message}`);
      throw e;
    }
    // The link has left: the row keeps the mail without it.
    await this.outbox.markSent(id, new Date(), secret ? redacted : undefined);
    return 'sent';
  }
}
