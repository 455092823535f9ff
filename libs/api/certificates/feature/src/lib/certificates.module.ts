import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgressReadModule } from '@ecampus/api/curriculum/progress';
import { AttendanceReadModule } from '@ecampus/api/live/attendance';
import { QueueModule, QueueName } from '@ecampus/api/platform/queue';
import { StorageModule } from '@ecampus/api/platform/storage';
import { ProgramAccessModule } from '@ecampus/api/programs/access';
import { CERTIFICATES_ENTITIES } from './entities';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CERTIFICATES_CLOCK, CertificatesService } from './certificates.service';
import { IssuerController } from './issuer/issuer.controller';
import { IssuerService } from './issuer/issuer.service';
import { CertificatesIssuedController, ProgramCertificatesController } from './issuing/issuing.controller';
import { IssuingRepository } from './issuing/issuing.repository';
import { IssuingService } from './issuing/issuing.service';
import { VerifyController } from './verify/verify.controller';
import { VerifyService } from './verify/verify.service';
import { VerifyThrottle } from './verify/verify-throttle';

/**
 * Certificates, the API's side (README.md): criteria, eligibility, the allow/block list, the issuer
 * with its logo and signature images, issuing
 * (batches into the `certificates` queue; the worker's CertificateJobsModule renders), downloads,
 * revocation and the public verification.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(CERTIFICATES_ENTITIES),
    ProgramAccessModule,
    ProgressReadModule,
    AttendanceReadModule,
    QueueModule.registerQueue(QueueName.Certificates),
    StorageModule,
  ],
  controllers: [CertificatesController, IssuerController, ProgramCertificatesController, CertificatesIssuedController, VerifyController],
  providers: [
    CertificatesRepository,
    CertificatesService,
    IssuerService,
    { provide: CERTIFICATES_CLOCK, useValue: { now: () => new Date() } },
    IssuingRepository,
    IssuingService,
    VerifyService,
    VerifyThrottle,
  ],
  exports: [CertificatesService],
})
export class CertificatesModule {}
