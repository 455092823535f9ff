/** A mail ready to leave: the outbox row's content plus its id (used as Message-ID). */
export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** The same mail without its secret (links in it read `[entfernt]`): what a log may show. */
  redacted: { text: string; html: string | null };
}

/** Delivers one message or throws. Chosen by MAIL_TRANSPORT. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close?(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** A stable Message-ID per outbox row: a resend after a crash is recognisable as the same mail. */
export const messageIdFor = (id: string) => `<${id}@ecampus.mail>`;
