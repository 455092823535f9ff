import { BadRequestException, HttpException, UnauthorizedException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '@ecampus/api/platform/auth';
import type { UserAccount } from '@ecampus/api/identity/accounts';
import type { Admission } from './attempt-limits';
import { IdentityService, type Accounts, type Devices, type Limits, type TokenSigner } from './identity.service';
import { refreshTokenHash } from './refresh-token';
import type { NewRefreshToken } from './sessions.repository';
import { REFRESH_REUSE_GRACE_SECONDS, SessionsService, type SessionQueries } from './sessions.service';

interface Row {
  userId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}
interface SessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  lastUsedAt: Date;
  endedAt: Date | null;
  userAgent: string | null;
}

/** In-memory auth_session + refresh_session with the same claim/end semantics as the SQL. */
class FakeSessions implements SessionQueries {
  rows: Row[] = [];
  sessions: SessionRow[] = [];
  async start(userId: string, userAgent: string | null, t: NewRefreshToken) {
    const id = randomUUID();
    this.sessions.push({ id, userId, createdAt: new Date(), lastUsedAt: new Date(), endedAt: null, userAgent });
    this.rows.push({ userId, familyId: id, ...t, usedAt: null, revokedAt: null });
    return id;
  }
  async rotate(hash: string, startedAfter: Date, graceSeconds: number, _ua: string | null, next: NewRefreshToken) {
    const usable = (x: Row) => !x.usedAt || x.usedAt.getTime() > Date.now() - graceSeconds * 1000;
    const r = this.rows.find((x) => x.tokenHash === hash && usable(x) && !x.revokedAt && x.expiresAt > new Date());
    const s = this.sessions.find((x) => x.id === r?.familyId && !x.endedAt && x.createdAt > startedAfter);
    if (!r || !s) return null;
    r.usedAt ??= new Date();
    this.rows.push({ userId: r.userId, familyId: r.familyId, ...next, usedAt: null, revokedAt: null });
    return { userId: r.userId, sessionId: s.id, createdAt: s.createdAt };
  }
  async findByHash(hash: string) {
    const r = this.rows.find((x) => x.tokenHash === hash);
    return r ? { userId: r.userId, sessionId: r.familyId, usedAt: r.usedAt, revokedAt: r.revokedAt } : null;
  }
  private endWhere(match: (s: SessionRow) => boolean) {
    const ended = this.sessions.filter((s) => !s.endedAt && match(s));
    for (const s of ended) s.endedAt = new Date();
    for (const r of this.rows.filter((x) => ended.some((s) => s.id === x.familyId) && !x.revokedAt)) r.revokedAt = new Date();
    return ended.map((s) => s.id);
  }
  async end(ids: string[]) {
    return this.endWhere((s) => ids.includes(s.id));
  }
  async endAllOf(userId: string, keep?: string) {
    return this.endWhere((s) => s.userId === userId && s.id !== keep);
  }
  async endOwn(userId: string, id: string) {
    return this.endWhere((s) => s.userId === userId && s.id === id).length > 0;
  }
  async listLive(userId: string) {
    return this.sessions.filter((s) => s.userId === userId && !s.endedAt);
  }
  async endedSince() {
    return [];
  }
  async isEnded(id: string) {
    return this.sessions.some((s) => s.id === id && s.endedAt);
  }
}

const ana: UserAccount = { id: '00000000-0000-4000-8000-000000000001', email: 'ana@example.org', displayName: 'Ana', isAdmin: false };
const admission = (deviceId: string | null = null): Admission => ({ reset: ['a'], refund: ['ip'], deviceId });

