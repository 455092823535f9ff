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
