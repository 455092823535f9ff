import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live seminars (issue 9): sessions with their trainers, the room's durable record (chat, questions,
 * polls and votes, removals, shared notes) and attendance intervals, plus the private calendar feed
 * token per person. What a room needs only while it runs (presence, hands, current slide, mutes)
 * lives in Redis. Length limits mirror the contracts (LIVE_SESSION_LIMITS, LIVE_ROOM_LIMITS).
 * Never edit a migration that has shipped: add one.
 */
export class LiveSessions1796000000000 implements MigrationInterface {
  name = 'LiveSessions1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        module_id uuid REFERENCES curriculum_module(id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        description varchar(2000) NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'scheduled',
        started_at timestamptz,
        ended_at timestamptz,
        notes text NOT NULL DEFAULT '',
        notes_version integer NOT NULL DEFAULT 0,
        notes_open boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_live_session_title CHECK (length(btrim(title)) > 0),
        CONSTRAINT ck_live_session_duration CHECK (duration_minutes BETWEEN 15 AND 480),
        CONSTRAINT ck_live_session_status CHECK (status IN ('scheduled','live','ended')),
        CONSTRAINT ck_live_session_notes CHECK (length(notes) <= 20000)
      )`);
    await q.query(`CREATE INDEX ix_live_session_program ON live_session (program_id, starts_at)`);

    await q.query(`
      CREATE TABLE live_session_trainer (
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, user_id)
      )`);

    // A removed participant cannot rejoin this session (checked on every join; survives Redis).
    await q.query(`
      CREATE TABLE live_session_removal (
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        removed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        removed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id)
      )`);

    // seq orders the chat (uuids do not) and pages its history.
    await q.query(`
      CREATE TABLE live_chat_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        text varchar(2000) NOT NULL,
        to_moderators boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_live_chat_message_session ON live_chat_message (session_id, seq)`);

    await q.query(`
      CREATE TABLE live_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        text varchar(500) NOT NULL,
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_live_question_session ON live_question (session_id, seq)`);
    await q.query(`
      CREATE TABLE live_question_vote (
        question_id uuid NOT NULL REFERENCES live_question(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        voted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (question_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE live_poll (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        question varchar(300) NOT NULL,
        options jsonb NOT NULL,
        anonymous boolean NOT NULL DEFAULT true,
        opened_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        results jsonb,
        CONSTRAINT ck_live_poll_options CHECK (jsonb_typeof(options) = 'array' AND jsonb_array_length(options) BETWEEN 2 AND 10)
      )`);
    // At most one open poll per session, whatever two moderators do at once.
    await q.query(`CREATE UNIQUE INDEX uq_live_poll_open ON live_poll (session_id) WHERE closed_at IS NULL`);
    await q.query(`CREATE INDEX ix_live_poll_session ON live_poll (session_id, opened_at)`);
    // One vote per person and poll; voting again replaces it (the last vote counts).
    await q.query(`
      CREATE TABLE live_poll_vote (
        poll_id uuid NOT NULL REFERENCES live_poll(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        option integer NOT NULL,
        voted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (poll_id, user_id),
        CONSTRAINT ck_live_poll_vote_option CHECK (option BETWEEN 0 AND 9)
      )`);

    // One row per socket's stay in the room; last_seen_at moves with the process's heartbeat, so a
    // stay of a process that died ends at its last heartbeat.
    await q.query(`
      CREATE TABLE live_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL,
        left_at timestamptz,
        last_seen_at timestamptz NOT NULL,
        CONSTRAINT ck_live_attendance_order CHECK (left_at IS NULL OR left_at >= joined_at)
      )`);
    await q.query(`CREATE INDEX ix_live_attendance_session ON live_attendance (session_id, user_id, joined_at)`);

    // The private iCal feed: only the token's SHA-256 is kept; a new token replaces the old one.
    await q.query(`
      CREATE TABLE calendar_feed (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'calendar_feed',
      'live_attendance',
      'live_poll_vote',
      'live_poll',
      'live_question_vote',
      'live_question',
      'live_chat_message',
      'live_session_removal',
      'live_session_trainer',
      'live_session',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
