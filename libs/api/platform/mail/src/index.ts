export * from './lib/mail.types';
export * from './lib/mail-outbox.service';
export * from './lib/mail.module';
export { SendMailJob, type SendMailJobData } from './lib/jobs/send-mail.job';
export { MailOutboxEntity } from './lib/entities/mail-outbox.entity';
export * from './migrations';
export { MAIL_TRANSPORT, type MailTransport, type MailMessage } from './lib/transports/mail-transport';
export { REDACTED_SECRET } from './lib/mail-secret';
