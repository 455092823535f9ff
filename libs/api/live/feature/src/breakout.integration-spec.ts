import { createTestApi, eventually, startTestJanus, type TestApi, type TestJanus } from '@ecampus/api/platform/testing';
import type { LiveBreakout, SocketAck } from '@ecampus/shared/contracts';
import { LiveBreakoutService } from './lib/breakout/live-breakout.service';
import { LiveBreakoutStore } from './lib/breakout/live-breakout.store';
import { LiveMediaSignalling } from './lib/media/live-media-signalling';
import { RATE_LIMITS } from './lib/room/live-room.store';
import { LiveModule } from './lib/live.module';
import {
  connectLive,
  expectEvent,
  joinedSession,
  listenLive,
  mediaInfo,
  nextEvent,
  roomFixtures,
  type LiveClient,
  type RoomPerson,
} from './testing/live-room-fixtures';
import { fakePeers, publishFake, receiveFeed } from './testing/werift-peer';

/*
 * Breakout rooms across two API processes (two apps on one Redis and one database) with a real
 * Janus: one room per tandem, chat, notes and media only inside a room, a person moved between
 * rooms on the other process, help, broadcast, the timer, and closing — everyone back in the main
 * room, attendance never interrupted.
 */
type Ack<T> = SocketAck<T & object>;

