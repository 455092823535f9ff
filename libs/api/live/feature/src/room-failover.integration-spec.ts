import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createTestApi, eventually, TEST_JWT_SECRET, type TestApi } from '@ecampus/api/platform/testing';
import type { LiveChatMessage, LiveParticipant } from '@ecampus/shared/contracts';
import { LiveRoomModule } from './lib/room/live-room.module';
import { connectLive, listenLive, liveUrl, nextEvent, roomFixtures, type RoomPerson } from './testing/live-room-fixtures';

/*
 * A second API as a real child process on the same database and Redis prefix: its clients chat,
 * then it is SIGKILLed (no shutdown hook runs). The clients reconnect to the first API: the chat
 * history is intact and the dead process's presence is gone within 15 s (liveness key + sweep).
 */

const ENTRY = join(__dirname, 'testing', 'live-api-process.ts');
const TSCONFIG = join(__dirname, 'testing', 'tsconfig.live-api-process.json');

function startChild(api: TestApi): Promise<{ child: ChildProcess; port: number }> {
  const s = api.services;
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: s.db.url,
    REDIS_URL: s.redisUrl,
    REDIS_PREFIX: s.redisPrefix,
    JWT_SECRET: TEST_JWT_SECRET,
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    MAIL_TRANSPORT: 'log',
    MAIL_DIR: s.mailDir,
    DATA_DIR: s.dataDir,
  };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ENTRY], {
    env: { ...process.env, SWC_NODE_PROJECT: TSCONFIG, LIVE_TEST_ENV: JSON.stringify(env) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`API-Prozess endete (${code}): ${err}`)));
  });
}

describe('live room: a SIGKILLed API process', () => {
  let api: TestApi;
  let child: ChildProcess | undefined;
  let f: ReturnType<typeof roomFixtures>;

  beforeAll(async () => {
    api = await createTestApi({ features: [LiveRoomModule] });
    f = roomFixtures(api);
  });

  afterAll(async () => {
    f?.clients.forEach((c) => c.disconnect());
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await api?.close();
  });

  it('moves its clients to the other process with chat history intact and stale presence gone within 15 s', async () => {
    const trainer: RoomPerson = await f.person('Tina Trainerin');
    const mentee: RoomPerson = await f.person('Erika Mentee');
    const programId = await f.program([
      [trainer, 'trainer'],
      [mentee, 'mentee'],
    ]);
    const sessionId = await f.session(programId);
    const url = await listenLive(api.app);
    const started = await startChild(api);
    child = started.child;

    const t = await connectLive(url, trainer, f.clients);
    await t.timeout(5000).emitWithAck('session:join', { sessionId });
    const doomed = await connectLive(liveUrl(started.port), mentee, f.clients);
    const present = nextEvent(t, 'presence:update', (list) => list.some((p) => p.userId === mentee.id));
    expect(await doomed.timeout(10000).emitWithAck('session:join', { sessionId })).toMatchObject({ ok: true });
    await present;
    expect(await doomed.timeout(5000).emitWithAck('chat:send', { sessionId, text: 'Vor dem Absturz' })).toMatchObject({ ok: true });

    // SIGKILL: no disconnect handler, no shutdown hook, the presence entry stays behind in Redis.
    const killedAt = Date.now();
    child.kill('SIGKILL');
    await new Promise((resolve) => child?.once('exit', resolve));

    // The trainer's list loses the dead process's socket within 15 s.
    let latest: LiveParticipant[] = [];
    t.on('presence:update', (list) => (latest = list));
    await eventually(
      async () => latest.length > 0 && !latest.some((p) => p.userId === mentee.id),
      'veraltete Anwesenheit verschwindet',
      15000,
    );
    expect(Date.now() - killedAt).toBeLessThan(15000);

    // Her client reconnects to the surviving process: history intact, present again.
    const moved = await connectLive(url, mentee, f.clients);
    const answer = await moved.timeout(5000).emitWithAck('session:join', { sessionId });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    expect(answer.state.chat.map((m: LiveChatMessage) => m.text)).toEqual(['Vor dem Absturz']);
    expect(answer.state.participants.map((p: LiveParticipant) => p.userId).sort()).toEqual([mentee.id, trainer.id].sort());
  }, 60000);
});
