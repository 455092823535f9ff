import { Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@ecampus/api/platform/config';
import { QueueModule, QueueName } from '@ecampus/api/platform/queue';
import { MailOutboxEntity } from './entities/mail-outbox.entity';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailOutboxService } from './mail-outbox.service';
import { MailSenderService } from './mail-sender.service';
import { SendMailJob } from './jobs/send-mail.job';
import { MailOutboxSource } from './mail-outbox.source';
import { MailQueueProcessor } from './mail-queue.processor';
import { MAIL_TRANSPORT, type MailTransport } from './transports/mail-transport';
import { LogMailTransport } from './transports/log-mail.transport';
import { SmtpMailTransport } from './transports/smtp-mail.transport';

/** Producer side (API): `MailOutboxService.enqueue(...)`. */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntity]), QueueModule.registerQueue(QueueName.Mail)],
  providers: [MailOutboxRepository, MailOutboxService],
  exports: [MailOutboxService],
})
export class MailModule {}

export function createMailTransport(config: AppConfig): MailTransport {
  if (config.MAIL_TRANSPORT === 'smtp') {
    // The config schema already refuses smtp without SMTP_URL.
    return new SmtpMailTransport(config.SMTP_URL as string, config.MAIL_FROM);
  }
  // Links in logs and .eml files only where NODE_ENV says development: never on a server.
  return new LogMailTransport(config.MAIL_DIR, config.MAIL_FROM, config.NODE_ENV === 'development');
}

/** Worker side: processor, transport and the outbox source for the reconciler. */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntity]), QueueModule.registerQueue(QueueName.Mail)],
  providers: [
    MailOutboxRepository,
    MailOutboxService,
    MailSenderService,
    SendMailJob,
    MailOutboxSource,
    MailQueueProcessor,
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: createMailTransport },
  ],
  exports: [MailOutboxService],
})
export class MailJobsModule implements OnApplicationShutdown {
  constructor(@Inject(MAIL_TRANSPORT) private readonly transport: MailTransport) {}

  onApplicationShutdown(): void {
    this.transport.close?.();
  }
}