describe('breakout rooms across two API processes (real Janus)', () => {
  let janus: TestJanus;
  let first: TestApi;
  let second: TestApi;
  let f: ReturnType<typeof roomFixtures>;
  let url1: string;
  let url2: string;
  let trainer: RoomPerson, anna: RoomPerson, ben: RoomPerson, clara: RoomPerson, dora: RoomPerson, otto: RoomPerson, stranger: RoomPerson;
  let programId: string;
  const peers = fakePeers();

  beforeAll(async () => {
    janus = await startTestJanus();
    first = await createTestApi({ features: [LiveModule], env: janus.env });
    second = await createTestApi({ features: [LiveModule], services: first.services, env: janus.env });
    f = roomFixtures(first);
    url1 = await listenLive(first.app);
    url2 = await listenLive(second.app);
    [trainer, anna, ben, clara, dora, otto, stranger] = await Promise.all(
      ['Tina Trainerin', 'Anna Alt', 'Ben Neu', 'Clara Kreis', 'Dora Digital', 'Otto Ohne', 'Paula Anderswo'].map((n) => f.person(n)),
    );
    programId = await f.program([
      [trainer, 'trainer'],
      [anna, 'mentee'],
      [ben, 'mentor'],
      [clara, 'mentee'],
      [dora, 'mentor'],
      [otto, 'mentee'],
    ]);
    await f.program([[stranger, 'mentee']]);
    // Two tandems: Ben (mentor) with Anna, Dora (mentor) with Clara; Otto has none.
    await f.sql(
      `INSERT INTO tandem (program_id, mentor_id, mentee_id, created_at) VALUES ($1, $2, $3, now() - interval '1 day'), ($1, $4, $5, now())`,
      [programId, ben.id, anna.id, dora.id, clara.id],
    );
  }, 60_000);

  afterAll(async () => {
    await peers.stopAll();
    f?.clients.forEach((c) => c.disconnect());
    await second?.close();
    await first?.close();
    await janus?.stop();
  });

  // The same people act in every test: each starts in fresh rate windows (as in room.integration-spec.ts).
  beforeEach(() => new Promise((r) => setTimeout(r, RATE_LIMITS.chat.windowMs - (Date.now() % RATE_LIMITS.chat.windowMs) + 20)));

  const ok = async <T extends object>(pending: Promise<Ack<T>>): Promise<T> => {
    const answer = await pending;
    if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
    return answer as T;
  };
  const say = (client: LiveClient, sessionId: string, text: string) =>
    ok(client.timeout(5000).emitWithAck('chat:send', { sessionId, text }));
  /** Every chat text the client receives from now on. */
  const heard = (client: LiveClient) => {
    const texts: string[] = [];
    client.on('chat:message', (m) => texts.push(m.text));
    return texts;
  };
  const roomOf = (breakout: LiveBreakout | null, userId: string) => breakout?.rooms.find((r) => r.userIds.includes(userId)) ?? null;

  /** A live session with the trainer on the first process and everyone else spread over both. */
  async function classroom() {
    const sessionId = await f.session(programId);
    const t = await connectLive(url1, trainer, f.clients);
    const a = await connectLive(url1, anna, f.clients);
    const b = await connectLive(url2, ben, f.clients);
    const c = await connectLive(url2, clara, f.clients);
    const d = await connectLive(url1, dora, f.clients);
    const o = await connectLive(url2, otto, f.clients);
    for (const client of [t, a, b, c, d, o]) await joinedSession(client, sessionId);
    return { sessionId, t, a, b, c, d, o };
  }

  it('opens one room per tandem: chat and notes stay inside a room, across processes, and closing brings everyone back', async () => {
    const { sessionId, t, a, b, c, d, o } = await classroom();

    const plan = await ok(t.timeout(5000).emitWithAck('breakout:plan', { sessionId }));
    expect(plan.rooms).toEqual([
      { name: 'Tandem Ben Neu & Anna Alt', userIds: [ben.id, anna.id] },
      { name: 'Tandem Dora Digital & Clara Kreis', userIds: [dora.id, clara.id] },
    ]);

    const seenByOtto = nextEvent(o, 'breakout:state', (p) => p.breakout !== null);
    const { breakout } = await ok<{ breakout: LiveBreakout }>(t.timeout(10_000).emitWithAck('breakout:open', { sessionId, minutes: 15 }));
    expect(breakout.rooms.map((r) => [r.name, r.userIds])).toEqual([
      ['Tandem Ben Neu & Anna Alt', [anna.id, ben.id].sort()],
      ['Tandem Dora Digital & Clara Kreis', [clara.id, dora.id].sort()],
    ]);
    expect(Date.parse(breakout.endsAt) - Date.parse(breakout.openedAt)).toBe(15 * 60_000);
    expect((await seenByOtto).breakout?.rooms).toHaveLength(2);
    const [roomAB, roomCD] = breakout.rooms;
    // Each breakout room has its own Janus room (besides the main room's).
    const breakoutJanusRooms = async () =>
      Number((await f.sql(`SELECT count(*) FROM live_media_room WHERE session_id = $1 AND room_key <> 'main'`, [sessionId]))[0].count);
    expect(await breakoutJanusRooms()).toBe(2);

    const [heardA, heardB, heardC, heardD, heardO, heardT] = [a, b, c, d, o, t].map(heard);
    await say(a, sessionId, 'Hallo Ben');
    await say(c, sessionId, 'Hallo Dora');
    await say(t, sessionId, 'Im Hauptraum');
    await eventually(
      async () => heardB.includes('Hallo Ben') && heardD.includes('Hallo Dora') && heardO.includes('Im Hauptraum'),
      'Chat in den Räumen',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(heardB).toEqual(['Hallo Ben']);
    expect(heardD).toEqual(['Hallo Dora']);
    expect(heardA).toEqual([]);
    expect(heardC).toEqual([]);
    expect(heardO).toEqual(['Im Hauptraum']);
    expect(heardT).toEqual([]);

    // A join (as after a reload) answers with her room's chat and note, and the breakout.
    const benState = await joinedSession(b, sessionId);
    expect(benState.chat.map((m) => m.text)).toEqual(['Hallo Ben']);
    expect(benState.notes).toEqual({ text: '', version: 0, open: true });
    expect(roomOf(benState.breakout, ben.id)?.id).toBe(roomAB.id);
    expect((await joinedSession(o, sessionId)).chat.map((m) => m.text)).toEqual(['Im Hauptraum']);

    // The room's shared note: its people see changes, the other room does not.
    const noteForAnna = nextEvent(a, 'notes:changed', (n) => n.text === 'Ziele: Facebook-Seite');
    let clarasNotes = 0;
    c.on('notes:changed', () => (clarasNotes += 1));
    expect(await b.timeout(5000).emitWithAck('notes:update', { sessionId, text: 'Ziele: Facebook-Seite', baseVersion: 0 })).toEqual({
      ok: true,
      version: 1,
    });
    await noteForAnna;
    expect((await joinedSession(d, sessionId)).notes).toEqual({ text: '', version: 0, open: true });
    expect(clarasNotes).toBe(0);

    // Closing: everyone is back in the main room (its chat reaches all again), the rooms' Janus rooms go.
    const backForClara = nextEvent(c, 'breakout:state', (p) => p.breakout === null);
    expect(await t.timeout(10_000).emitWithAck('breakout:close', { sessionId })).toEqual({ ok: true });
    await backForClara;
    heardC.length = 0;
    heardB.length = 0;
    await say(t, sessionId, 'Willkommen zurück');
    await eventually(async () => heardC.includes('Willkommen zurück') && heardB.includes('Willkommen zurück'), 'alle zurück');
    expect((await joinedSession(a, sessionId)).breakout).toBeNull();
    expect((await joinedSession(a, sessionId)).chat.map((m) => m.text)).toEqual(['Im Hauptraum', 'Willkommen zurück']);
    await eventually(async () => (await breakoutJanusRooms()) === 0, 'Janus-Räume der Gruppen zerstört');
    expect(
      (await f.sql(`SELECT count(*) FROM live_breakout_room WHERE session_id = $1 AND closed_at IS NOT NULL`, [sessionId]))[0].count,
    ).toBe('2');
    // Notes of a closed room stay on record; a second close has nothing to close.
    expect((await f.sql(`SELECT notes FROM live_breakout_room WHERE id = $1`, [roomAB.id]))[0].notes).toBe('Ziele: Facebook-Seite');
    expect(await t.timeout(5000).emitWithAck('breakout:close', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'live_breakout_not_open' },
    });
    expect(roomCD.id).not.toBe(roomAB.id);
  });

  it('moves a person between rooms on the other process: she gets the new room’s chat, not the old one’s, and her attendance goes on', async () => {
    const { sessionId, t, a, b, c, d } = await classroom();
    const stays = async () =>
      (
        await f.sql(`SELECT count(*) AS n, count(left_at) AS closed FROM live_attendance WHERE session_id = $1 AND user_id = $2`, [
          sessionId,
          clara.id,
        ])
      )[0];
    expect(await stays()).toEqual({ n: '1', closed: '0' });
    const { breakout } = await ok<{ breakout: LiveBreakout }>(t.timeout(10_000).emitWithAck('breakout:open', { sessionId, minutes: 20 }));
    const [roomAB, roomCD] = breakout.rooms;
    await say(d, sessionId, 'Nur für Clara und Dora');

    // Clara (on the second process) is moved into Anna and Ben's room by the trainer (first process).
    const movedState = nextEvent(c, 'breakout:state', (p) => roomOf(p.breakout, clara.id)?.id === roomAB.id);
    expect(await t.timeout(10_000).emitWithAck('breakout:move', { sessionId, userId: clara.id, roomId: roomAB.id })).toEqual({ ok: true });
    await movedState;
    const heardC = heard(c);
    await say(a, sessionId, 'Willkommen, Clara');
    await say(d, sessionId, 'Clara ist weg');
    await eventually(async () => heardC.includes('Willkommen, Clara'), 'Chat des neuen Raums');
    await new Promise((r) => setTimeout(r, 300));
    expect(heardC).toEqual(['Willkommen, Clara']);
    const claraState = await joinedSession(c, sessionId);
    expect(claraState.chat.map((m) => m.text)).toEqual(['Willkommen, Clara']);
    expect(roomOf(claraState.breakout, clara.id)?.id).toBe(roomAB.id);
    expect(roomOf(claraState.breakout, dora.id)?.id).toBe(roomCD.id);
    // Her attendance went on through the move: still one open stay.
    expect(await stays()).toEqual({ n: '1', closed: '0' });

    // Back to the main room, then the rooms close by their timer (run out in Redis, swept by a process).
    expect(await t.timeout(5000).emitWithAck('breakout:move', { sessionId, userId: clara.id, roomId: null })).toEqual({ ok: true });
    expect(roomOf((await joinedSession(c, sessionId)).breakout, clara.id)).toBeNull();
    const closed = nextEvent(b, 'breakout:state', (p) => p.breakout === null, 10_000);
    await second.app.get(LiveBreakoutStore).setEndsAt(sessionId, new Date(Date.now() - 1000));
    expect(await second.app.get(LiveBreakoutService).closeDue()).toBe(1);
    expect(await first.app.get(LiveBreakoutService).closeDue()).toBe(0);
    await closed;
    expect(await stays()).toEqual({ n: '1', closed: '0' });
  });

  it('lets a room call for help, the trainer visit, broadcast to all rooms and change the timer', async () => {
    const { sessionId, t, a, c, o } = await classroom();
    const { breakout } = await ok<{ breakout: LiveBreakout }>(t.timeout(10_000).emitWithAck('breakout:open', { sessionId, minutes: 10 }));
    const [roomAB] = breakout.rooms;

    expect(await o.timeout(5000).emitWithAck('breakout:help', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'live_breakout_not_in_room' },
    });
    const called = nextEvent(t, 'breakout:state', (p) => p.breakout?.rooms[0].helpRequestedAt !== null);
    expect(await a.timeout(5000).emitWithAck('breakout:help', { sessionId })).toEqual({ ok: true });
    expect((await called).breakout?.rooms[1].helpRequestedAt).toBeNull();

    // The trainer visits: she is in the room (its chat reaches her), and the call is answered.
    const visited = nextEvent(a, 'breakout:state', (p) => roomOf(p.breakout, trainer.id)?.id === roomAB.id);
    expect(await t.timeout(10_000).emitWithAck('breakout:visit', { sessionId, roomId: roomAB.id })).toEqual({ ok: true });
    expect((await visited).breakout?.rooms[0].helpRequestedAt).toBeNull();
    const forTrainer = nextEvent(t, 'chat:message', (m) => m.text === 'Wie geht das mit den Stories?');
    await say(a, sessionId, 'Wie geht das mit den Stories?');
    await forTrainer;
    expect(await t.timeout(5000).emitWithAck('breakout:visit', { sessionId, roomId: null })).toEqual({ ok: true });

    const message = nextEvent(c, 'breakout:broadcast');
    expect(await t.timeout(5000).emitWithAck('breakout:broadcast', { sessionId, text: 'Noch fünf Minuten' })).toEqual({ ok: true });
    expect(await message).toMatchObject({ sessionId, text: 'Noch fünf Minuten', displayName: 'Tina Trainerin' });

    const timer = await ok(t.timeout(5000).emitWithAck('breakout:timer', { sessionId, minutes: 5 }));
    expect(Math.abs(Date.parse(timer.breakout.endsAt) - (Date.now() + 5 * 60_000))).toBeLessThan(5000);
    expect(await t.timeout(10_000).emitWithAck('breakout:close', { sessionId })).toEqual({ ok: true });
  });

  it('refuses what participants may not do and what makes no sense, with clear codes', async () => {
    const { sessionId, t, a } = await classroom();
    const refusal = async (client: LiveClient, event: string, payload: object) => {
      const answer = (await (client.timeout(5000) as unknown as { emitWithAck(e: string, p: object): Promise<Ack<object>> }).emitWithAck(
        event,
        payload,
      )) as Ack<object>;
      return answer.ok ? 'ok' : answer.error.code;
    };
    expect(await refusal(a, 'breakout:open', { sessionId, minutes: 10 })).toBe('forbidden');
    expect(await refusal(a, 'breakout:plan', { sessionId })).toBe('forbidden');
    expect(await refusal(t, 'breakout:open', { sessionId, minutes: 0 })).toBe('validation_failed');
    expect(await refusal(t, 'breakout:open', { sessionId, minutes: 10, rooms: [] })).toBe('validation_failed');
    expect(await refusal(t, 'breakout:open', { sessionId, minutes: 10, rooms: [{ name: 'X', userIds: [stranger.id] }] })).toBe(
      'live_breakout_room_not_found',
    );
    expect(
      await refusal(t, 'breakout:open', {
        sessionId,
        minutes: 10,
        rooms: [
          { name: 'X', userIds: [anna.id] },
          { name: 'Y', userIds: [anna.id] },
        ],
      }),
    ).toBe('validation_failed');
    expect(await refusal(t, 'breakout:move', { sessionId, userId: anna.id, roomId: null })).toBe('live_breakout_not_open');
    expect(await refusal(t, 'breakout:broadcast', { sessionId, text: 'Hallo' })).toBe('live_breakout_not_open');

    // Custom groups: Otto (no tandem) with Anna; the rest stays in the main room.
    const { breakout } = await ok<{ breakout: LiveBreakout }>(
      t
        .timeout(10_000)
        .emitWithAck('breakout:open', { sessionId, minutes: 10, rooms: [{ name: 'Gruppe 1', userIds: [otto.id, anna.id] }] }),
    );
    expect(breakout.rooms.map((r) => [r.name, r.userIds])).toEqual([['Gruppe 1', [anna.id, otto.id].sort()]]);
    expect(await refusal(t, 'breakout:open', { sessionId, minutes: 10 })).toBe('live_breakout_already_open');
    expect(await refusal(t, 'breakout:move', { sessionId, userId: anna.id, roomId: '00000000-0000-4000-8000-000000000000' })).toBe(
      'live_breakout_room_not_found',
    );
    expect(await refusal(t, 'breakout:move', { sessionId, userId: stranger.id, roomId: null })).toBe('live_breakout_room_not_found');
    expect(await refusal(a, 'breakout:move', { sessionId, userId: anna.id, roomId: null })).toBe('forbidden');
    expect(await refusal(a, 'breakout:close', { sessionId })).toBe('forbidden');
    expect(await refusal(t, 'breakout:close', { sessionId })).toBe('ok');

    // Not before the session runs.
    const later = await f.session(programId, 'scheduled', new Date(Date.now() + 5 * 60_000));
    await joinedSession(t, later);
    expect(await refusal(t, 'breakout:open', { sessionId: later, minutes: 10 })).toBe('live_session_not_open');
  });

  it('carries media only inside a room: the partner receives, the other tandem cannot subscribe; a move drops her handles', async () => {
    const { sessionId, t, a, b, c } = await classroom();
    const { breakout } = await ok<{ breakout: LiveBreakout }>(t.timeout(10_000).emitWithAck('breakout:open', { sessionId, minutes: 10 }));
    const [, roomCD] = breakout.rooms;
    // In a breakout room everyone may publish without the floor.
    expect(await mediaInfo(a, sessionId)).toMatchObject({ available: true, canPublish: true, publishers: [] });

    let claraHeardPublishers = 0;
    c.on('media:publishers', () => (claraHeardPublishers += 1));
    const announced = expectEvent(b, 'media:publishers', (p) => p.publishers.some((x) => x.userId === anna.id));
    const camera = peers.keep(await publishFake(a, sessionId, 'camera', { audio: true }));
    expect(camera.answer).toMatchObject({ ok: true, feed: expect.any(Number) });
    if (!camera.answer.ok) return;
    await announced.within();
    const received = peers.keep(await receiveFeed(b, sessionId, camera.answer.feed));
    await eventually(async () => received.packets() > 20, 'Ben empfängt Annas Kamera', 10_000);

    // Clara is in the other room: Anna's feed is not there for her, and she heard nothing of it.
    expect(await c.timeout(10_000).emitWithAck('media:subscribe', { sessionId, feed: camera.answer.feed })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await mediaInfo(c, sessionId)).publishers).toEqual([]);
    expect(claraHeardPublishers).toBe(0);

    // Ben (second process) is moved to Clara's room: his handles of the old room are gone at once.
    expect(second.app.get(LiveMediaSignalling).handlesOf(b.id ?? '', sessionId).subscriptions).toBe(1);
    expect(await t.timeout(10_000).emitWithAck('breakout:move', { sessionId, userId: ben.id, roomId: roomCD.id })).toEqual({ ok: true });
    await eventually(
      async () => second.app.get(LiveMediaSignalling).handlesOf(b.id ?? '', sessionId).subscriptions === 0,
      'Bens Abo beendet',
    );
    expect(await t.timeout(10_000).emitWithAck('breakout:close', { sessionId })).toEqual({ ok: true });
  });
});
