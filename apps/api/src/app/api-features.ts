import { HealthModule } from '@ecampus/api/platform/health';
import { IdentityModule } from '@ecampus/api/identity/feature';
import { ProgramsModule } from '@ecampus/api/programs/feature';
import { CurriculumModule } from '@ecampus/api/curriculum/feature';
import { LiveModule } from '@ecampus/api/live/feature';
import { CertificatesModule } from '@ecampus/api/certificates/feature';
import { NotificationsModule } from '@ecampus/api/notifications/feature';

/**
 * Every HTTP feature of the API process. The platform around them (config, database, queues, auth,
 * realtime, the HTTP edge) comes from `@ecampus/api/platform/http`. A new domain adds its module here.
 */
export const API_FEATURES = [
  HealthModule,
  IdentityModule,
  ProgramsModule,
  CurriculumModule,
  LiveModule,
  CertificatesModule,
  NotificationsModule,
];