describe('IdentityService', () => {
  let sessions: FakeSessions;
  let endedEverywhere: string[];
  let service: IdentityService;
  let active: boolean;
  const fakeAccounts = () =>
    ({
      verifyCredentials: jest.fn(async (e: string, p: string) => (e === ana.email && p === 'richtig' ? ana : null)),
      findById: jest.fn(async (id: string): Promise<UserAccount | null> => (id === ana.id ? ana : null)),
      findActiveById: jest.fn(async (id: string): Promise<UserAccount | null> => (id === ana.id && active ? ana : null)),
      setPasswordWithToken: jest.fn(async () => ana),
      changePassword: jest.fn(async (_id: string, current: string) => {
        if (current !== 'richtig') throw new BadRequestException({ code: 'validation_failed', fields: { currentPassword: 'falsch' } });
      }),
      markSeen: jest.fn(async () => undefined),
    }) satisfies Accounts;
  let accounts: ReturnType<typeof fakeAccounts>;
  const fakeLimits = () =>
    ({
      admitLogin: jest.fn(async (_e: string, _ip: string, device: string | undefined) => admission(device === 'bekannt' ? 'd1' : null)),
      admitSetPassword: jest.fn(async () => admission()),
      admitPasswordChange: jest.fn(async () => admission()),
      succeeded: jest.fn(async () => undefined),
    }) satisfies Limits;
  let limits: ReturnType<typeof fakeLimits>;
  const origin = { ip: '192.0.2.1', userAgent: 'jest' };

  beforeEach(() => {
    sessions = new FakeSessions();
    endedEverywhere = [];
    active = true;
    accounts = fakeAccounts();
    limits = fakeLimits();
    const tokens: TokenSigner = {
      sign: async (u: AuthUser) => `access-for-${u.id}-${u.sessionId}`,
      verifySync: (token) => {
        const sessionId = /^access-for-.{36}-(.+)$/.exec(token ?? '')?.[1];
        if (!sessionId) throw new UnauthorizedException();
        return { ...ana, sessionId };
      },
    };
    const ended = { end: async (ids: string[]) => void endedEverywhere.push(...ids), useSource: () => undefined };
    const sessionService = new SessionsService(sessions, ended, { REFRESH_TOKEN_TTL_DAYS: 30, SESSION_ABSOLUTE_DAYS: 30 });
    const devices: Devices = { issue: (email: string) => `device-of-${email}` };
    service = new IdentityService(accounts, tokens, sessionService, limits, devices, { ACCESS_TOKEN_TTL_SECONDS: 900 });
  });

  it('logs in: access token of the new session, user, a refresh token stored only as its hash, a device cookie', async () => {
    const s = await service.login(ana.email, 'richtig', origin);
    const [session] = sessions.sessions;
    expect(s.body).toEqual({ accessToken: `access-for-${ana.id}-${session.id}`, expiresIn: 900, user: ana });
    expect(sessions.rows).toHaveLength(1);
    expect(sessions.rows[0].tokenHash).toBe(refreshTokenHash(s.refreshToken));
    expect(sessions.rows[0].tokenHash).not.toBe(s.refreshToken);
    expect(s.deviceCookie).toBe('device-of-ana@example.org');
    expect(limits.succeeded).toHaveBeenCalledTimes(1);
    expect(accounts.markSeen).toHaveBeenCalledWith(ana.id);
  });

  it('keeps the device cookie of a known device', async () => {
    expect((await service.login(ana.email, 'richtig', { ...origin, deviceCookie: 'bekannt' })).deviceCookie).toBeNull();
  });

  it('gives the same 401 invalid_credentials for unknown e-mail and wrong password; a failure stays counted', async () => {
    const a = await service.login('niemand@example.org', 'x', origin).catch((e) => e);
    const b = await service.login(ana.email, 'falsch', origin).catch((e) => e);
    expect(a).toBeInstanceOf(UnauthorizedException);
    expect(a.getResponse()).toEqual(b.getResponse());
    expect(a.getResponse()).toMatchObject({ code: 'invalid_credentials' });
    expect(limits.succeeded).not.toHaveBeenCalled();
  });

  it('does not check the password at all while the limits say wait', async () => {
    limits.admitLogin.mockRejectedValueOnce(new HttpException({ code: 'rate_limited' }, 429));
    await expect(service.login(ana.email, 'richtig', origin)).rejects.toBeInstanceOf(HttpException);
    expect(accounts.verifyCredentials).not.toHaveBeenCalled();
  });

  it('rotates within the session; re-use of a rotated token after the grace ends the whole session', async () => {
    const first = await service.login(ana.email, 'richtig', origin);
    const second = await service.refresh(first.refreshToken, null);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.accessToken).toBe(first.body.accessToken); // same session, same claims in this fake
    expect(new Set(sessions.rows.map((r) => r.familyId)).size).toBe(1);
    // Within the grace (a page load cut off mid-refresh), the rotated token works once more …
    const again = await service.refresh(first.refreshToken, null);
    expect(again.refreshToken).not.toBe(second.refreshToken);
    expect(endedEverywhere).toEqual([]);
    // … after it, presenting it is reuse.
    sessions.rows[0].usedAt = new Date(Date.now() - (REFRESH_REUSE_GRACE_SECONDS + 1) * 1000);
    await expect(service.refresh(first.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(service.refresh(second.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(sessions.rows.every((r) => r.revokedAt)).toBe(true);
    expect(endedEverywhere).toEqual([sessions.sessions[0].id]);
  });

  it('refuses a missing or unknown refresh token without touching sessions', async () => {
    await expect(service.refresh(undefined, null)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(service.refresh('erfunden', null)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(endedEverywhere).toEqual([]);
  });

  it('refuses to renew a session older than the absolute lifetime', async () => {
    const s = await service.login(ana.email, 'richtig', origin);
    sessions.sessions[0].createdAt = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await expect(service.refresh(s.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('ends the session on logout, by cookie or by access token, everywhere; idempotent', async () => {
    const s = await service.login(ana.email, 'richtig', origin);
    await service.logout(s.refreshToken, null);
    await service.logout(s.refreshToken, null);
    await service.logout(undefined, null);
    await expect(service.refresh(s.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(endedEverywhere).toEqual([sessions.sessions[0].id]);

    const t = await service.login(ana.email, 'richtig', origin);
    await service.logout(undefined, t.body.accessToken);
    expect(endedEverywhere).toEqual([sessions.sessions[0].id, sessions.sessions[1].id]);
    await service.logout(undefined, 'kein-token');
  });

  it('ends the session when the account is gone or deactivated', async () => {
    const s = await service.login(ana.email, 'richtig', origin);
    active = false;
    await expect(service.refresh(s.refreshToken, null)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(sessions.rows.every((r) => r.revokedAt)).toBe(true);
  });

  it('logs out everywhere; a password change ends every other session only', async () => {
    const here = await service.login(ana.email, 'richtig', origin);
    await service.login(ana.email, 'richtig', origin);
    await service.login(ana.email, 'richtig', origin);
    const caller = { ...ana, sessionId: sessions.sessions[0].id };
    await expect(service.changePassword(caller, { currentPassword: 'falsch', newPassword: 'x' })).rejects.toBeInstanceOf(
      BadRequestException,
    );
    expect(endedEverywhere).toEqual([]);
    await service.changePassword(caller, { currentPassword: 'richtig', newPassword: 'neu' });
    expect(endedEverywhere.sort()).toEqual([sessions.sessions[1].id, sessions.sessions[2].id].sort());
    await service.refresh(here.refreshToken, null);

    await service.logoutEverywhere(caller);
    expect(sessions.sessions.every((s) => s.endedAt)).toBe(true);
  });

  it('starts a session after setting the password through the link', async () => {
    const s = await service.setPassword('tok', 'neues-passwort', origin);
    expect(limits.admitSetPassword).toHaveBeenCalledWith('192.0.2.1', 'tok');
    expect(accounts.setPasswordWithToken).toHaveBeenCalledWith('tok', 'neues-passwort');
    expect(s.body.user).toEqual(ana);
  });
});
