import { UnauthorizedException } from '@nestjs/common';
import type { AccessTokenService, AuthUser } from '@ecampus/api/platform/auth';
import { handshakeAuth, HandshakeError } from './handshake-auth';
import type { AppSocket } from './realtime.types';

const user: AuthUser = { id: 'u1', email: 'a@example.org', isAdmin: false };
let tokenExpiresAt: number | null = null;
const tokens = {
  expiresAt: () => tokenExpiresAt,
  verify: async (token: string | null) => {
    if (token === 'good') return user;
    throw new UnauthorizedException({ code: 'unauthenticated', message: token ? 'Ihre Sitzung ist abgelaufen.' : 'Bitte melden Sie sich an.' });
  },
} as unknown as AccessTokenService;

function fakeSocket(auth: unknown) {
  const rooms: string[] = [];
  const emitted: string[] = [];
  const socket = {
    handshake: { auth },
    data: {},
    connected: true,
    join: async (room: string) => void rooms.push(room),
    emit: (event: string) => void emitted.push(event),
    once: () => undefined,
    disconnect() {
      this.connected = false;
    },
  };
  return { socket: socket as unknown as AppSocket, rooms, emitted };
}

const run = (auth: unknown) => {
  const { socket, rooms, emitted } = fakeSocket(auth);
  return new Promise<{ err?: Error; socket: AppSocket; rooms: string[]; emitted: string[] }>((resolve) => {
    void handshakeAuth(tokens)(socket, (err) => resolve({ err, socket, rooms, emitted }));
  });
};

describe('handshakeAuth', () => {
  it('sets socket.data.user and joins user:<id> for a valid token', async () => {
    const { err, socket, rooms } = await run({ token: 'good' });
    expect(err).toBeUndefined();
    expect(socket.data.user).toEqual(user);
    expect(rooms).toEqual(['user:u1']);
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

  it('tells the client and closes the socket when its token expires', async () => {
    tokenExpiresAt = Date.now() + 30;
    try {
      const { err, socket, emitted } = await run({ token: 'good' });
      expect(err).toBeUndefined();
      expect(socket.connected).toBe(true);
      await new Promise((r) => setTimeout(r, 80));
      expect(emitted).toEqual(['session:expired']);
      expect(socket.connected).toBe(true); // a grace period lets the notice arrive first
      await new Promise((r) => setTimeout(r, 2100));
      expect(socket.connected).toBe(false);
    } finally {
      tokenExpiresAt = null;
    }
  });
});
