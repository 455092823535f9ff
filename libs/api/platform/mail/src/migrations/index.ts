import { MailOutbox1700000003000 } from './1700000003000-mail-outbox';
import { MailOutboxSecret1700000007400 } from './1700000007400-mail-outbox-secret';

/** The mail outbox table. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const MAIL_MIGRATIONS = [MailOutbox1700000003000, MailOutboxSecret1700000007400];
