import { Notifications1796000001600 } from './1796000001600-notifications';

/** Notifications' migrations. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const NOTIFICATIONS_MIGRATIONS = [Notifications1796000001600];
