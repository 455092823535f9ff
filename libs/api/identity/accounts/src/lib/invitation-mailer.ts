import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import { renderInvitationMail, type InvitationMailInput } from './invitation-mail';

/**
 * Puts the invitation into the mail outbox (in the caller's transaction); the worker delivers it.
 * The set-password link is the mail's secret: the outbox keeps the mail without it once sent.
 */
@Injectable()
export class InvitationMailer {
  constructor(private readonly outbox: MailOutboxService) {}

  async sendInvitation(input: InvitationMailInput, manager?: EntityManager): Promise<void> {
    await this.outbox.enqueue({ ...renderInvitationMail(input), kind: 'invitation', secret: input.link }, manager);
  }
}
