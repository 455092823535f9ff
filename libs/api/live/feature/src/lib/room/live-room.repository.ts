import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  LIVE_ROOM_LIMITS,
  type LiveChatMessage,
  type LiveNotes,
  type LivePoll,
  type LiveQuestion,
  type LiveSessionStatus,
} from '@ecampus/shared/contracts';

/** A slide candidate: a PDF material of a module of the session's program. */
export interface SlideMaterialRow {
  id: string;
  programId: string;
  moduleId: string;
  moduleTitle: string;
  moduleStatus: string;
  fileName: string;
  kind: string;
  pageCount: number | null;
}

export interface OpenPollRow extends LivePoll {
  votes: number;
}

export interface ClosedPollRow extends LivePoll {
  results: number[];
  voters: { userId: string; displayName: string; option: number }[];
}

const CHAT_COLUMNS = `c.id, c.seq, c.user_id AS "userId", u.display_name AS "displayName", c.text, c.created_at AS "at", c.to_moderators AS "toModerators"`;
const QUESTION_COLUMNS = `q.id, q.user_id AS "userId", u.display_name AS "displayName", q.text, q.created_at AS "at",
  (q.answered_at IS NOT NULL) AS answered,
  COALESCE((SELECT array_agg(v.user_id::text ORDER BY v.voted_at, v.user_id) FROM live_question_vote v WHERE v.question_id = q.id), '{}') AS "voterIds"`;
// Material and module columns of curriculum's tables (read only; curriculum's own queries stay in curriculum).
const SLIDE_COLUMNS = `m.id, cm.program_id AS "programId", cm.id AS "moduleId", cm.title AS "moduleTitle", cm.status AS "moduleStatus",
  m.file_name AS "fileName", m.kind, m.page_count AS "pageCount"`;

type ChatRow = Omit<LiveChatMessage, 'at'> & { seq: string; at: Date };
type QuestionRow = Omit<LiveQuestion, 'at' | 'votes'> & { at: Date };

const toChat = (r: ChatRow): LiveChatMessage => ({
  id: r.id,
  userId: r.userId,
  displayName: r.displayName,
  text: r.text,
  at: r.at.toISOString(),
  toModerators: r.toModerators,
});
const toQuestion = (r: QuestionRow): LiveQuestion => ({
  id: r.id,
  userId: r.userId,
  displayName: r.displayName,
  text: r.text,
  at: r.at.toISOString(),
  votes: r.voterIds.length,
  voterIds: r.voterIds,
  answered: r.answered,
});

/**
 * The room's durable record (chat, questions, polls, notes, removals): the only place that queries
 * it. Every query is scoped by the session; ids arrive validated.
 */
