import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NOTICE_COLUMNS, type NoticeRow } from '@ecampus/api/notifications/notices';

/**
 * The person's side of `notification` (NoticeWriter writes it): every query is scoped by the
 * owner, so another person's notice is never found. Ids arrive validated.
 */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Her newest `limit` notices, newest first (index `(user_id, created_at DESC)`). */
  list(userId: string, limit: number): Promise<NoticeRow[]> {
    return this.db.query(`SELECT ${NOTICE_COLUMNS} FROM notification WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [
      userId,
      limit,
    ]);
  }

  /** How many of all her notices are unread. */
  async unread(userId: string): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row?.n ?? 0;
  }

  /** Marks one of her notices read (the first time counts); null when she has no notice of this id. */
  async markRead(userId: string, id: string): Promise<NoticeRow | null> {
    const [rows]: [NoticeRow[], number] = await this.db.query(
      `UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING ${NOTICE_COLUMNS}`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  /** Marks all her unread notices read; how many. */
  async markAllRead(userId: string): Promise<number> {
    const [, count]: [unknown[], number] = await this.db.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return count;
  }
}
