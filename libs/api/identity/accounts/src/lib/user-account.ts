import type { Account, AccountStatus } from '@ecampus/shared/contracts';
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

export function accountStatus(e: Pick<UserAccountEntity, 'active' | 'passwordHash'>): AccountStatus {
  if (!e.active) return 'deactivated';
  return e.passwordHash === null ? 'invited' : 'active';
}

/** What an admin sees of an account (`GET /api/users`). */
export function toAccount(e: UserAccountEntity): Account {
  return {
    ...toUserAccount(e),
    active: e.active,
    status: accountStatus(e),
    createdAt: e.createdAt.toISOString(),
    lastSeenAt: e.lastSeenAt?.toISOString() ?? null,
  };
}
