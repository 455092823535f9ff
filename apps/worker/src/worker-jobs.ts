import { CertificateJobsModule } from '@ecampus/api/certificates/feature';
import { CurriculumJobsModule } from '@ecampus/api/curriculum/feature';
import { HealthJobsModule } from '@ecampus/api/platform/health';
import { LiveJobsModule } from '@ecampus/api/live/feature';
import { MailJobsModule } from '@ecampus/api/platform/mail';

/**
 * Every job module of the worker process (BullMQ processors only, no HTTP). The platform around
 * them (config, logs, database, queues) comes from `createWorkerApplication`. A new domain adds its
 * `XJobsModule` here; the API imports the producer side (`XModule`) instead.
 */
export const WORKER_JOBS = [HealthJobsModule, MailJobsModule, CurriculumJobsModule, LiveJobsModule, CertificateJobsModule];
