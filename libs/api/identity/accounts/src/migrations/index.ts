import { PasswordToken1700000001000 } from './1700000001000-password-token';
import { AccountStatus1700000007110 } from './1700000007110-account-status';

/** Identity's account migrations. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const IDENTITY_MIGRATIONS = [PasswordToken1700000001000, AccountStatus1700000007110];
