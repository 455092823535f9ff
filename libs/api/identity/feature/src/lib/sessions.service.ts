import { Inject, Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { EndedSessions, type AuthUser } from '@ecampus/api/platform/auth';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { ErrorCode, t, type Session } from '@ecampus/shared/contracts';
import { deviceName } from './device-name';
import { newRefreshToken, refreshTokenHash } from './refresh-token';
import { SessionsRepository, type ClaimedSession, type KnownRefreshToken } from './sessions.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long a rotated refresh token may still be presented (decision 018, addendum): long enough
 * for a page load that was cut off mid-refresh or a second tab, short enough that a token copied
 * later is reuse and ends the session.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 30;

/** A session's refresh token as the cookie gets it. */
export interface RefreshCookie {
  sessionId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export type SessionQueries = Pick<
  SessionsRepository,
  'start' | 'rotate' | 'findByHash' | 'end' | 'endAllOf' | 'endOwn' | 'listLive' | 'endedSince' | 'isEnded'
>;
export type SessionsConfig = Pick<AppConfig, 'REFRESH_TOKEN_TTL_DAYS' | 'SESSION_ABSOLUTE_DAYS'>;

const sessionNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t('Diese Sitzung gibt es nicht (mehr).', 'This session does not exist (any more).'),
  });

/**
 * Sessions: one login on one device, renewed with rotating refresh tokens, over after
 * REFRESH_TOKEN_TTL_DAYS unused or SESSION_ABSOLUTE_DAYS after login. Ending a session ends it in
 * PostgreSQL (no renewal) and in the Redis list every process checks (its access tokens and
 * sockets, at once).
 */
@Injectable()
export class SessionsService implements OnModuleInit {
  constructor(
    @Inject(SessionsRepository) private readonly repo: SessionQueries,
    @Inject(EndedSessions) private readonly ended: Pick<EndedSessions, 'end' | 'useSource'>,
    @InjectConfig() private readonly config: SessionsConfig,
  ) {}

  /** After a Redis flush, the list of ended sessions is rebuilt from here. */
  onModuleInit(): void {
    this.ended.useSource({ endedSince: (since) => this.repo.endedSince(since), isEnded: (id) => this.repo.isEnded(id) });
  }

  async start(userId: string, userAgent: string | null): Promise<RefreshCookie> {
    const refreshToken = newRefreshToken();
    const now = new Date();
    const refreshExpiresAt = this.refreshExpiry(now, now);
    const sessionId = await this.repo.start(userId, userAgent, { tokenHash: refreshTokenHash(refreshToken), expiresAt: refreshExpiresAt });
    return { sessionId, refreshToken, refreshExpiresAt };
  }

  /** The next refresh token of a live session, or null (and what is known about the token presented). */
  async rotate(
    token: string,
    userAgent: string | null,
  ): Promise<{ claimed: ClaimedSession; cookie: RefreshCookie } | { claimed: null; known: KnownRefreshToken | null }> {
    const hash = refreshTokenHash(token);
    const refreshToken = newRefreshToken();
    const now = new Date();
    const startedAfter = new Date(now.getTime() - this.config.SESSION_ABSOLUTE_DAYS * DAY_MS);
    // The successor's expiry needs the session's start; at most the idle lifetime, fixed below.
    const idleExpiry = this.refreshExpiry(now, now);
    const claimed = await this.repo.rotate(hash, startedAfter, REFRESH_REUSE_GRACE_SECONDS, userAgent, {
      tokenHash: refreshTokenHash(refreshToken),
      expiresAt: idleExpiry,
    });
    if (!claimed) return { claimed: null, known: await this.repo.findByHash(hash) };
    return {
      claimed,
      cookie: { sessionId: claimed.sessionId, refreshToken, refreshExpiresAt: this.refreshExpiry(now, claimed.createdAt) },
    };
  }

  /** The session a refresh token belongs to (used or not), or null. */
  async sessionOf(token: string): Promise<string | null> {
    return (await this.repo.findByHash(refreshTokenHash(token)))?.sessionId ?? null;
  }

  /** Ends these sessions everywhere; the ones that were live. */
  async end(sessionIds: string[]): Promise<string[]> {
    return this.announce(await this.repo.end(sessionIds));
  }

  /** "Log out everywhere", deactivation. */
  async endAll(userId: string): Promise<string[]> {
    return this.announce(await this.repo.endAllOf(userId));
  }

  /** After a password change: every session but the one that changed it. */
  async endOthers(caller: AuthUser): Promise<string[]> {
    return this.announce(await this.repo.endAllOf(caller.id, caller.sessionId));
  }

  /** One of her own sessions (404 for anything else). */
  async endOwn(caller: AuthUser, sessionId: string): Promise<void> {
    if (!(await this.repo.endOwn(caller.id, sessionId))) throw sessionNotFound();
    await this.announce([sessionId]);
  }

  /** Her sessions that can still be renewed, the current one marked. */
  async list(caller: AuthUser): Promise<Session[]> {
    const now = Date.now();
    const rows = await this.repo.listLive(
      caller.id,
      new Date(now - this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS),
      new Date(now - this.config.SESSION_ABSOLUTE_DAYS * DAY_MS),
    );
    return rows.map((s) => ({
      id: s.id,
      device: deviceName(s.userAgent),
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      current: s.id === caller.sessionId,
    }));
  }

  private async announce(sessionIds: string[]): Promise<string[]> {
    await this.ended.end(sessionIds);
    return sessionIds;
  }

  /** A refresh token lives REFRESH_TOKEN_TTL_DAYS, never beyond the session's absolute end. */
  private refreshExpiry(now: Date, sessionStart: Date): Date {
    const idle = now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS;
    const absolute = sessionStart.getTime() + this.config.SESSION_ABSOLUTE_DAYS * DAY_MS;
    return new Date(Math.min(idle, absolute));
  }
}
