import { UnauthorizedException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { UserAccount } from '@ecampus/api/identity/accounts';
import type { RefreshSessionEntity } from './entities/refresh-session.entity';
import { IdentityService, type Accounts, type SessionQueries, type TokenSigner } from './identity.service';
import type { ClaimedSession, NewRefreshSession } from './refresh-session.repository';
import { refreshTokenHash } from './refresh-token';

/** In-memory refresh_session with the same claim/revoke semantics as the SQL. */
class FakeSessions implements SessionQueries {
  rows: RefreshSessionEntity[] = [];
  async insert(s: NewRefreshSession) {
    this.rows.push({ ...s, id: randomUUID(), createdAt: new Date(), usedAt: null, revokedAt: null });
  }
  async rotate(hash: string, next: (c: ClaimedSession) => NewRefreshSession) {
    const r = this.rows.find((x) => x.tokenHash === hash && !x.usedAt && !x.revokedAt && x.expiresAt > new Date());
    if (!r) return null;
    r.usedAt = new Date();
    const claimed = { userId: r.userId, familyId: r.familyId };
    await this.insert(next(claimed));
    return claimed;
  }
  async findByHash(hash: string) {
    return this.rows.find((x) => x.tokenHash === hash) ?? null;
  }
  async revokeFamily(familyId: string) {
    const live = this.rows.filter((x) => x.familyId === familyId && !x.revokedAt);
    live.forEach((x) => (x.revokedAt = new Date()));
    return live.length;
  }
}

const ana: UserAccount = { id: '00000000-0000-4000-8000-000000000001', email: 'ana@example.org', displayName: 'Ana', isAdmin: false };

describe('IdentityService', () => {
  let sessions: FakeSessions;
  let service: IdentityService;
  const fakeAccounts = () =>
    ({
      verifyCredentials: jest.fn(async (e: string, p: string) => (e === ana.email && p === 'richtig' ? ana : null)),
      findById: jest.fn(async (id: string): Promise<UserAccount | null> => (id === ana.id ? ana : null)),
      setPasswordWithToken: jest.fn(async () => ana),
    }) satisfies Accounts;
  let accounts: ReturnType<typeof fakeAccounts>;

  beforeEach(() => {
    sessions = new FakeSessions();
    accounts = fakeAccounts();
    const tokens: TokenSigner = { sign: async (u: { id: string }) => `access-for-${u.id}` };
    service = new IdentityService(accounts, tokens, sessions, { ACCESS_TOKEN_TTL_SECONDS: 900, REFRESH_TOKEN_TTL_DAYS: 30 });
  });

  it('logs in: access token, user, and a refresh token stored only as its hash', async () => {
    const s = await service.login(ana.email, 'richtig', 'jest');
    expect(s.body).toEqual({ accessToken: `access-for-${ana.id}`, expiresIn: 900, user: ana });
    expect(sessions.rows).toHaveLength(1);
    expect(sessions.rows[0].tokenHash).toBe(refreshTokenHash(s.refreshToken));
    expect(sessions.rows[0].tokenHash).not.toBe(s.refreshToken);
  });

  it('gives the same 401 invalid_credentials for unknown e-mail and wrong password', async () => {
    const a = await service.login('niemand@example.org', 'x', null).catch((e) => e);
    const b = await service.login(ana.email, 'falsch', null).catch((e) => e);
    expect(a).toBeInstanceOf(UnauthorizedException);
    expect(a.getResponse()).toEqual(b.getResponse());
    expect(a.getResponse()).toMatchObject({ code: 'invalid_credentials' });
  });

  it('rotates within the family; re-use of a rotated token revokes the whole family', async () => {
    const first = await service.login(ana.email, 'richtig', null);
    const second = await service.refresh(first.refreshToken, null);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(new Set(sessions.rows.map((r) => r.familyId)).size).toBe(1);
    await expect(service.refresh(first.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(service.refresh(second.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(sessions.rows.every((r) => r.revokedAt)).toBe(true);
  });

  it('refuses a missing or unknown refresh token without touching sessions', async () => {
    await expect(service.refresh(undefined, null)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(service.refresh('erfunden', null)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('ends the family on logout and is idempotent', async () => {
    const s = await service.login(ana.email, 'richtig', null);
    await service.logout(s.refreshToken);
    await service.logout(s.refreshToken);
    await service.logout(undefined);
    await expect(service.refresh(s.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('revokes the family when the account is gone', async () => {
    const s = await service.login(ana.email, 'richtig', null);
    accounts.findById.mockResolvedValue(null);
    await expect(service.refresh(s.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(sessions.rows.every((r) => r.revokedAt)).toBe(true);
  });

  it('starts a session after setting the password through the link', async () => {
    const s = await service.setPassword('tok', 'neues-passwort', null);
    expect(accounts.setPasswordWithToken).toHaveBeenCalledWith('tok', 'neues-passwort');
    expect(s.body.user).toEqual(ana);
  });
});
