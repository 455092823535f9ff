import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@ecampus/api/platform/auth';
import { toNotice } from '@ecampus/api/notifications/notices';
import type { Notice, NoticeList, NoticeListQuery, NoticesReadAll } from '@ecampus/shared/contracts';
import { noticeNotFound } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';

/** What the service needs of its repository (unit specs fake exactly this). */
export type NotificationsQueries = Pick<NotificationsRepository, 'list' | 'unread' | 'markRead' | 'markAllRead'>;

/**
 * The person's notices: read, mark read. Everything is scoped by the caller — someone else's
 * notice is unknown to her (404). Notices are written by other domains through NoticeWriter
 * (`@ecampus/api/notifications/notices`), never through these routes.
 */
@Injectable()
export class NotificationsService {
  constructor(@Inject(NotificationsRepository) private readonly repo: NotificationsQueries) {}

  /** Her newest notices and how many of all are unread. */
  async list(caller: AuthUser, { limit }: NoticeListQuery): Promise<NoticeList> {
    const [rows, unread] = await Promise.all([this.repo.list(caller.id, limit), this.repo.unread(caller.id)]);
    return { items: rows.map(toNotice), total: rows.length, unread };
  }

  /** Marks one of hers read (again: unchanged, keeps the first time). */
  async markRead(caller: AuthUser, id: string): Promise<Notice> {
    const row = await this.repo.markRead(caller.id, id);
    if (!row) throw noticeNotFound();
    return toNotice(row);
  }

  async markAllRead(caller: AuthUser): Promise<NoticesReadAll> {
    return { marked: await this.repo.markAllRead(caller.id) };
  }
}
