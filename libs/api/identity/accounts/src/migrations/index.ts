import { PasswordToken1700000001000 } from './1700000001000-password-token';

/** Identity's migrations. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const IDENTITY_MIGRATIONS = [PasswordToken1700000001000];