@Injectable()
export class LiveRoomRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async statusOf(sessionId: string): Promise<LiveSessionStatus | null> {
    const rows: { status: LiveSessionStatus }[] = await this.db.query(`SELECT status FROM live_session WHERE id = $1`, [sessionId]);
    return rows[0]?.status ?? null;
  }

  async displayNameOf(userId: string): Promise<string> {
    const rows: { displayName: string }[] = await this.db.query(`SELECT display_name AS "displayName" FROM app_user WHERE id = $1`, [
      userId,
    ]);
    return rows[0]?.displayName ?? '';
  }

  // ---------------------------------------------------------------- removals

  async isRemoved(sessionId: string, userId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM live_session_removal WHERE session_id = $1 AND user_id = $2`, [sessionId, userId]);
    return rows.length > 0;
  }

  async remove(sessionId: string, userId: string, removedBy: string): Promise<void> {
    await this.db.query(
      `INSERT INTO live_session_removal (session_id, user_id, removed_by) SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM app_user WHERE id = $2)
       ON CONFLICT DO NOTHING`,
      [sessionId, userId, removedBy],
    );
  }

  // ---------------------------------------------------------------- chat

  /** A message written in the main room, or in a breakout room (`breakoutRoomId`). */
  async addChat(
    sessionId: string,
    userId: string,
    text: string,
    toModerators: boolean,
    at: Date,
    breakoutRoomId: string | null = null,
  ): Promise<LiveChatMessage> {
    const rows: ChatRow[] = await this.db.query(
      `WITH c AS (INSERT INTO live_chat_message (session_id, user_id, text, to_moderators, created_at, breakout_room_id)
                  VALUES ($1, $2, $3, $4, $5, $6) RETURNING *)
       SELECT ${CHAT_COLUMNS} FROM c JOIN app_user u ON u.id = c.user_id`,
      [sessionId, userId, text, toModerators, at, breakoutRoomId],
    );
    return toChat(rows[0]);
  }

  /**
   * The newest messages the person may see where she is (the main room, or her breakout room
   * `breakoutRoomId`; private ones only to moderators — wherever they were written — and their
   * sender), older than `before` when given, oldest first, and whether older ones exist.
   */
  async chatPage(
    sessionId: string,
    viewer: { userId: string; moderator: boolean },
    before: string | null,
    breakoutRoomId: string | null = null,
  ): Promise<{ messages: LiveChatMessage[]; hasMore: boolean }> {
    const limit = LIVE_ROOM_LIMITS.chatHistory;
    const rows: ChatRow[] = await this.db.query(
      `SELECT ${CHAT_COLUMNS} FROM live_chat_message c JOIN app_user u ON u.id = c.user_id
        WHERE c.session_id = $1
          AND ($2::boolean OR NOT c.to_moderators OR c.user_id = $3)
          AND (c.breakout_room_id IS NOT DISTINCT FROM $6::uuid OR (c.to_moderators AND $2::boolean))
          AND ($4::uuid IS NULL OR c.seq < (SELECT b.seq FROM live_chat_message b WHERE b.id = $4 AND b.session_id = $1))
        ORDER BY c.seq DESC LIMIT $5`,
      [sessionId, viewer.moderator, viewer.userId, before, limit + 1, breakoutRoomId],
    );
    const hasMore = rows.length > limit;
    return { messages: rows.slice(0, limit).reverse().map(toChat), hasMore };
  }

  // ---------------------------------------------------------------- questions

  async addQuestion(sessionId: string, userId: string, text: string, at: Date): Promise<LiveQuestion> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO live_question (session_id, user_id, text, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [sessionId, userId, text, at],
    );
    return (await this.findQuestion(sessionId, row.id)) as LiveQuestion;
  }

  async findQuestion(sessionId: string, questionId: string): Promise<LiveQuestion | null> {
    const rows: QuestionRow[] = await this.db.query(
      `SELECT ${QUESTION_COLUMNS} FROM live_question q JOIN app_user u ON u.id = q.user_id WHERE q.session_id = $1 AND q.id = $2`,
      [sessionId, questionId],
    );
    return rows[0] ? toQuestion(rows[0]) : null;
  }

  async listQuestions(sessionId: string): Promise<LiveQuestion[]> {
    const rows: QuestionRow[] = await this.db.query(
      `SELECT ${QUESTION_COLUMNS} FROM live_question q JOIN app_user u ON u.id = q.user_id WHERE q.session_id = $1 ORDER BY q.seq`,
      [sessionId],
    );
    return rows.map(toQuestion);
  }

  /** Upvotes (or takes back) the question of this session; whether the question exists. */
  async voteQuestion(sessionId: string, questionId: string, userId: string, up: boolean, at: Date): Promise<boolean> {
    const rows = await this.db.query(
      up
        ? `INSERT INTO live_question_vote (question_id, user_id, voted_at) SELECT q.id, $3, $4 FROM live_question q WHERE q.id = $2 AND q.session_id = $1
           ON CONFLICT DO NOTHING RETURNING 1`
        : `SELECT 1 FROM live_question q WHERE q.id = $2 AND q.session_id = $1`,
      up ? [sessionId, questionId, userId, at] : [sessionId, questionId],
    );
    if (!up) {
      if (rows.length === 0) return false;
      await this.db.query(`DELETE FROM live_question_vote WHERE question_id = $1 AND user_id = $2`, [questionId, userId]);
      return true;
    }
    return rows.length > 0 || (await this.findQuestion(sessionId, questionId)) !== null;
  }

  async answerQuestion(sessionId: string, questionId: string, at: Date): Promise<boolean> {
    const [, count]: [unknown[], number] = await this.db.query(
      `UPDATE live_question SET answered_at = COALESCE(answered_at, $3) WHERE session_id = $1 AND id = $2`,
      [sessionId, questionId, at],
    );
    return count > 0;
  }

  // ---------------------------------------------------------------- polls

  /** A new open poll; null when the session has one open already (the partial unique index decides). */
  async openPoll(
    sessionId: string,
    poll: { question: string; options: string[]; anonymous: boolean },
    openedBy: string,
    at: Date,
  ): Promise<LivePoll | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO live_poll (session_id, question, options, anonymous, opened_by, opened_at) VALUES ($1, $2, $3::jsonb, $4, $5, $6)
       ON CONFLICT (session_id) WHERE closed_at IS NULL DO NOTHING RETURNING id`,
      [sessionId, poll.question, JSON.stringify(poll.options), poll.anonymous, openedBy, at],
    );
    return rows[0] ? { id: rows[0].id, ...poll } : null;
  }

  async openPollOf(sessionId: string): Promise<OpenPollRow | null> {
    const rows: OpenPollRow[] = await this.db.query(
      `SELECT p.id, p.question, p.options, p.anonymous, (SELECT count(*)::int FROM live_poll_vote v WHERE v.poll_id = p.id) AS votes
         FROM live_poll p WHERE p.session_id = $1 AND p.closed_at IS NULL`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  async voteOf(pollId: string, userId: string): Promise<number | null> {
    const rows: { option: number }[] = await this.db.query(`SELECT option FROM live_poll_vote WHERE poll_id = $1 AND user_id = $2`, [
      pollId,
      userId,
    ]);
    return rows[0]?.option ?? null;
  }

  /** Her vote in the open poll (the last one counts); the number of voters, or null when the poll is not open or the option does not exist. */
  async vote(sessionId: string, pollId: string, userId: string, option: number, at: Date): Promise<number | null> {
    const rows: { n: number }[] = await this.db.query(
      `WITH p AS (SELECT id FROM live_poll WHERE id = $2 AND session_id = $1 AND closed_at IS NULL AND $4 < jsonb_array_length(options)),
            v AS (INSERT INTO live_poll_vote (poll_id, user_id, option, voted_at) SELECT p.id, $3, $4, $5 FROM p
                  ON CONFLICT (poll_id, user_id) DO UPDATE SET option = EXCLUDED.option, voted_at = EXCLUDED.voted_at RETURNING user_id)
       SELECT (SELECT count(*)::int FROM live_poll_vote WHERE poll_id = $2 AND user_id <> $3) + (SELECT count(*)::int FROM v) AS n
        WHERE EXISTS (SELECT 1 FROM p)`,
      [sessionId, pollId, userId, option, at],
    );
    return rows[0]?.n ?? null;
  }

  /** Closes the open poll and stores its counts; null when it is not the open one. */
  async closePoll(sessionId: string, pollId: string, at: Date): Promise<ClosedPollRow | null> {
    const [rows]: [ClosedPollRow[], number] = await this.db.query(
      `UPDATE live_poll p SET closed_at = $3,
              results = (SELECT jsonb_agg((SELECT count(*) FROM live_poll_vote v WHERE v.poll_id = p.id AND v.option = o.i) ORDER BY o.i)
                           FROM generate_series(0, jsonb_array_length(p.options) - 1) AS o(i))
        WHERE p.id = $2 AND p.session_id = $1 AND p.closed_at IS NULL
        RETURNING p.id, p.question, p.options, p.anonymous, p.results,
          COALESCE((SELECT json_agg(json_build_object('userId', v.user_id, 'displayName', u.display_name, 'option', v.option) ORDER BY u.display_name, v.user_id)
                     FROM live_poll_vote v JOIN app_user u ON u.id = v.user_id WHERE v.poll_id = p.id), '[]'::json) AS voters`,
      [sessionId, pollId, at],
    );
    return rows[0] ?? null;
  }

  // ---------------------------------------------------------------- notes

  async notesOf(sessionId: string): Promise<LiveNotes> {
    const rows: LiveNotes[] = await this.db.query(
      `SELECT notes AS text, notes_version AS version, notes_open AS open FROM live_session WHERE id = $1`,
      [sessionId],
    );
    return rows[0] ?? { text: '', version: 0, open: false };
  }

  async setNotesOpen(sessionId: string, open: boolean): Promise<LiveNotes> {
    // An UPDATE answers [rows, count] through TypeORM's postgres driver.
    const [rows]: [LiveNotes[], number] = await this.db.query(
      `UPDATE live_session SET notes_open = $2 WHERE id = $1 RETURNING notes AS text, notes_version AS version, notes_open AS open`,
      [sessionId, open],
    );
    return rows[0];
  }

  /** New notes when `baseVersion` is the current version (and participants only while open); null on a conflict. */
  async updateNotes(sessionId: string, text: string, baseVersion: number, moderator: boolean): Promise<LiveNotes | null> {
    const [rows]: [LiveNotes[], number] = await this.db.query(
      `UPDATE live_session SET notes = $2, notes_version = notes_version + 1, updated_at = now()
        WHERE id = $1 AND notes_version = $3 AND ($4::boolean OR notes_open)
        RETURNING notes AS text, notes_version AS version, notes_open AS open`,
      [sessionId, text, baseVersion, moderator],
    );
    return rows[0] ?? null;
  }

  // ---------------------------------------------------------------- slides

  async findSlideMaterial(materialId: string): Promise<SlideMaterialRow | null> {
    const rows: SlideMaterialRow[] = await this.db.query(
      `SELECT ${SLIDE_COLUMNS} FROM curriculum_material m JOIN curriculum_module cm ON cm.id = m.module_id WHERE m.id = $1`,
      [materialId],
    );
    return rows[0] ?? null;
  }

  /** The PDFs of the program's published modules, in module and material order. */
  async listSlideMaterials(programId: string): Promise<SlideMaterialRow[]> {
    return this.db.query(
      `SELECT ${SLIDE_COLUMNS} FROM curriculum_material m JOIN curriculum_module cm ON cm.id = m.module_id
        WHERE cm.program_id = $1 AND cm.status = 'published' AND m.kind = 'pdf'
        ORDER BY cm.position, cm.created_at, m.position, m.id`,
      [programId],
    );
  }
}
