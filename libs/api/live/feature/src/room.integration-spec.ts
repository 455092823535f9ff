import { randomUUID } from 'node:crypto';
import { createTestApi, eventually, type TestApi } from '@ecampus/api/platform/testing';
import type { LiveChatMessage, LiveParticipant, LiveRoomState, SocketAck } from '@ecampus/shared/contracts';
import { LiveRoomModule } from './lib/room/live-room.module';
import { RATE_LIMITS } from './lib/room/live-room.store';
import {
  connectLive,
  joinedSession,
  listenLive,
  nextEvent,
  roomFixtures,
  type LiveClient,
  type RoomPerson,
} from './testing/live-room-fixtures';

/*
 * The live room over Socket.IO: two API processes (two apps on one Redis and one database), real
 * socket.io-clients, real PostgreSQL. Participants on different processes see each other; every
 * refusal answers through the ack and both processes keep answering.
 */

type Ok<T> = Extract<SocketAck<T & object>, { ok: true }>;

describe('live room across two API processes', () => {
  let first: TestApi;
  let second: TestApi;
  let f: ReturnType<typeof roomFixtures>;
  let url1: string;
  let url2: string;
  let trainer: RoomPerson;
  let mentee: RoomPerson;
  let mentor: RoomPerson;
  let outsider: RoomPerson;
  let stranger: RoomPerson;
  let programId: string;
  let otherProgramId: string;
  let sessionId: string;

  beforeAll(async () => {
    first = await createTestApi({ features: [LiveRoomModule] });
    second = await createTestApi({ features: [LiveRoomModule], services: first.services });
    f = roomFixtures(first);
    url1 = await listenLive(first.app);
    url2 = await listenLive(second.app);
    trainer = await f.person('Tina Trainerin');
    mentee = await f.person('Erika Mentee');
    mentor = await f.person('Mona Mentorin');
    outsider = await f.person('Otto Außen');
    stranger = await f.person('Paula Anderswo');
    programId = await f.program([
      [trainer, 'trainer'],
      [mentee, 'mentee'],
      [mentor, 'mentor'],
    ]);
    otherProgramId = await f.program([[stranger, 'mentee']]);
    sessionId = await f.session(programId);
  });

  afterAll(async () => {
    f?.clients.forEach((c) => c.disconnect());
    await second?.close();
    await first?.close();
  });

  const join = async (client: LiveClient, id = sessionId) => client.timeout(5000).emitWithAck('session:join', { sessionId: id });
  const joined = (client: LiveClient, id = sessionId): Promise<LiveRoomState> => joinedSession(client, id);
  const names = (list: LiveParticipant[]) => list.map((p) => p.displayName);
  /** Waits for the start of the next fixed rate window of this length (the limits count in such windows). */
  const startOfWindow = (ms: number) => new Promise((r) => setTimeout(r, ms - (Date.now() % ms) + 20));
  // The same people act in every test: each test starts in fresh rate windows (the chat window is
  // a multiple of the general one), so the limits only refuse where a test floods on purpose.
  beforeEach(() => startOfWindow(RATE_LIMITS.chat.windowMs));

  it('both gateways of /live answer: the platform ping and the room', async () => {
    const c = await connectLive(url1, mentee, f.clients);
    expect(await c.timeout(3000).emitWithAck('ping', {})).toMatchObject({ ok: true });
    expect(await c.timeout(3000).emitWithAck('session:leave', { sessionId })).toEqual({
      ok: false,
      error: { code: 'live_not_joined', message: expect.any(String) },
    });
    c.disconnect();
  });

  it('participants on different processes see presence, chat, hands, questions, polls and slides', async () => {
    const t = await connectLive(url1, trainer, f.clients);
    const m = await connectLive(url2, mentee, f.clients);
    const tState = await joined(t);
    expect(tState.me).toEqual({ userId: trainer.id, moderator: true, muted: false });
    expect(tState.session.id).toBe(sessionId);

    const seenByTrainer = nextEvent(t, 'presence:update', (list) => list.some((p) => p.userId === mentee.id));
    const mState = await joined(m);
    expect(names(mState.participants)).toEqual(['Tina Trainerin', 'Erika Mentee']);
    expect(mState.me.moderator).toBe(false);
    expect(mState.notes).toBeNull();
    expect((await seenByTrainer).find((p) => p.userId === mentee.id)).toMatchObject({ role: 'mentee', moderator: false, muted: false });

    // Chat from process 2 reaches process 1.
    const chatAtTrainer = nextEvent(t, 'chat:message');
    const sent = await m.timeout(5000).emitWithAck('chat:send', { sessionId, text: '  Hallo zusammen  ' });
    expect(sent).toMatchObject({
      ok: true,
      message: { userId: mentee.id, displayName: 'Erika Mentee', text: 'Hallo zusammen', toModerators: false },
    });
    expect(await chatAtTrainer).toEqual((sent as Ok<{ message: object }>).message);

    // A private message reaches the moderators only.
    const mentor1 = await connectLive(url1, mentor, f.clients);
    await joined(mentor1);
    let mentorGotPrivate = false;
    mentor1.on('chat:message', (msg) => (mentorGotPrivate ||= msg.toModerators));
    const privateAtTrainer = nextEvent(t, 'chat:message', (msg) => msg.toModerators);
    expect(await m.timeout(5000).emitWithAck('chat:send', { sessionId, text: 'Nur für Sie', toModerators: true })).toMatchObject({
      ok: true,
    });
    expect(await privateAtTrainer).toMatchObject({ text: 'Nur für Sie', userId: mentee.id });

    // Hands in raise order, across processes.
    const queue = nextEvent(t, 'hand:queue', (hands) => hands.length === 2);
    expect(await m.timeout(5000).emitWithAck('hand:raise', { sessionId })).toEqual({ ok: true, position: 1 });
    expect(await mentor1.timeout(5000).emitWithAck('hand:raise', { sessionId })).toEqual({ ok: true, position: 2 });
    expect((await queue).map((h) => h.userId)).toEqual([mentee.id, mentor.id]);
    const dismissed = nextEvent(m, 'hand:queue', (hands) => hands.length === 1);
    expect(await t.timeout(5000).emitWithAck('hand:dismiss', { sessionId, userId: mentee.id })).toEqual({ ok: true });
    expect((await dismissed).map((h) => h.userId)).toEqual([mentor.id]);

    // Questions: asked on 2, upvoted on 1 (a toggle), answered by the trainer.
    const asked = await m.timeout(5000).emitWithAck('question:ask', { sessionId, text: 'Wie geht es weiter?' });
    if (!asked.ok) throw new Error(JSON.stringify(asked.error));
    const upvoted = nextEvent(m, 'question:update', (q) => q.votes === 1);
    expect(await mentor1.timeout(5000).emitWithAck('question:upvote', { sessionId, questionId: asked.question.id })).toEqual({ ok: true });
    expect(await upvoted).toMatchObject({ id: asked.question.id, voterIds: [mentor.id], answered: false });
    const answered = nextEvent(m, 'question:update', (q) => q.answered);
    expect(await t.timeout(5000).emitWithAck('question:answer', { sessionId, questionId: asked.question.id })).toEqual({ ok: true });
    expect(await answered).toMatchObject({ id: asked.question.id, answered: true, votes: 1 });

    // Polls: one vote per person, the last one counts; results on close.
    const opened = nextEvent(m, 'poll:opened');
    const poll = await t
      .timeout(5000)
      .emitWithAck('poll:open', { sessionId, question: 'Pause?', options: ['Ja', 'Nein'], anonymous: false });
    if (!poll.ok) throw new Error(JSON.stringify(poll.error));
    expect(await opened).toEqual(poll.poll);
    expect(await t.timeout(5000).emitWithAck('poll:open', { sessionId, question: 'Zweite?', options: ['a', 'b'] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const pollId = poll.poll.id;
    expect(await m.timeout(5000).emitWithAck('poll:vote', { sessionId, pollId, option: 0 })).toEqual({ ok: true });
    const twoVotes = nextEvent(t, 'poll:votes', (v) => v.votes === 2);
    expect(await mentor1.timeout(5000).emitWithAck('poll:vote', { sessionId, pollId, option: 1 })).toEqual({ ok: true });
    await twoVotes;
    expect(await m.timeout(5000).emitWithAck('poll:vote', { sessionId, pollId, option: 1 })).toEqual({ ok: true });
    expect(await m.timeout(5000).emitWithAck('poll:vote', { sessionId, pollId, option: 5 })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    const closedForMentee = nextEvent(m, 'poll:closed');
    const closedForTrainer = nextEvent(t, 'poll:closed');
    expect(await t.timeout(5000).emitWithAck('poll:close', { sessionId, pollId })).toEqual({ ok: true, results: [0, 2] });
    expect(await closedForMentee).toEqual({ id: pollId, question: 'Pause?', options: ['Ja', 'Nein'], anonymous: false, results: [0, 2] });
    expect((await closedForTrainer).voters).toEqual([
      { userId: mentee.id, displayName: 'Erika Mentee', option: 1 },
      { userId: mentor.id, displayName: 'Mona Mentorin', option: 1 },
    ]);
    expect(await m.timeout(5000).emitWithAck('poll:vote', { sessionId, pollId, option: 0 })).toMatchObject({
      ok: false,
      error: { code: 'live_poll_closed' },
    });
    const [stored] = await f.sql(`SELECT results FROM live_poll WHERE id = $1`, [pollId]);
    expect(stored.results).toEqual([0, 2]);

    // Slides: a PDF of a published module of the program, page within its count.
    const { materialId } = await f.material(programId, { pageCount: 12, fileName: 'Folien.pdf' });
    const changed = nextEvent(m, 'slide:changed');
    expect(await t.timeout(5000).emitWithAck('slide:set', { sessionId, materialId, page: 3 })).toEqual({ ok: true });
    expect(await changed).toEqual({ materialId, page: 3, pageCount: 12, fileName: 'Folien.pdf', freeBrowse: false });
    const browsing = nextEvent(m, 'slide:changed', (s) => s?.freeBrowse === true);
    expect(await t.timeout(5000).emitWithAck('slide:mode', { sessionId, freeBrowse: true })).toEqual({ ok: true });
    expect(await browsing).toMatchObject({ materialId, page: 3 });
    expect(await t.timeout(5000).emitWithAck('slide:set', { sessionId, materialId, page: 13 })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    const draft = await f.material(programId, { draft: true });
    const image = await f.material(programId, { kind: 'image', pageCount: null });
    const foreign = await f.material(otherProgramId);
    for (const other of [draft, image, foreign])
      expect(await t.timeout(5000).emitWithAck('slide:set', { sessionId, materialId: other.materialId, page: 1 })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    // A late joiner lands on the current page.
    const late = await connectLive(url1, mentee, f.clients);
    expect((await joined(late)).slide).toMatchObject({ materialId, page: 3, freeBrowse: true });
    late.disconnect();

    // The slide picker lists the PDFs of published modules to members, 404 to others.
    const list = await first.http().get(`/api/live-sessions/${sessionId}/slide-materials`).set('Authorization', trainer.auth);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      total: 1,
      items: [{ id: materialId, fileName: 'Folien.pdf', pageCount: 12, moduleId: expect.any(String), moduleTitle: 'Modul' }],
    });
    expect((await first.http().get(`/api/live-sessions/${sessionId}/slide-materials`).set('Authorization', outsider.auth)).status).toBe(
      404,
    );

    // Shared notes: participants edit only while open; an old base version is a conflict.
    expect(await m.timeout(5000).emitWithAck('notes:update', { sessionId, text: 'x', baseVersion: 0 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const notesOpened = nextEvent(m, 'notes:changed', (n) => n.open);
    expect(await t.timeout(5000).emitWithAck('notes:open', { sessionId, open: true })).toEqual({ ok: true });
    await notesOpened;
    expect(await m.timeout(5000).emitWithAck('notes:update', { sessionId, text: 'Protokoll', baseVersion: 0 })).toEqual({
      ok: true,
      version: 1,
    });
    expect(await t.timeout(5000).emitWithAck('notes:update', { sessionId, text: 'Alt', baseVersion: 0 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    // Mute and chat lock close the chat for participants.
    const mutedSeen = nextEvent(t, 'presence:update', (list) => list.some((p) => p.userId === mentee.id && p.muted));
    expect(await t.timeout(5000).emitWithAck('moderation:mute', { sessionId, userId: mentee.id, muted: true })).toEqual({ ok: true });
    await mutedSeen;
    expect(await m.timeout(5000).emitWithAck('chat:send', { sessionId, text: 'Hallo?' })).toMatchObject({
      ok: false,
      error: { code: 'live_chat_closed' },
    });
    expect(await t.timeout(5000).emitWithAck('moderation:mute', { sessionId, userId: mentee.id, muted: false })).toEqual({ ok: true });
    expect(await t.timeout(5000).emitWithAck('chat:lock', { sessionId, locked: true })).toEqual({ ok: true });
    expect(await mentor1.timeout(5000).emitWithAck('chat:send', { sessionId, text: 'Hallo?' })).toMatchObject({
      ok: false,
      error: { code: 'live_chat_closed' },
    });
    expect(await t.timeout(5000).emitWithAck('chat:send', { sessionId, text: 'Nur Moderation' })).toMatchObject({ ok: true });
    expect(await t.timeout(5000).emitWithAck('chat:lock', { sessionId, locked: false })).toEqual({ ok: true });

    // Leaving and disconnecting take people out of the list on the other process.
    const gone = nextEvent(t, 'presence:update', (list) => !list.some((p) => p.userId === mentor.id));
    mentor1.disconnect();
    await gone;
    const [stays] = await f.sql(
      `SELECT count(*)::int AS n FROM live_attendance WHERE session_id = $1 AND user_id = $2 AND left_at IS NOT NULL`,
      [sessionId, mentor.id],
    );
    expect(stays.n).toBeGreaterThanOrEqual(1);
    [t, m].forEach((c) => c.disconnect());
  });

  it('refuses an outsider, a participant of another program, an unknown session and a mentee moderating', async () => {
    for (const person of [outsider, stranger]) {
      const c = await connectLive(url2, person, f.clients);
      expect(await join(c)).toEqual({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/gibt es nicht/) } });
      expect(await c.timeout(3000).emitWithAck('chat:send', { sessionId, text: 'Hallo' })).toMatchObject({
        ok: false,
        error: { code: 'live_not_joined' },
      });
      c.disconnect();
    }
    const m = await connectLive(url1, mentee, f.clients, { locale: 'en' });
    expect(await join(m, randomUUID())).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/does not exist/) },
    });
    await joined(m);
    const victim = mentor;
    for (const [event, payload] of [
      ['poll:open', { sessionId, question: 'Q?', options: ['a', 'b'] }],
      ['slide:set', { sessionId, materialId: randomUUID(), page: 1 }],
      ['moderation:mute', { sessionId, userId: victim.id, muted: true }],
      ['moderation:remove', { sessionId, userId: victim.id }],
      ['chat:lock', { sessionId, locked: true }],
    ] as const)
      expect(await (m.timeout(3000).emitWithAck as (e: string, p: object) => Promise<unknown>)(event, payload)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: expect.stringMatching(/Only trainers/) },
      });
    // An ended session cannot be joined; a scheduled one far ahead only by moderators.
    const ended = await f.session(programId, 'ended');
    expect(await join(m, ended)).toMatchObject({ ok: false, error: { code: 'live_session_ended' } });
    const later = await f.session(programId, 'scheduled', new Date(Date.now() + 3 * 3600_000));
    expect(await join(m, later)).toMatchObject({ ok: false, error: { code: 'live_session_not_open' } });
    const t = await connectLive(url2, trainer, f.clients);
    expect(await join(t, later)).toMatchObject({ ok: true });
    [m, t].forEach((c) => c.disconnect());
  });

  it('removes a participant on every process; she cannot rejoin', async () => {
    const removable = await f.person('Rita Raus');
    await f.sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, 'mentee')`, [programId, removable.id]);
    const t = await connectLive(url1, trainer, f.clients);
    await joined(t);
    const onFirst = await connectLive(url1, removable, f.clients);
    const onSecond = await connectLive(url2, removable, f.clients);
    await joined(onFirst);
    await joined(onSecond);
    const notices = [onFirst, onSecond].map((c) => nextEvent(c, 'session:removed'));
    const withoutHer = nextEvent(t, 'presence:update', (list) => !list.some((p) => p.userId === removable.id));
    expect(await t.timeout(5000).emitWithAck('moderation:remove', { sessionId, userId: removable.id })).toEqual({ ok: true });
    expect((await Promise.all(notices)).map((n) => n.sessionId)).toEqual([sessionId, sessionId]);
    await withoutHer;
    // Her sockets are out of the room on both processes: events are refused, chat does not reach her.
    let leaked = false;
    onSecond.on('chat:message', () => (leaked = true));
    expect(await t.timeout(5000).emitWithAck('chat:send', { sessionId, text: 'Ohne Rita' })).toMatchObject({ ok: true });
    for (const c of [onFirst, onSecond])
      expect(await c.timeout(3000).emitWithAck('chat:send', { sessionId, text: 'Ich bin noch da' })).toMatchObject({ ok: false });
    expect(await join(onSecond)).toMatchObject({ ok: false, error: { code: 'live_removed' } });
    const fresh = await connectLive(url1, removable, f.clients);
    expect(await join(fresh)).toMatchObject({ ok: false, error: { code: 'live_removed' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(leaked).toBe(false);
    const open = await f.sql(`SELECT count(*)::int AS n FROM live_attendance WHERE user_id = $1 AND left_at IS NULL`, [removable.id]);
    expect(open[0].n).toBe(0);
    [t, onFirst, onSecond, fresh].forEach((c) => c.disconnect());
  });

  it('refuses malformed payloads and floods; both processes answer afterwards', async () => {
    const m = await connectLive(url1, mentor, f.clients);
    await joined(m);
    const anyEvent = (c: LiveClient) => (e: string, p: unknown) =>
      (c.timeout(3000) as unknown as { emitWithAck(e: string, p: unknown): Promise<SocketAck> }).emitWithAck(e, p);
    const emit = anyEvent(m);
    expect(await emit('chat:send', { sessionId, text: 42 })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: 'Die Nachricht: bitte Text angeben' },
    });
    expect(await emit('chat:send', 'kaputt')).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await emit('session:join', { sessionId: 'nicht-eine-id' })).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await emit('poll:vote', { sessionId, pollId: randomUUID(), option: '1' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(await emit('chat:send', { sessionId, text: 'x'.repeat(100_000) })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: expect.stringMatching(/2000/) },
    });
    expect(await emit('chat:send', { sessionId, text: 'a\u0000b' })).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await emit('question:upvote', { sessionId, questionId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await startOfWindow(1000); // a fresh rate window, not about to end

    // 1,000 events in a second from one client: most are refused, the rest served, nothing breaks.
    const answers = await Promise.all(Array.from({ length: 1000 }, () => emit('hand:lower', { sessionId })));
    const refused = answers.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThanOrEqual(1000 - 2 * 20);
    expect(refused.every((a) => !a.ok && a.error.code === 'rate_limited')).toBe(true);
    // The limit holds across processes for the same person.
    const other = await connectLive(url2, mentor, f.clients);
    await joined(other).catch(() => undefined);
    await startOfWindow(3000);
    const chats = [];
    for (let i = 0; i < 4; i++) chats.push(await emit('chat:send', { sessionId, text: `Nachricht ${i}` }));
    for (let i = 0; i < 3; i++) chats.push(await anyEvent(other)('chat:send', { sessionId, text: `Dort ${i}` }));
    expect(chats.filter((a) => a.ok).length).toBeLessThanOrEqual(5);
    expect(chats.some((a) => !a.ok && a.error.code === 'rate_limited')).toBe(true);

    // A message over the engine's limit closes only that connection.
    const big = await connectLive(url2, mentee, f.clients);
    const closed = new Promise<string>((resolve) => big.once('disconnect', resolve));
    big.emit('chat:send', { sessionId, text: 'y'.repeat(300 * 1024) }, () => undefined);
    expect(await closed).toBe('transport close');

    for (const url of [url1, url2]) {
      const c = await connectLive(url, trainer, f.clients);
      expect(await c.timeout(3000).emitWithAck('ping', {})).toMatchObject({ ok: true });
      expect(await join(c)).toMatchObject({ ok: true });
      c.disconnect();
    }
    [m, other].forEach((c) => c.disconnect());
  });

  it('returns the last 200 messages on join and pages older ones', async () => {
    const historySession = await f.session(programId);
    await f.sql(
      `INSERT INTO live_chat_message (session_id, user_id, text, to_moderators, created_at)
       SELECT $1, $2, 'Nachricht ' || i, false, now() - (260 - i) * interval '1 second' FROM generate_series(1, 250) AS i`,
      [historySession, mentor.id],
    );
    await f.sql(`INSERT INTO live_chat_message (session_id, user_id, text, to_moderators) VALUES ($1, $2, 'Privat', true)`, [
      historySession,
      mentor.id,
    ]);
    const m = await connectLive(url2, mentee, f.clients);
    const state = await joined(m, historySession);
    expect(state.chat).toHaveLength(200);
    expect(state.chatHasMore).toBe(true);
    expect(state.chat[0].text).toBe('Nachricht 51');
    expect(state.chat[199].text).toBe('Nachricht 250'); // the private message is not hers to see
    const older = await m.timeout(5000).emitWithAck('chat:history', { sessionId: historySession, before: state.chat[0].id });
    expect(older).toMatchObject({ ok: true, hasMore: false });
    if (!older.ok) return;
    expect(older.messages.map((x: LiveChatMessage) => x.text)).toEqual(Array.from({ length: 50 }, (_, i) => `Nachricht ${i + 1}`));
    const t = await connectLive(url1, trainer, f.clients);
    expect((await joined(t, historySession)).chat.at(-1)).toMatchObject({ text: 'Privat', toModerators: true });
    [m, t].forEach((c) => c.disconnect());
  });

  it('keeps presence and attendance right across a recovered connection', async () => {
    const recoverSession = await f.session(programId);
    const t = await connectLive(url1, trainer, f.clients);
    await joined(t, recoverSession);
    const m = await connectLive(url2, mentee, f.clients, { reconnection: true });
    await joined(m, recoverSession);
    let latest: LiveParticipant[] = [];
    t.on('presence:update', (list) => (latest = list));
    const back = new Promise<boolean>((resolve) => m.io.once('reconnect', () => m.once('connect', () => resolve(m.recovered))));
    // A network loss: the engine closes without a clean disconnect, the client reconnects with its session.
    (m.io.engine as unknown as { close(): void }).close();
    expect(await eventually(async () => (await back) || null, 'Wiederherstellung')).toBe(true);
    await eventually(async () => latest.some((p) => p.userId === mentee.id), 'wieder anwesend', 5000);
    // The recovered socket may still send events of the session.
    expect(await m.timeout(3000).emitWithAck('hand:raise', { sessionId: recoverSession })).toMatchObject({ ok: true, position: 1 });
    const stays = await f.sql(`SELECT left_at FROM live_attendance WHERE session_id = $1 AND user_id = $2 ORDER BY joined_at`, [
      recoverSession,
      mentee.id,
    ]);
    expect(stays).toHaveLength(2);
    expect(stays[0].left_at).not.toBeNull();
    expect(stays[1].left_at).toBeNull();
    [t, m].forEach((c) => c.disconnect());
  });
});
