import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { AccessTokenService, EndedSessions } from '@ecampus/api/platform/auth';
import { io, type Socket } from 'socket.io-client';
import { createTestApi, signAccessToken, testConfig, type TestApi } from '@ecampus/api/platform/testing';
import type { ClientToServerEvents, ServerToClientEvents } from '@ecampus/shared/contracts';
import { RealtimeEmitter } from './lib/realtime-emitter';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const PUBLIC_URL = 'http://campus.example.org';

describe('realtime /live (real Redis streams adapter)', () => {
  let firstApi: TestApi;
  let secondApi: TestApi;
  let app: TestApi['app'];
  let second: TestApi['app'];
  let url: string;
  let secondUrl: string;
  let token: string;
  let userId: string;
  const sockets: Client[] = [];

  const listen = async (a: TestApi['app']) => {
    await a.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(a.getHttpServer().address() as AddressInfo).port}/live`;
  };

  const connect = (target: string, opts: { token?: string; origin?: string } = {}): Client => {
    const socket: Client = io(target, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: opts.token === undefined ? {} : { token: opts.token },
      extraHeaders: opts.origin ? { Origin: opts.origin } : undefined,
    });
    sockets.push(socket);
    return socket;
  };

  /** Resolves with the connect_error message, or 'connected'. */
  const outcome = (socket: Client) =>
    new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', (err) => resolve(err.message));
    });

  beforeAll(async () => {
    // The platform alone (realtime is part of it): no feature module needed. Two API processes on one Redis.
    firstApi = await createTestApi({ features: [], env: { PUBLIC_URL, CORS_ORIGINS: 'https://partner.example.org' } });
    secondApi = await createTestApi({ features: [], services: firstApi.services, env: { PUBLIC_URL } });
    ({ app } = firstApi);
    second = secondApi.app;
    url = await listen(app);
    secondUrl = await listen(second);
    userId = randomUUID();
    token = (await signAccessToken(app, { id: userId, email: 'mentee@example.org', isAdmin: false })).token;
  });

  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await secondApi?.close();
    await firstApi?.close();
  });

  it('refuses a socket without a token, or with a forged one', async () => {
    expect(await outcome(connect(url))).toBe('Bitte melden Sie sich an.');
    expect(await outcome(connect(url, { token: `${token}x` }))).toMatch(/Sitzung ist abgelaufen/);
  });

  it('connects with a valid token, says ready and answers ping through the ack', async () => {
    const socket = connect(url, { token });
    const ready = new Promise<{ userId: string }>((resolve) => socket.once('session:ready', resolve));
    expect(await outcome(socket)).toBe('connected');
    expect(await ready).toEqual({ userId });
    const answer = await socket.timeout(3000).emitWithAck('ping', {});
    expect(answer).toMatchObject({ ok: true, at: expect.any(String) });
  });

  it('closes a socket when its access token expires, after telling the client', async () => {
    // Signed like a real access token, but valid for one second only.
    const shortLived = await app
      .get(AccessTokenService)
      .sign({ id: userId, email: 'mentee@example.org', isAdmin: false, sessionId: randomUUID() }, { expiresInSeconds: 1 });
    const socket = connect(url, { token: shortLived });
    const expired = new Promise<{ message: string }>((resolve) => socket.once('session:expired', resolve));
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect(await outcome(socket)).toBe('connected');
    expect((await expired).message).toMatch(/Sitzung ist abgelaufen/);
    expect(await closed).toBe('io server disconnect');
  });

  it('refuses a foreign Origin and accepts PUBLIC_URL and CORS_ORIGINS', async () => {
    expect(await outcome(connect(url, { token, origin: 'https://evil.example.com' }))).not.toBe('connected');
    expect(await outcome(connect(url, { token, origin: PUBLIC_URL }))).toBe('connected');
    expect(await outcome(connect(url, { token, origin: 'https://partner.example.org' }))).toBe('connected');
  });

  it('delivers a worker push (emitter) to the user on every API process', async () => {
    const onFirst = connect(url, { token });
    const onSecond = connect(secondUrl, { token });
    await Promise.all([outcome(onFirst), outcome(onSecond)]);
    const received = (s: Client) => new Promise((resolve) => s.once('job:progress', resolve));
    const both = Promise.all([received(onFirst), received(onSecond)]);

    const emitter = new RealtimeEmitter(testConfig(firstApi.services));
    try {
      await emitter.toUser(userId, 'job:progress', { jobId: 'b1', status: 'running', completed: 1, total: 3 });
      expect(await both).toEqual([
        { jobId: 'b1', status: 'running', completed: 1, total: 3 },
        { jobId: 'b1', status: 'running', completed: 1, total: 3 },
      ]);
    } finally {
      emitter.onApplicationShutdown();
    }
  });

  it('closes the sockets of an ended session on every API process and refuses its events', async () => {
    const sessionId = randomUUID();
    const own = (await signAccessToken(app, { id: userId, email: 'mentee@example.org', isAdmin: false, sessionId })).token;
    const onFirst = connect(url, { token: own });
    const onSecond = connect(secondUrl, { token: own });
    const bystander = connect(secondUrl, { token }); // the same person, another session: stays
    expect(await Promise.all([outcome(onFirst), outcome(onSecond), outcome(bystander)])).toEqual(['connected', 'connected', 'connected']);
    const notices = [onFirst, onSecond].map((s) => new Promise<{ message: string }>((resolve) => s.once('session:expired', resolve)));
    const closed = [onFirst, onSecond].map((s) => new Promise<string>((resolve) => s.once('disconnect', resolve)));

    // What identity does on logout: the session ends in the process that served the request.
    await app.get(EndedSessions).end([sessionId]);

    expect((await Promise.all(notices)).map((n) => n.message)).toEqual([
      expect.stringMatching(/Sitzung wurde beendet/),
      expect.stringMatching(/Sitzung wurde beendet/),
    ]);
    const refused = await onSecond.timeout(3000).emitWithAck('ping', {});
    expect(refused).toEqual({ ok: false, error: { code: 'unauthenticated', message: expect.stringMatching(/Sitzung wurde beendet/) } });
    expect(await Promise.all(closed)).toEqual(['io server disconnect', 'io server disconnect']);
    expect(await outcome(connect(secondUrl, { token: own }))).toMatch(/Sitzung wurde beendet/);
    expect(bystander.connected).toBe(true);
    expect(await bystander.timeout(3000).emitWithAck('ping', {})).toMatchObject({ ok: true });
  });
});
