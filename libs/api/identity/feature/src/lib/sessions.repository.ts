import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isId } from '@ecampus/shared/contracts';
import { AuthSessionEntity } from './entities/auth-session.entity';
import { RefreshSessionEntity } from './entities/refresh-session.entity';

/** A refresh token to store (only its hash). */
export interface NewRefreshToken {
  tokenHash: string;
  expiresAt: Date;
}

/** The session a rotated token belongs to. */
export interface ClaimedSession {
  userId: string;
  sessionId: string;
  createdAt: Date;
}

/** What is known about a presented refresh token (for reuse detection). */
export interface KnownRefreshToken {
  userId: string;
  sessionId: string;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** Thrown inside a transaction to roll it back and answer "not claimed". */
class NotClaimed extends Error {}

// TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affectedCount].
type Returning<T> = [T[], number];

/**
 * The only place that queries auth_session and refresh_session. Lock order, everywhere: the
 * auth_session row first, then refresh_session rows — so rotating and ending one session at the
 * same time wait for each other instead of deadlocking, and a rotation never outlives an end.
 */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new session with its first refresh token; its id. */
  async start(userId: string, userAgent: string | null, token: NewRefreshToken): Promise<string> {
    return this.db.transaction(async (em) => {
      const [created]: { id: string }[] = await em.query(`INSERT INTO auth_session (user_id, user_agent) VALUES ($1, $2) RETURNING id`, [
        userId,
        userAgent,
      ]);
      await em.getRepository(RefreshSessionEntity).insert({ userId, familyId: created.id, ...token, userAgent });
      return created.id;
    });
  }

  /**
   * Marks a live token used and stores its successor, in one transaction; `null` when the token is
   * unknown, revoked or expired, used more than `graceSeconds` ago, or its session ended or started
   * before `startedAfter` (the absolute lifetime). A token used within the grace may be rotated
   * again (another successor; its first use keeps the clock): the browser that lost the first answer
   * (an aborted page load, two tabs starting at once) keeps its session. The row lock of the UPDATE
   * makes concurrent rotations of one token wait for each other.
   */
  async rotate(
    tokenHash: string,
    startedAfter: Date,
    graceSeconds: number,
    userAgent: string | null,
    next: NewRefreshToken,
  ): Promise<ClaimedSession | null> {
    try {
      return await this.db.transaction(async (em) => {
        const [token]: { family_id: string }[] = await em.query(`SELECT family_id FROM refresh_session WHERE token_hash = $1`, [tokenHash]);
        if (!token) return null;
        const [sessions]: Returning<{ user_id: string; created_at: Date }> = await em.query(
          `UPDATE auth_session SET last_used_at = now(), user_agent = COALESCE($3, user_agent)
            WHERE id = $1 AND ended_at IS NULL AND created_at > $2
            RETURNING user_id, created_at`,
          [token.family_id, startedAfter, userAgent],
        );
        if (!sessions.length) return null;
        const [claimed]: Returning<{ user_id: string }> = await em.query(
          `UPDATE refresh_session SET used_at = COALESCE(used_at, now())
            WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
              AND (used_at IS NULL OR used_at > now() - make_interval(secs => $2))
            RETURNING user_id`,
          [tokenHash, graceSeconds],
        );
        // Not this token (reused after the grace, revoked, expired): undo the session's last use as well.
        if (!claimed.length) throw new NotClaimed();
        const userId = sessions[0].user_id;
        await em.getRepository(RefreshSessionEntity).insert({ userId, familyId: token.family_id, ...next, userAgent });
        return { userId, sessionId: token.family_id, createdAt: new Date(sessions[0].created_at) };
      });
    } catch (e) {
      if (e instanceof NotClaimed) return null;
      throw e;
    }
  }

  async findByHash(tokenHash: string): Promise<KnownRefreshToken | null> {
    const row = await this.db.getRepository(RefreshSessionEntity).findOneBy({ tokenHash });
    return row && { userId: row.userId, sessionId: row.familyId, usedAt: row.usedAt, revokedAt: row.revokedAt };
  }

  /** Ends these sessions (and revokes their refresh tokens); the ids that were live until now. */
  end(sessionIds: string[]): Promise<string[]> {
    const ids = sessionIds.filter(isId);
    if (!ids.length) return Promise.resolve([]);
    return this.endWhere(`id = ANY($1::uuid[])`, [ids]);
  }

  /** Ends every live session of a person, or every one but `keep`. */
  endAllOf(userId: string, keep?: string): Promise<string[]> {
    return this.endWhere(`user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [userId, keep ?? null]);
  }

  /** Ends one session of this person only; false when she has no such live session. */
  async endOwn(userId: string, sessionId: string): Promise<boolean> {
    if (!isId(sessionId)) return false;
    return (await this.endWhere(`id = $1 AND user_id = $2`, [sessionId, userId])).length > 0;
  }

  /** Sessions of a person that can still renew: not ended, used since `usedSince`, started after `startedAfter`. */
  listLive(userId: string, usedSince: Date, startedAfter: Date): Promise<AuthSessionEntity[]> {
    return this.db
      .getRepository(AuthSessionEntity)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.ended_at IS NULL AND s.last_used_at > :usedSince AND s.created_at > :startedAfter', {
        userId,
        usedSince,
        startedAfter,
      })
      .orderBy('s.last_used_at', 'DESC')
      .getMany();
  }

  /** Ids of the sessions ended at or after `since` (to rebuild the Redis list after a flush). */
  async endedSince(since: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM auth_session WHERE ended_at >= $1`, [since]);
    return rows.map((r) => r.id);
  }

  /** Whether this session has ended (an unknown id has not: it may be a token signed without a login, in tests). */
  async isEnded(sessionId: string): Promise<boolean> {
    if (!isId(sessionId)) return false;
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM auth_session WHERE id = $1 AND ended_at IS NOT NULL`, [sessionId]);
    return rows.length > 0;
  }

  private async endWhere(condition: string, params: unknown[]): Promise<string[]> {
    // One statement: the session rows are locked (in id order) before their tokens.
    const rows: { id: string }[] = await this.db.query(
      `WITH target AS (
         SELECT id FROM auth_session WHERE ${condition} AND ended_at IS NULL ORDER BY id FOR UPDATE
       ), ended AS (
         UPDATE auth_session s SET ended_at = now() FROM target WHERE s.id = target.id RETURNING s.id
       ), revoked AS (
         UPDATE refresh_session SET revoked_at = now() WHERE family_id IN (SELECT id FROM ended) AND revoked_at IS NULL
       )
       SELECT id FROM ended`,
      params,
    );
    return rows.map((r) => r.id);
  }
}
