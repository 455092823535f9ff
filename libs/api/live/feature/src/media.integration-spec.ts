// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- janode ships no types: its declarations must reach every program compiling this file
/// <reference path="./lib/media/janode.d.ts" />
import Janode, { type JanodeConnection, type JanodeSession } from 'janode';
import VideoRoom, { type VideoRoomHandle } from 'janode/plugins/videoroom';
import { createTestApi, startTestJanus, type TestJanus } from '@ecampus/api/platform/testing';
import { LiveModule } from './lib/live.module';
import { LiveMediaRooms, publisherDisplay } from './lib/media/live-media-rooms';
import { LiveMediaRepository } from './lib/media/live-media.repository';
import { minutesFromNow, withScheduleFixtures, type ScheduleTestApi, type TestPerson } from './testing/schedule-fixtures';

/*
 * Audio and video rooms in a real Janus (Debian's `janus`, started by the test with its own
 * configuration): the API creates the session's VideoRoom when it starts and destroys it when it
 * ends; Janus itself refuses a publisher whose token is not in the room's ACL (nobody without the
 * floor), and drops one whose floor is taken back. The test talks to Janus as a rogue client would
 * if it had the API secret — it still lacks the room's publish tokens.
 */
describe('live media rooms in Janus (real Janus, PostgreSQL, Redis)', () => {
  let janus: TestJanus;
  let t: ScheduleTestApi;
  let trainer: TestPerson, mentee: TestPerson;
  let programId: string;
  let connection: JanodeConnection;
  let session: JanodeSession;
  let probe: VideoRoomHandle;

  beforeAll(async () => {
    janus = await startTestJanus();
    t = withScheduleFixtures(await createTestApi({ features: [LiveModule], env: janus.env }));
    [trainer, mentee] = await Promise.all([t.person('Tina Trainerin'), t.person('Mona Mentee')]);
    programId = await t.program([
      [trainer, 'trainer'],
      [mentee, 'mentee'],
    ]);
    Janode.Logger.setLevel('none');
    connection = await Janode.connect({ address: { url: janus.env.JANUS_URL, apisecret: janus.env.JANUS_API_SECRET } });
    session = await connection.create();
    probe = await session.attach(VideoRoom);
  }, 60_000);

  afterAll(async () => {
    await session?.destroy().catch(() => undefined);
    await connection?.close().catch(() => undefined);
    await t?.close();
    await janus?.stop();
  });

  const as = (who: TestPerson, method: 'post', url: string, body?: object) =>
    t.http()[method](url).set('Authorization', who.auth).send(body);
  const liveSession = async (): Promise<string> => {
    const created = await as(trainer, 'post', `/api/programs/${programId}/live-sessions`, {
      title: 'Mit Bild und Ton',
      startsAt: minutesFromNow(5).toISOString(),
      durationMinutes: 60,
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const roomOf = async (sessionId: string) => t.app.get(LiveMediaRepository).find(sessionId);
  const existingRoom = async (sessionId: string) => {
    const room = await roomOf(sessionId);
    if (!room) throw new Error(`Kein Medienraum für ${sessionId}`);
    return room;
  };
  /** A publisher join on a fresh handle: what Janus answers (the feed, or its refusal). */
  const joinAsPublisher = async (room: number, userId: string, token?: string) => {
    const handle = await session.attach(VideoRoom);
    try {
      const joined = await handle.joinPublisher({ room, display: publisherDisplay(userId, 'camera'), token });
      return { ok: true as const, feed: joined.feed, handle };
    } catch (e) {
      await handle.detach().catch(() => undefined);
      return { ok: false as const, error: (e as Error).message };
    }
  };

  it('creates the session’s room in Janus on start and destroys it on end', async () => {
    const sessionId = await liveSession();
    expect(await roomOf(sessionId)).toBeNull();
    expect((await as(trainer, 'post', `/api/live-sessions/${sessionId}/start`)).status).toBe(200);
    const room = await existingRoom(sessionId);
    expect(await probe.exists({ room: room.janusRoom })).toMatchObject({ exists: true });

    expect((await as(trainer, 'post', `/api/live-sessions/${sessionId}/end`)).status).toBe(200);
    expect(await probe.exists({ room: room.janusRoom })).toMatchObject({ exists: false });
    expect(await roomOf(sessionId)).toBeNull();
  });

  it('lets only people with the floor publish — refused by Janus itself — and drops one whose floor is taken back', async () => {
    const sessionId = await liveSession();
    expect((await as(trainer, 'post', `/api/live-sessions/${sessionId}/start`)).status).toBe(200);
    const media = t.app.get(LiveMediaRooms);
    const room = await existingRoom(sessionId);

    // No token, a made-up token, the mentee's token before she has the floor: Janus says 433.
    for (const token of [undefined, 'geraten', media.publisherToken(room, mentee.id)]) {
      const attempt = await joinAsPublisher(room.janusRoom, mentee.id, token);
      expect(attempt).toMatchObject({ ok: false, error: expect.stringMatching(/^433 /) });
    }
    // The session's trainer holds the floor from the start.
    const trainerJoin = await joinAsPublisher(room.janusRoom, trainer.id, media.publisherToken(room, trainer.id));
    expect(trainerJoin.ok).toBe(true);

    // The trainer gives her the floor: now Janus lets her in as a publisher.
    await media.grantFloor(sessionId, mentee.id);
    const menteeJoin = await joinAsPublisher(room.janusRoom, mentee.id, media.publisherToken(room, mentee.id));
    expect(menteeJoin.ok).toBe(true);
    const publishers = async () =>
      (await probe.listParticipants({ room: room.janusRoom, secret: room.secret })).participants.map((p) => p.display).sort();
    expect(await publishers()).toEqual([publisherDisplay(mentee.id, 'camera'), publisherDisplay(trainer.id, 'camera')].sort());

    // Taken back: she is dropped from the room and cannot come back as a publisher.
    await media.revokeFloor(sessionId, mentee.id);
    expect(await publishers()).toEqual([publisherDisplay(trainer.id, 'camera')]);
    expect(await joinAsPublisher(room.janusRoom, mentee.id, media.publisherToken(room, mentee.id))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^433 /),
    });

    expect((await as(trainer, 'post', `/api/live-sessions/${sessionId}/end`)).status).toBe(200);
  });

  it('makes the room again when Janus lost it, and a start without Janus still starts the session', async () => {
    const sessionId = await liveSession();
    expect((await as(trainer, 'post', `/api/live-sessions/${sessionId}/start`)).status).toBe(200);
    const room = await existingRoom(sessionId);
    await probe.destroy({ room: room.janusRoom, secret: room.secret });
    const again = await t.app.get(LiveMediaRooms).open(sessionId);
    expect(again).toEqual(room);
    expect(await probe.exists({ room: room.janusRoom })).toMatchObject({ exists: true });
    await as(trainer, 'post', `/api/live-sessions/${sessionId}/end`);

    // An API whose Janus does not answer: the session starts and ends all the same.
    const away = await createTestApi({
      features: [LiveModule],
      services: t.services,
      env: { ...janus.env, JANUS_URL: 'ws://127.0.0.1:9' },
    });
    try {
      const other = await liveSession();
      const started = await away.http().post(`/api/live-sessions/${other}/start`).set('Authorization', trainer.auth);
      expect(started.status).toBe(200);
      expect(started.body.status).toBe('live');
      expect(await roomOf(other)).not.toBeNull(); // the row waits for the room, made on the next open
      expect((await away.http().post(`/api/live-sessions/${other}/end`).set('Authorization', trainer.auth)).body.status).toBe('ended');
      // The worker's reconciler destroys what was left once Janus answers.
      expect(await t.app.get(LiveMediaRooms).closeLeftovers()).toBe(1);
      expect(await roomOf(other)).toBeNull();
    } finally {
      await away.close();
    }
  });
});
