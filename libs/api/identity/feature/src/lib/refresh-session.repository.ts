import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RefreshSessionEntity } from './entities/refresh-session.entity';

export interface NewRefreshSession {
  userId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
  userAgent: string | null;
}

export interface ClaimedSession {
  userId: string;
  familyId: string;
}

/** The only place that queries refresh_session. */
@Injectable()
export class RefreshSessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(s: NewRefreshSession, em: EntityManager = this.db.manager): Promise<void> {
    await em.getRepository(RefreshSessionEntity).insert(s);
  }

  /**
   * Atomically marks a live token used and, in the same transaction, stores its successor.
   * `null` when the token is unknown, used, revoked or expired; the conditional UPDATE makes
   * two concurrent rotations of one token impossible.
   */
  async rotate(tokenHash: string, next: (claimed: ClaimedSession) => NewRefreshSession): Promise<ClaimedSession | null> {
    return this.db.transaction(async (em) => {
      // TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affectedCount].
      const [rows]: [{ user_id: string; family_id: string }[], number] = await em.query(
        `UPDATE refresh_session SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING user_id, family_id`,
        [tokenHash],
      );
      if (!rows.length) return null;
      const claimed = { userId: rows[0].user_id, familyId: rows[0].family_id };
      await this.insert(next(claimed), em);
      return claimed;
    });
  }

  findByHash(tokenHash: string): Promise<RefreshSessionEntity | null> {
    return this.db.getRepository(RefreshSessionEntity).findOneBy({ tokenHash });
  }

  async revokeFamily(familyId: string): Promise<number> {
    const [, count]: [unknown[], number] = await this.db.query(
      `UPDATE refresh_session SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
    return count;
  }
}
