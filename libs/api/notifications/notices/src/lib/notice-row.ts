import type { Notice } from '@ecampus/shared/contracts';

/** A row of `notification` as the queries of this domain select it (NOTICE_COLUMNS). */
export interface NoticeRow {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The select list giving a NoticeRow (for `RETURNING` as well). */
export const NOTICE_COLUMNS = `id, user_id AS "userId", kind, title, body, link, created_at AS "createdAt", read_at AS "readAt"`;

/** A row as the person reads it (the contracts' Notice): dates as ISO strings. */
export const toNotice = (row: NoticeRow): Notice => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt ? row.readAt.toISOString() : null,
});
