import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { runAfterCommit } from '@ecampus/api/platform/queue';
import { RealtimeEmitter } from '@ecampus/api/platform/realtime';
import { NewNoticeSchema, type NewNotice, type Notice } from '@ecampus/shared/contracts';
import { NOTICE_COLUMNS, toNotice, type NoticeRow } from './notice-row';

/**
 * How other domains tell a person something in the app (certificates: "Ihre Teilnahmebescheinigung
 * ist bereit"). One notice per person and `dedupeKey`: the insert does nothing when the key is
 * there already (the unique constraint decides, also for two writers at once), so a job that runs
 * twice notifies once. Only a notice really written is pushed (`notification:new` to the person's
 * sockets, through Redis, from the API or the worker); a push that fails is logged, the notice
 * stays and the bell finds it on its next load.
 */
@Injectable()
export class NoticeWriter {
  private readonly logger = new Logger(NoticeWriter.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly push: RealtimeEmitter,
  ) {}

  /**
   * Writes the notice unless this person has one with the same `dedupeKey`; the new notice, or
   * null when there was one. Inside the caller's transaction (`manager`) the push waits for the commit.
   * Throws on a notice that breaks the contract (a programming error: an absolute link, an empty title).
   */
  async notify(userId: string, notice: NewNotice, manager?: EntityManager): Promise<Notice | null> {
    const n = NewNoticeSchema.parse(notice);
    const rows: NoticeRow[] = await (manager ?? this.db).query(
      `INSERT INTO notification (user_id, kind, title, body, link, dedupe_key) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING ${NOTICE_COLUMNS}`,
      [userId, n.kind, n.title, n.body, n.link, n.dedupeKey],
    );
    const row = rows[0];
    if (!row) return null;
    const created = toNotice(row);
    await runAfterCommit(manager, () =>
      this.push
        .toUser(userId, 'notification:new', created)
        .catch((e: unknown) => this.logger.warn(`Benachrichtigung ${created.id} nicht gesendet: ${(e as Error).message}`)),
    );
    return created;
  }
}
