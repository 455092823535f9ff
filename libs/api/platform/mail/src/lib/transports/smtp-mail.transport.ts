import { createTransport, type Transporter } from 'nodemailer';
import { messageIdFor, type MailMessage, type MailTransport } from './mail-transport';

/** Production transport: `SMTP_URL` (smtp:// or smtps://user:pass@host:port), sender `MAIL_FROM`. */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transporter = createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
      messageId: messageIdFor(message.id),
    });
  }

  close(): void {
    this.transporter.close();
  }
}
