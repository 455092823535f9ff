import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { LoginResponse } from '@ecampus/shared/contracts';
import { authInterceptor } from './auth-interceptor';
import { AuthStore } from './auth-store';
import { LIVE_SOCKET_FACTORY, LiveSocket, type LiveConnection, type LiveSocketFactory } from './live-socket';

const anna = { id: '3f1f8a52-7c1e-4a57-9a0e-2c5d9b0c1a11', email: 'anna@ecampus.example', displayName: 'Anna Berger', isAdmin: false };
const session = (accessToken: string): LoginResponse => ({ accessToken, expiresIn: 900, user: anna });
const refused = [
  { statusCode: 401, code: 'unauthenticated', message: 'Bitte melden Sie sich an.' },
  { status: 401, statusText: 'Unauthorized' },
] as const;

/** What LiveSocket uses of a socket.io client socket, driven by the test as the server would. */
class FakeSocket {
  connected = false;
  /** socket.io's flag: false after a refused handshake or a disconnect by either side. */
  active = true;
  options: Parameters<LiveSocketFactory>[1] = {};
  readonly connect = jest.fn(() => {
    this.active = true;
  });
  readonly disconnect = jest.fn(() => {
    this.connected = false;
    this.active = false;
  });
  private readonly handlers = new Map<string, ((...args: unknown[]) => void)[]>();

  on(event: string, handler: (...args: unknown[]) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  /** What the client sends in the handshake now. */
  handshakeAuth(): unknown {
    let payload: unknown;
    const auth = this.options.auth;
    if (typeof auth === 'function') auth((data) => (payload = data));
    return payload;
  }

  serverConnects(): void {
    this.connected = true;
    this.fire('connect');
  }

  serverSends(event: string, ...args: unknown[]): void {
    this.fire(event, ...args);
  }

  serverDisconnects(): void {
    this.connected = false;
    this.active = false;
    this.fire('disconnect', 'io server disconnect');
  }

  serverRefusesHandshake(): void {
    this.active = false;
    this.fire('connect_error', Object.assign(new Error('Ihre Sitzung ist abgelaufen.'), { data: { code: 'unauthenticated' } }));
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
}

describe('LiveSocket', () => {
  let backend: HttpTestingController;
  let store: AuthStore;
  let router: Router;
  let sockets: FakeSocket[];
  let factory: jest.Mock;

  const settle = async () => {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  const last = () => sockets[sockets.length - 1] as FakeSocket;

  beforeEach(() => {
    sockets = [];
    factory = jest.fn(async (_namespace: string, options: Parameters<LiveSocketFactory>[1]) => {
      const socket = new FakeSocket();
      socket.options = options;
      sockets.push(socket);
      return socket as unknown as LiveConnection;
    });
    TestBed.configureTestingModule({
      providers: [
        AuthStore,
        LiveSocket,
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: LIVE_SOCKET_FACTORY, useValue: factory },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    TestBed.inject(LiveSocket);
  });

  afterEach(() => backend.verify());

  async function signIn(token = 'token-1') {
    const login = store.login({ email: anna.email, password: 'Demo-Passwort-2027!' });
    backend.expectOne('/api/auth/login').flush(session(token));
    await login;
    await settle();
  }

  function expectSentToLogin() {
    expect(store.isAuthenticated()).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(
      ['/anmelden'],
      expect.objectContaining({ queryParams: expect.objectContaining({ sitzungAbgelaufen: '1' }) }),
    );
  }

  it('connects to /live over websocket with the token and the language once signed in, and closes on logout', async () => {
    await settle();
    expect(factory).not.toHaveBeenCalled();

    await signIn();
    expect(factory).toHaveBeenCalledTimes(1);
    expect(factory.mock.calls[0][0]).toBe('/live');
    expect(last().options.transports).toEqual(['websocket']);
    expect(last().handshakeAuth()).toEqual({ token: 'token-1', locale: 'de' });
    last().serverConnects();
    expect(TestBed.inject(LiveSocket).connected()).toBe(true);
    expect(TestBed.inject(LiveSocket).connection()).toBe(last());

    const logout = store.logout();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await logout;
    await settle();
    expect(last().disconnect).toHaveBeenCalled();
    expect(TestBed.inject(LiveSocket).connection()).toBeNull();
  });

  it('sends the page to the login when the server ends the session and the refresh is refused', async () => {
    await signIn();
    last().serverConnects();

    last().serverSends('session:expired', { message: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.' });
    backend.expectOne('/api/auth/refresh').flush(...refused);
    await settle();

    expectSentToLogin();
    expect(last().disconnect).toHaveBeenCalled();
  });

  it('her own logout ends the session without an "expired" notice, although the server says so first', async () => {
    await signIn();
    last().serverConnects();

    const logout = store.logout();
    // The server ends the session (and tells the socket) before it answers the logout.
    last().serverSends('session:expired', { message: 'Ihre Sitzung wurde beendet.' });
    await settle();
    backend.expectNone('/api/auth/refresh');
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await logout;
    await settle();

    expect(store.isAuthenticated()).toBe(false);
    expect(router.navigate).not.toHaveBeenCalled();
    expect(last().disconnect).toHaveBeenCalled();
  });

  it('renews an expired token once and reconnects with the new one when the session lives on', async () => {
    await signIn();
    const socket = last();
    socket.serverConnects();

    socket.serverSends('session:expired', { message: 'Ihre Sitzung ist abgelaufen.' });
    backend.expectOne('/api/auth/refresh').flush(session('token-2'));
    await settle();
    socket.serverDisconnects();
    await settle();

    backend.expectNone('/api/auth/refresh');
    expect(socket.connect).toHaveBeenCalledTimes(1);
    expect(socket.handshakeAuth()).toEqual({ token: 'token-2', locale: 'de' });
    expect(store.isAuthenticated()).toBe(true);
    expect(router.navigate).not.toHaveBeenCalled();
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('renews and tries again after a refused handshake; ends the session when the refresh is refused too', async () => {
    await signIn();
    const socket = last();

    socket.serverRefusesHandshake();
    backend.expectOne('/api/auth/refresh').flush(session('token-2'));
    await settle();
    expect(socket.connect).toHaveBeenCalledTimes(1);

    socket.serverRefusesHandshake();
    backend.expectOne('/api/auth/refresh').flush(...refused);
    await settle();
    expectSentToLogin();
  });

  it('leaves network failures to socket.io, which retries by itself', async () => {
    await signIn();
    const socket = last();
    socket.active = true;
    socket.serverSends('connect_error', new Error('xhr poll error'));
    socket.serverSends('disconnect', 'transport close');
    await settle();
    backend.expectNone('/api/auth/refresh');
    expect(socket.connect).not.toHaveBeenCalled();
    expect(store.isAuthenticated()).toBe(true);
  });

  it('stops after repeated refusals the refresh cannot fix', async () => {
    await signIn();
    const socket = last();
    for (let i = 0; i < 2; i++) {
      socket.serverRefusesHandshake();
      backend.expectOne('/api/auth/refresh').flush(session(`token-${i + 2}`));
      await settle();
    }
    socket.serverRefusesHandshake();
    await settle();
    backend.expectNone('/api/auth/refresh');
    expect(socket.connect).toHaveBeenCalledTimes(2);
  });
});
