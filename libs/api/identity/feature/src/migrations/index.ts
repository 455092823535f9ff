import { AuthSession1700000007120 } from './1700000007120-auth-session';

/** Sessions' migrations (identity's feature). Listed in the app's migration list (apps/api/src/migrations.ts). */
export const IDENTITY_SESSION_MIGRATIONS = [AuthSession1700000007120];
