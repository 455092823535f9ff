import { DATABASE_MIGRATIONS, orderMigrations } from '@ecampus/api/platform/database';
import { MAIL_MIGRATIONS } from '@ecampus/api/platform/mail';
import { IDENTITY_MIGRATIONS } from '@ecampus/api/identity/accounts';
import { IDENTITY_SESSION_MIGRATIONS } from '@ecampus/api/identity/feature';
import { PROGRAMS_MIGRATIONS } from '@ecampus/api/programs/feature';
import { CURRICULUM_MIGRATIONS } from '@ecampus/api/curriculum/feature';
import { LIVE_MIGRATIONS } from '@ecampus/api/live/feature';
import { CERTIFICATES_MIGRATIONS } from '@ecampus/api/certificates/feature';
import { NOTIFICATIONS_MIGRATIONS } from '@ecampus/api/notifications/feature';

/**
 * Every migration of every library, as one ordered history. Listed explicitly (not globbed) so the
 * bundled migrate entry point runs exactly this set; `migrations.spec.ts` fails when a library's
 * `src/migrations/` holds one that is missing here. Never edit a migration that has shipped.
 */
export const MIGRATIONS = orderMigrations([
  ...DATABASE_MIGRATIONS,
  ...MAIL_MIGRATIONS,
  ...IDENTITY_MIGRATIONS,
  ...IDENTITY_SESSION_MIGRATIONS,
  ...PROGRAMS_MIGRATIONS,
  ...CURRICULUM_MIGRATIONS,
  ...LIVE_MIGRATIONS,
  ...CERTIFICATES_MIGRATIONS,
  ...NOTIFICATIONS_MIGRATIONS,
]);
