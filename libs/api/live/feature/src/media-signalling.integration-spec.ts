import { createTestApi, eventually, startTestJanus, type TestApi, type TestJanus } from '@ecampus/api/platform/testing';
import { LiveMediaSignalling } from './lib/media/live-media-signalling';
import { LiveModule } from './lib/live.module';
import {
  connectLive,
  expectEvent,
  joinedSession,
  listenLive,
  mediaInfo,
  nextEvent,
  roomFixtures,
  type RoomPerson,
} from './testing/live-room-fixtures';
import { fakePeers, publishFake, receiveFeed } from './testing/werift-peer';

/*
 * Audio and video signalling over `/live` across two API processes (two apps on one Redis and one
 * database) and a real Janus (started by the test): Node WebRTC peers (werift) stand in for
 * browsers. A trainer's feed published through one process reaches a subscriber on the other;
 * publishing needs the floor (refused by the API, and by Janus after it is taken back); a removed
 * participant loses her subscription.
 */
describe('live media signalling across two API processes (real Janus)', () => {
  let janus: TestJanus;
  let first: TestApi;
  let second: TestApi;
  let f: ReturnType<typeof roomFixtures>;
  let url1: string;
  let url2: string;
  let trainer: RoomPerson, mentee: RoomPerson, mentor: RoomPerson;
  let programId: string;
  const peers = fakePeers();

  beforeAll(async () => {
    janus = await startTestJanus();
    first = await createTestApi({ features: [LiveModule], env: janus.env });
    second = await createTestApi({ features: [LiveModule], services: first.services, env: janus.env });
    f = roomFixtures(first);
    url1 = await listenLive(first.app);
    url2 = await listenLive(second.app);
    [trainer, mentee, mentor] = await Promise.all([f.person('Tina Trainerin'), f.person('Erika Mentee'), f.person('Mona Mentorin')]);
    programId = await f.program([
      [trainer, 'trainer'],
      [mentee, 'mentee'],
      [mentor, 'mentor'],
    ]);
  }, 60_000);

  afterAll(async () => {
    await peers.stopAll();
    f?.clients.forEach((c) => c.disconnect());
    await second?.close();
    await first?.close();
    await janus?.stop();
  });

  it('carries the trainer’s camera from one process to a subscriber on the other', async () => {
    const sessionId = await f.session(programId);
    const t = await connectLive(url1, trainer, f.clients);
    const m = await connectLive(url2, mentee, f.clients);
    await joinedSession(t, sessionId);
    await joinedSession(m, sessionId);
    expect(await mediaInfo(m, sessionId)).toMatchObject({ available: true, canPublish: false, floor: [], publishers: [] });
    expect(await mediaInfo(t, sessionId)).toMatchObject({ available: true, canPublish: true });

    const announced = expectEvent(m, 'media:publishers', (p) => p.publishers.length === 1);
    const camera = peers.keep(await publishFake(t, sessionId, 'camera'));
    expect(camera.answer).toMatchObject({ ok: true, jsep: { type: 'answer' }, feed: expect.any(Number) });
    if (!camera.answer.ok) return;
    expect((await announced.within()).publishers).toEqual([{ feed: camera.answer.feed, userId: trainer.id, kind: 'camera' }]);

    const received = peers.keep(await receiveFeed(m, sessionId, camera.answer.feed));
    await eventually(async () => received.packets() > 20, 'Videopakete beim Empfänger', 10_000);
    expect(second.app.get(LiveMediaSignalling).handlesOf(m.id ?? '', sessionId)).toEqual({ publishers: [], subscriptions: 1 });

    // The trainer stops her camera: the list says so on the other process.
    const gone = nextEvent(m, 'media:publishers', (p) => p.publishers.length === 0);
    expect(await t.timeout(5000).emitWithAck('media:unpublish', { sessionId, kind: 'camera' })).toEqual({ ok: true });
    await gone;
  });

  it('lets a participant publish only with the floor, and Janus drops her when it is taken back', async () => {
    const sessionId = await f.session(programId);
    const t = await connectLive(url1, trainer, f.clients);
    const m = await connectLive(url2, mentee, f.clients);
    await joinedSession(t, sessionId);
    await joinedSession(m, sessionId);

    const refused = peers.keep(await publishFake(m, sessionId));
    expect(refused.answer).toMatchObject({ ok: false, error: { code: 'live_no_floor' } });
    // A description Janus cannot use is a clear refusal, not a server error; both processes go on.
    expect(
      await t.timeout(10_000).emitWithAck('media:publish', { sessionId, kind: 'screen', jsep: { type: 'offer', sdp: 'v=0\r\nkaputt' } }),
    ).toMatchObject({ ok: false, error: { code: 'live_media_negotiation_failed' } });
    expect(await mediaInfo(m, sessionId)).toMatchObject({ available: true });
    // Only moderators give the floor.
    expect(await m.timeout(5000).emitWithAck('media:floor', { sessionId, userId: mentee.id, granted: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const floorNews = nextEvent(m, 'media:floor', (p) => p.userIds.includes(mentee.id));
    expect(await t.timeout(5000).emitWithAck('media:floor', { sessionId, userId: mentee.id, granted: true })).toEqual({ ok: true });
    await floorNews;
    expect(await mediaInfo(m, sessionId)).toMatchObject({ canPublish: true, floor: [mentee.id] });
    const appeared = expectEvent(t, 'media:publishers', (p) => p.publishers.some((x) => x.userId === mentee.id && x.kind === 'camera'));
    const speaking = peers.keep(await publishFake(m, sessionId));
    expect(speaking.answer).toMatchObject({ ok: true, jsep: { type: 'answer' } });
    await appeared.within();

    const dropped = nextEvent(t, 'media:publishers', (p) => !p.publishers.some((x) => x.userId === mentee.id));
    expect(await t.timeout(5000).emitWithAck('media:floor', { sessionId, userId: mentee.id, granted: false })).toEqual({ ok: true });
    await dropped;
    const again = peers.keep(await publishFake(m, sessionId));
    expect(again.answer).toMatchObject({ ok: false, error: { code: 'live_no_floor' } });
  });

  it('lets everyone publish while the trainer opens the floor (small groups), and drops them when she closes it', async () => {
    const sessionId = await f.session(programId);
    const t = await connectLive(url1, trainer, f.clients);
    const m = await connectLive(url2, mentee, f.clients);
    for (const c of [t, m]) await joinedSession(c, sessionId);
    expect(await mediaInfo(m, sessionId)).toMatchObject({ canPublish: false, openFloor: false });
    expect(await m.timeout(5000).emitWithAck('media:open-floor', { sessionId, open: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const opened = nextEvent(m, 'media:floor', (p) => p.openFloor);
    expect(await t.timeout(5000).emitWithAck('media:open-floor', { sessionId, open: true })).toEqual({ ok: true });
    expect(await opened).toEqual({ sessionId, userIds: [], openFloor: true });
    expect(await mediaInfo(m, sessionId)).toMatchObject({ canPublish: true, openFloor: true, floor: [] });
    const appeared = expectEvent(t, 'media:publishers', (p) => p.publishers.some((x) => x.userId === mentee.id));
    const speaking = peers.keep(await publishFake(m, sessionId));
    expect(speaking.answer).toMatchObject({ ok: true, jsep: { type: 'answer' } });
    await appeared.within();
    const trainerUp = expectEvent(m, 'media:publishers', (p) => p.publishers.some((x) => x.userId === trainer.id));
    const trainerCamera = peers.keep(await publishFake(t, sessionId));
    expect(trainerCamera.answer).toMatchObject({ ok: true });
    await trainerUp.within();

    // Closed again: Janus drops her feed (not the trainer's), and she may not publish any more.
    const dropped = nextEvent(t, 'media:publishers', (p) => !p.publishers.some((x) => x.userId === mentee.id));
    expect(await t.timeout(5000).emitWithAck('media:open-floor', { sessionId, open: false })).toEqual({ ok: true });
    expect((await dropped).publishers.map((p) => p.userId)).toEqual([trainer.id]);
    expect(peers.keep(await publishFake(m, sessionId)).answer).toMatchObject({ ok: false, error: { code: 'live_no_floor' } });
  });

  it('tells the room who is talking: Janus’ audio levels of her microphone, on and off', async () => {
    const sessionId = await f.session(programId);
    const t = await connectLive(url1, trainer, f.clients);
    const m = await connectLive(url2, mentee, f.clients);
    for (const c of [t, m]) await joinedSession(c, sessionId);
    expect(await t.timeout(5000).emitWithAck('media:floor', { sessionId, userId: mentee.id, granted: true })).toEqual({ ok: true });
    // Loud (-10 dBov) for a while, then silence: Janus averages 100 packets (2 s) against its threshold.
    let level = 10;
    const talking = nextEvent(t, 'media:talking', (p) => p.userId === mentee.id && p.talking, 15_000);
    const speaking = peers.keep(await publishFake(m, sessionId, 'camera', { audio: true, audioLevel: () => level }));
    expect(speaking.answer).toMatchObject({ ok: true });
    expect(await talking).toEqual({ sessionId, userId: mentee.id, talking: true });
    const silent = nextEvent(t, 'media:talking', (p) => p.userId === mentee.id && !p.talking, 15_000);
    level = 127;
    expect(await silent).toEqual({ sessionId, userId: mentee.id, talking: false });
  });

  it('lets a moderator mute a participant’s microphone: Janus stops forwarding her audio until it is released', async () => {
    const sessionId = await f.session(programId);
    const t = await connectLive(url1, trainer, f.clients);
    const m = await connectLive(url2, mentee, f.clients);
    const r = await connectLive(url1, mentor, f.clients);
    for (const c of [t, m, r]) await joinedSession(c, sessionId);
    expect(await t.timeout(5000).emitWithAck('media:floor', { sessionId, userId: mentee.id, granted: true })).toEqual({ ok: true });
    const appeared = expectEvent(r, 'media:publishers', (p) => p.publishers.some((x) => x.userId === mentee.id));
    const speaking = peers.keep(await publishFake(m, sessionId, 'camera', { audio: true }));
    if (!speaking.answer.ok) throw new Error('she could not publish');
    await appeared.within();
    const heard = peers.keep(await receiveFeed(r, sessionId, speaking.answer.feed));
    await eventually(async () => heard.packets('audio') > 20 && heard.packets('video') > 20, 'Ton und Bild beim Mentor', 10_000);

    // Only moderators mute.
    expect(await r.timeout(5000).emitWithAck('media:mute', { sessionId, userId: mentee.id, muted: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const news = nextEvent(m, 'media:muted', (p) => p.userIds.includes(mentee.id));
    expect(await t.timeout(5000).emitWithAck('media:mute', { sessionId, userId: mentee.id, muted: true })).toEqual({ ok: true });
    await news;
    await new Promise((res) => setTimeout(res, 500));
    const audioBefore = heard.packets('audio');
    const videoBefore = heard.packets('video');
    await new Promise((res) => setTimeout(res, 1500));
    expect(heard.packets('audio')).toBe(audioBefore);
    expect(heard.packets('video')).toBeGreaterThan(videoBefore + 10);
    expect(await mediaInfo(m, sessionId)).toMatchObject({ muted: [mentee.id] });

    // Released: her audio flows again.
    expect(await t.timeout(5000).emitWithAck('media:mute', { sessionId, userId: mentee.id, muted: false })).toEqual({ ok: true });
    const released = heard.packets('audio');
    await eventually(async () => heard.packets('audio') > released + 20, 'Ton wieder da', 10_000);
  });

  it('ends a removed participant’s subscription on her process', async () => {
    const sessionId = await f.session(programId);
    const t = await connectLive(url1, trainer, f.clients);
    const r = await connectLive(url2, mentor, f.clients);
    await joinedSession(t, sessionId);
    await joinedSession(r, sessionId);
    const announced = expectEvent(r, 'media:publishers', (p) => p.publishers.length === 1);
    const camera = peers.keep(await publishFake(t, sessionId));
    if (!camera.answer.ok) throw new Error('the trainer could not publish');
    await announced.within();
    const received = peers.keep(await receiveFeed(r, sessionId, camera.answer.feed));
    await eventually(async () => received.packets() > 20, 'Videopakete beim Empfänger', 10_000);
    const socketId = r.id ?? '';

    expect(await t.timeout(5000).emitWithAck('moderation:remove', { sessionId, userId: mentor.id })).toEqual({ ok: true });
    await eventually(
      async () => second.app.get(LiveMediaSignalling).handlesOf(socketId, sessionId).subscriptions === 0,
      'ihr Empfang ist beendet',
    );
    // Janus stops forwarding to her: the count stands still.
    await new Promise((res) => setTimeout(res, 500));
    const after = received.packets();
    await new Promise((res) => setTimeout(res, 1500));
    expect(received.packets()).toBe(after);
    expect(await r.timeout(5000).emitWithAck('media:subscribe', { sessionId, feed: camera.answer.feed })).toMatchObject({ ok: false });
  });

  it('without a media server the room says so and refuses media events with a clear code', async () => {
    const plain = await createTestApi({ features: [LiveModule], services: first.services });
    try {
      const url = await listenLive(plain.app);
      const sessionId = await f.session(programId);
      const m = await connectLive(url, mentee, f.clients);
      await joinedSession(m, sessionId);
      expect(await mediaInfo(m, sessionId)).toMatchObject({ available: false, publishers: [] });
      const t = await connectLive(url, trainer, f.clients);
      await joinedSession(t, sessionId);
      const attempt = peers.keep(await publishFake(t, sessionId));
      expect(attempt.answer).toMatchObject({ ok: false, error: { code: 'live_media_unavailable' } });
      [m, t].forEach((c) => c.disconnect());
    } finally {
      await plain.close();
    }
  });
});
