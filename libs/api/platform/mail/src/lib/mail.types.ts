/** What a caller asks to send. `kind` names the template/purpose (e.g. `invitation`) for tracing. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
}

/** A row of the outbox as tests and admin tools see it. */
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
