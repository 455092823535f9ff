import type { UserAccountEntity } from './user-account.entity';

/** What other features get to see of an account: never the password hash. */
export interface UserAccount {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
}

export function toUserAccount(e: Pick<UserAccountEntity, 'id' | 'email' | 'displayName' | 'isAdmin'>): UserAccount {
  return { id: e.id, email: e.email, displayName: e.displayName, isAdmin: e.isAdmin };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** PostgreSQL rejects a malformed uuid with an error; callers treat it as "not found" instead. */
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
