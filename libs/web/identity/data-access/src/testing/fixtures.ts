import type { Account, Session, User } from '@ecampus/shared/contracts';

/** Contract-typed sample data for the unit tests of the identity libraries. */
export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: '3f1f8a52-7c1e-4a57-9a0e-2c5d9b0c1a11',
    email: 'koordination@ecampus.example',
    displayName: 'Katrin Koordination',
    isAdmin: false,
    ...overrides,
  };
}

export function anAccount(overrides: Partial<Account> = {}): Account {
  return {
    ...aUser(),
    active: true,
    status: 'active',
    createdAt: '2026-10-01T10:00:00.000Z',
    lastSeenAt: null,
    ...overrides,
  };
}

export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 's1',
    device: 'Firefox auf Linux',
    createdAt: '2026-11-01T08:00:00.000Z',
    lastUsedAt: '2026-11-20T08:00:00.000Z',
    current: false,
    ...overrides,
  };
}
