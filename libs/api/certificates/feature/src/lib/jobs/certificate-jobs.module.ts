import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NoticesModule } from '@ecampus/api/notifications/notices';
import { MailModule } from '@ecampus/api/platform/mail';
import { QueueModule, QueueName } from '@ecampus/api/platform/queue';
import { RealtimeEmitterModule } from '@ecampus/api/platform/realtime';
import { StorageModule } from '@ecampus/api/platform/storage';
import { CERTIFICATES_ENTITIES } from '../entities';
import { IssuerImages } from '../issuer/issuer-images';
import { IssuingRepository } from '../issuing/issuing.repository';
import { CertificatePdfRenderer } from '../pdf/certificate-pdf';
import { CertificateOutboxSource } from './certificate-outbox.source';
import { CertificateRenderer } from './certificate-renderer';
import { CertificatesQueueProcessor } from './certificates-queue.processor';
import { RenderCertificateJob } from './render-certificate.job';

/**
 * Worker side of certificates (apps/worker): the `certificates` queue's processor, the outbox
 * source its reconciler re-enqueues pending certificates from, the PDF renderer (fonts loaded once
 * per process, when the module starts), notifications' NoticeWriter for the holder's in-app notice.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(CERTIFICATES_ENTITIES),
    QueueModule.registerQueue(QueueName.Certificates),
    StorageModule,
    MailModule,
    NoticesModule,
    RealtimeEmitterModule,
  ],
  providers: [
    IssuingRepository,
    IssuerImages,
    { provide: CertificatePdfRenderer, useFactory: () => new CertificatePdfRenderer() },
    CertificateRenderer,
    RenderCertificateJob,
    CertificatesQueueProcessor,
    CertificateOutboxSource,
  ],
})
export class CertificateJobsModule {}
