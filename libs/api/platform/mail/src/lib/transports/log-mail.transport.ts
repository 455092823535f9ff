import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { messageIdFor, type MailMessage, type MailTransport } from './mail-transport';

/** `20270312T091500123Z` — sortable and safe in file names. */
const fileStamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');

/**
 * The transport of `MAIL_TRANSPORT=log`: nothing is sent. In development (`revealSecrets`) it renders
 * the real RFC 822 message (nodemailer's stream transport, so encoding of umlauts and multipart html
 * are exactly what SMTP would send), writes it to `<MAIL_DIR>/<timestamp>-<id>.eml` and logs
 * recipient, subject and text — links included, so a developer can follow them. Anywhere else it
 * writes no file and logs the mail without its secret (`[entfernt]`): logs of a server are read by
 * more people than the mail's recipient.
 */
export class LogMailTransport implements MailTransport {
  private readonly logger = new Logger('Mail');
  private readonly renderer: Transporter;

  constructor(
    private readonly dir: string,
    private readonly from: string,
    private readonly revealSecrets: boolean,
  ) {
    this.renderer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.revealSecrets) {
      this.logger.log(
        `Mail an ${message.to}: "${message.subject}" (MAIL_TRANSPORT=log: nicht versandt, Links entfernt)\n${message.redacted.text}`,
      );
      return;
    }
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
