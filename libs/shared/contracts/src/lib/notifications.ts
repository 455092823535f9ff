import * as z from 'zod';
import { ListSchema } from './common';
import { msg } from './i18n';

/*
 * Notifications: the signed-in person's in-app notices (the bell in the top bar, the page
 * `/benachrichtigungen`). Other domains write them through the API's public entry
 * `@ecampus/api/notifications/notices` (`NoticeWriter.notify`); the person reads them with
 * `GET /api/notifications`, marks them read with `POST /api/notifications/:id/read` and
 * `POST /api/notifications/read-all`; a new one is pushed as `notification:new` (realtime.ts).
 */

/** Limits of a notice's fields and of the list; the schemas check them. */
export const NOTICE_LIMITS = {
  kind: { max: 60 },
  title: { max: 200 },
  body: { max: 2000 },
  link: { max: 500 },
  dedupeKey: { max: 200 },
  /** `GET /api/notifications?limit=`: how many of the newest notices. */
  list: { default: 20, max: 100 },
} as const;

/**
 * Where a notice leads: a path inside the web app (`/bescheinigungen`), never an absolute URL —
 * no scheme, no `//host`, no backslash, no spaces — so following it never leaves eCampus.
 */
export const NoticeLinkSchema = z
  .string()
  .max(NOTICE_LIMITS.link.max)
  .regex(
    /^\/(?![/\\])[^\s\\]*$/,
    msg('Ein Verweis muss ein Pfad in eCampus sein (beginnt mit /)', 'A link must be a path within eCampus (starting with /)'),
  );

export function isInAppPath(value: string): boolean {
  return NoticeLinkSchema.safeParse(value).success;
}

/** One notice as the person reads it. */
export const NoticeSchema = z.object({
  id: z.string(),
  /** What it is about, for the web's icon and tests (`certificate-issued`); free text of the writing domain. */
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** An in-app path to open, or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  /** When she marked it read; null while unread. */
  readAt: z.string().nullable(),
});
export type Notice = z.infer<typeof NoticeSchema>;

const LIMIT_RANGE = msg(
  `Bitte eine Anzahl zwischen 1 und ${NOTICE_LIMITS.list.max} angeben`,
  `Please give a number between 1 and ${NOTICE_LIMITS.list.max}`,
);

/** `GET /api/notifications?limit=`: the newest `limit` notices (default 20, at most 100). */
export const NoticeListQuerySchema = z.object({
  limit: z.coerce
    .number(LIMIT_RANGE)
    .int(LIMIT_RANGE)
    .min(1, LIMIT_RANGE)
    .max(NOTICE_LIMITS.list.max, LIMIT_RANGE)
    .default(NOTICE_LIMITS.list.default),
});
export type NoticeListQuery = z.infer<typeof NoticeListQuerySchema>;

/**
 * `GET /api/notifications` answers the common list shape (newest first; `total` = number of
 * `items`) and how many of all her notices are unread (also those beyond `limit`).
 */
export const NoticeListSchema = ListSchema(NoticeSchema).extend({ unread: z.number().int().min(0) });
export type NoticeList = z.infer<typeof NoticeListSchema>;

/** `POST /api/notifications/read-all` answers how many notices it marked read. */
export const NoticesReadAllSchema = z.object({ marked: z.number().int().min(0) });
export type NoticesReadAll = z.infer<typeof NoticesReadAllSchema>;

/**
 * What a domain writes (`NoticeWriter.notify(userId, notice)`): `dedupeKey` names the occasion
 * (`certificate:<id>`) — a person gets at most one notice per key, however often it is written.
 */
export const NewNoticeSchema = z.object({
  kind: z.string().trim().min(1).max(NOTICE_LIMITS.kind.max),
  title: z.string().trim().min(1).max(NOTICE_LIMITS.title.max),
  body: z.string().trim().max(NOTICE_LIMITS.body.max),
  link: NoticeLinkSchema.nullable().default(null),
  dedupeKey: z.string().min(1).max(NOTICE_LIMITS.dedupeKey.max),
});
export type NewNotice = z.input<typeof NewNoticeSchema>;
