import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { messageIdFor, type MailMessage, type MailTransport } from './mail-transport';

/** `20270312T091500123Z` — sortable and safe in file names. */
const fileStamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');

/**
 * Development transport: renders the real RFC 822 message (nodemailer's stream transport, so
 * encoding of umlauts and multipart html are exactly what SMTP would send), writes it to
 * `<MAIL_DIR>/<timestamp>-<id>.eml` and logs recipient, subject and text.
 */
export class LogMailTransport implements MailTransport {
  private readonly logger = new Logger('Mail');
  private readonly renderer: Transporter;

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {
    this.renderer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.renderer.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
      messageId: messageIdFor(message.id),
    });
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `${fileStamp(new Date())}-${message.id}.eml`);
    await writeFile(file, info.message as Buffer);
    this.logger.log(`Mail an ${message.to}: "${message.subject}" → ${file}\n${message.text}`);
  }
}
