import { Init1700000000000 } from './1700000000000-init';

/**
 * The platform's migrations. Init predates the domain homes and also creates identity's first
 * tables (app_user, refresh_session): a shipped migration is never edited or split.
 */
export const DATABASE_MIGRATIONS = [Init1700000000000];
