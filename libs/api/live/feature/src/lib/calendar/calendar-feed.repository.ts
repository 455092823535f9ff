import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIVE_SESSION_VIEW_COLUMNS } from '../session/live-session-views.repository';
import type { LiveSessionView } from '../session/live-session.rules';

/** A session in a person's feed, with its program's title. */
export interface FeedSessionRow extends LiveSessionView {
  programTitle: string;
}

/** The private calendar feeds (only the token's SHA-256 is stored) and what a feed lists. */
@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(userId: string): Promise<{ createdAt: Date } | null> {
    const rows: { createdAt: Date }[] = await this.db.query(`SELECT created_at AS "createdAt" FROM calendar_feed WHERE user_id = $1`, [
      userId,
    ]);
    return rows[0] ?? null;
  }

  /** Her feed gets this token (the old one stops working in the same statement). */
  async replace(userId: string, tokenHash: string, at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO calendar_feed (user_id, token_hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
      [userId, tokenHash, at],
    );
  }

  async remove(userId: string): Promise<void> {
    await this.db.query(`DELETE FROM calendar_feed WHERE user_id = $1`, [userId]);
  }

  /** Whose feed this token hash opens (active accounts only). */
  async ownerOf(tokenHash: string): Promise<string | null> {
    const rows: { userId: string }[] = await this.db.query(
      `SELECT f.user_id AS "userId" FROM calendar_feed f JOIN app_user u ON u.id = f.user_id AND u.active WHERE f.token_hash = $1`,
      [tokenHash],
    );
    return rows[0]?.userId ?? null;
  }

  /** Every session of every program she is a member of that has not ended, or ended after `endedSince`; by start. */
  feedSessions(userId: string, endedSince: Date): Promise<FeedSessionRow[]> {
    return this.db.query(
      `SELECT ${LIVE_SESSION_VIEW_COLUMNS}, p.title AS "programTitle"
         FROM live_session s JOIN program p ON p.id = s.program_id
        WHERE EXISTS (SELECT 1 FROM program_member pm WHERE pm.program_id = s.program_id AND pm.user_id = $1)
          AND (s.status <> 'ended' OR s.ended_at >= $2)
        ORDER BY s.starts_at, s.id`,
      [userId, endedSince],
    );
  }

  async programTitle(programId: string): Promise<string> {
    const rows: { title: string }[] = await this.db.query(`SELECT title FROM program WHERE id = $1`, [programId]);
    return rows[0]?.title ?? '';
  }
}
