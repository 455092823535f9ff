/** What a caller asks to send. `kind` names the template/purpose (e.g. `invitation`) for tracing. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  /**
   * A live credential that text/html contain (e.g. the one-time set-password link). It stays in the
   * outbox only while the mail is pending; once sent (or given up), text and html keep
   * `[entfernt]` in its place, and outside development the log transport never shows it.
   */
  secret?: string;
}

/** A row of the outbox as tests and admin tools see it (a sent mail's text without its secret). */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  kind: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxMailQuery {
  id?: string;
  to?: string;
  kind?: string;
}
