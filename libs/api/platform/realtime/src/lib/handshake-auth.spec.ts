import { AsyncLocalStorage } from 'node:async_hooks';
import { UnauthorizedException } from '@nestjs/common';
import type { AuthUser } from '@ecampus/api/platform/auth';
import { DEFAULT_LOCALE, setLocaleSource, t, type Locale } from '@ecampus/shared/contracts';
import { handshakeAuth, HandshakeError, type HandshakeSocket, type HandshakeTokens } from './handshake-auth';
import type { LocaleRunner } from './socket-locale';

const user: AuthUser = { id: 'u1', email: 'a@example.org', isAdmin: false, sessionId: 's1' };
let tokenExpiresAt: number | null = null;
/** Sessions ended in this spec (the Redis list in the app). */
const endedSessions = new Set<string>();
const tokens: HandshakeTokens = {
  expiresAt: () => tokenExpiresAt,
  isLive: async (sessionId) => !endedSessions.has(sessionId),
  authenticate: async (token) => {
    if (token === 'good') return user;
    throw new UnauthorizedException({
      code: 'unauthenticated',
      message: token ? t('Ihre Sitzung ist abgelaufen.', 'Your session has expired.') : t('Bitte melden Sie sich an.', 'Please sign in.'),
    });
  },
};

// The HTTP edge's locale store, as platform/http installs it.
const storage = new AsyncLocalStorage<Locale>();
const runWithLocale: LocaleRunner = (locale, fn) => storage.run(locale, fn);
beforeAll(() => setLocaleSource(() => storage.getStore() ?? DEFAULT_LOCALE));
afterAll(() => setLocaleSource(() => DEFAULT_LOCALE));

function fakeSocket(auth: unknown, headers: Record<string, string> = {}) {
  const rooms: string[] = [];
  const emitted: { event: string; message: string }[] = [];
  const packetMiddlewares: ((packet: unknown[], next: (err?: Error) => void) => void)[] = [];
  const socket: HandshakeSocket & { connected: boolean } = {
    handshake: { auth, headers },
    data: {},
    connected: true,
    join: async (room) => void rooms.push(...(Array.isArray(room) ? room : [room])),
    emit: (event, payload) => emitted.push({ event, message: payload.message }) > 0,
    once: () => undefined,
    use: (fn) => packetMiddlewares.push(fn),
    disconnect() {
      this.connected = false;
    },
  };
  /** Runs a packet through the socket's middlewares as socket.io does; resolves with the handler's locale. */
  const deliver = () =>
    new Promise<Locale | undefined>((resolve) => {
      const [first] = packetMiddlewares;
      if (!first) return resolve(undefined);
      first(['ping', {}], () => process.nextTick(() => resolve(storage.getStore())));
    });
  /** Runs a packet with an ack through the middlewares: 'served', or what the ack was called with. */
  const deliverWithAck = () =>
    new Promise<unknown>((resolve) => {
      packetMiddlewares[0](['ping', {}, (answer: unknown) => resolve(answer)], () => resolve('served'));
    });
  return { socket, rooms, emitted, deliver, deliverWithAck };
}

const run = (auth: unknown, headers?: Record<string, string>) => {
  const fake = fakeSocket(auth, headers);
  return new Promise<{ err?: Error } & ReturnType<typeof fakeSocket>>((resolve) => {
    void handshakeAuth(tokens, runWithLocale)(fake.socket, (err) => resolve({ err, ...fake }));
  });
};

describe('handshakeAuth', () => {
  it('sets socket.data.user and joins user:<id> and auth-session:<sessionId> for a valid token', async () => {
    const { err, socket, rooms } = await run({ token: 'good' });
    expect(err).toBeUndefined();
    expect(socket.data.user).toEqual(user);
    expect(rooms).toEqual(['user:u1', 'auth-session:s1']);
  });

  it('serves events of a live session; refuses those of an ended one through the ack and closes the socket', async () => {
    const { socket, emitted, deliverWithAck } = await run({ token: 'good' }, { 'accept-language': 'en' });
    await expect(deliverWithAck()).resolves.toBe('served');
    endedSessions.add('s1');
    try {
      await expect(deliverWithAck()).resolves.toEqual({
        ok: false,
        error: { code: 'unauthenticated', message: 'Your session was ended. Please sign in again.' },
      });
      expect(emitted).toEqual([{ event: 'session:expired', message: 'Your session was ended. Please sign in again.' }]);
      await new Promise((r) => setTimeout(r, 2100));
      expect(socket.connected).toBe(false);
    } finally {
      endedSessions.clear();
    }
  });

  it.each([[undefined], [{}], [{ token: 42 }], [{ token: '' }]])('refuses a missing token (%p) with a German message', async (auth) => {
    const { err, rooms } = await run(auth);
    expect(err).toBeInstanceOf(HandshakeError);
    expect(err?.message).toBe('Bitte melden Sie sich an.');
    expect((err as HandshakeError).data).toEqual({ code: 'unauthenticated' });
    expect(rooms).toEqual([]);
  });

  it('passes the verifier message for an invalid token', async () => {
    const { err } = await run({ token: 'forged' });
    expect(err?.message).toBe('Ihre Sitzung ist abgelaufen.');
  });

  it('refuses in the language of Accept-Language, or of auth.locale when given', async () => {
    expect((await run({}, { 'accept-language': 'en-GB,en;q=0.9' })).err?.message).toBe('Please sign in.');
    expect((await run({ token: 'forged', locale: 'en' }, { 'accept-language': 'de' })).err?.message).toBe('Your session has expired.');
    expect((await run({ locale: 'fr' }, { 'accept-language': 'en' })).err?.message).toBe('Please sign in.');
  });

  it('handles every event of the socket in its language', async () => {
    const english = await run({ token: 'good' }, { 'accept-language': 'en' });
    expect(english.socket.data.locale).toBe('en');
    await expect(english.deliver()).resolves.toBe('en');
    const german = await run({ token: 'good' });
    await expect(german.deliver()).resolves.toBe('de');
  });

  it('tells the client (in its language) and closes the socket when its token expires', async () => {
    tokenExpiresAt = Date.now() + 30;
    try {
      const { err, socket, emitted } = await run({ token: 'good' }, { 'accept-language': 'en' });
      expect(err).toBeUndefined();
      expect(socket.connected).toBe(true);
      await new Promise((r) => setTimeout(r, 80));
      expect(emitted).toEqual([{ event: 'session:expired', message: 'Your session has expired. Please sign in again.' }]);
      expect(socket.connected).toBe(true); // a grace period lets the notice arrive first
      await new Promise((r) => setTimeout(r, 2100));
      expect(socket.connected).toBe(false);
    } finally {
      tokenExpiresAt = null;
    }
  });
});
