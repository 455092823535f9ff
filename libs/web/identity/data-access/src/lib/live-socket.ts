import { Injectable, InjectionToken, effect, inject, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { REALTIME_NAMESPACE_LIVE, currentLocale, type ClientToServerEvents, type ServerToClientEvents } from '@ecampus/shared/contracts';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { AuthStore } from './auth-store';
import { showSessionExpired } from './session-expired';

/** The signed-in person's connection to the `/live` namespace, typed with the contracts' events. */
export type LiveConnection = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Opens a Socket.IO connection; tests provide a fake. */
export type LiveSocketFactory = (namespace: string, options: Partial<ManagerOptions & SocketOptions>) => Promise<LiveConnection>;

/**
 * socket.io-client comes with the first connection (after login), not with the app's first page.
 */
export const LIVE_SOCKET_FACTORY = new InjectionToken<LiveSocketFactory>('LIVE_SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => (namespace, options) => import('socket.io-client').then((m) => m.io(namespace, options)),
});

/** After this many refused handshakes in a row despite a renewed session, stop trying (the API is refusing for another reason). */
const MAX_REFUSALS = 2;

/**
 * The one `/live` connection of the app, open while someone is signed in (provideIdentity()). It
 * makes a session that ends elsewhere end on screen within seconds: when the server says
 * `session:expired`, or refuses the handshake, the session is renewed with the refresh cookie;
 * if that is refused too (logged out everywhere, password changed on another device, account
 * deactivated) the person goes to the login page with the "session expired" notice. Every
 * (re)connect sends the current access token, so the socket follows each refresh.
 *
 * Later domains (the live classroom) use `connection()` for their events instead of opening
 * sockets of their own.
 */
@Injectable()
export class LiveSocket {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly factory = inject(LIVE_SOCKET_FACTORY);

  private readonly socket = signal<LiveConnection | null>(null);
  private readonly isConnected = signal(false);
  /** Counts opens and closes, so a connection that arrives after a logout is closed at once. */
  private generation = 0;
  private refusals = 0;
  /** The renewal a `session:expired` notice started, which the server's disconnect then waits for. */
  private renewal: Promise<boolean> | null = null;

  /** The open connection, or null while signed out. */
  readonly connection = this.socket.asReadonly();
  readonly connected = this.isConnected.asReadonly();

  constructor() {
    effect(() => {
      const signedIn = this.auth.isAuthenticated();
      untracked(() => (signedIn ? void this.open() : this.close()));
    });
  }

  private async open(): Promise<void> {
    if (this.socket()) return;
    const generation = ++this.generation;
    const socket = await this.factory(REALTIME_NAMESPACE_LIVE, {
      // Read at every (re)connect: a reconnect after a refresh carries the new token.
      auth: (cb) => cb({ token: this.auth.accessToken(), locale: currentLocale() }),
      transports: ['websocket'],
    });
    if (generation !== this.generation || !this.auth.isAuthenticated()) {
      socket.disconnect();
      return;
    }
    this.listen(socket);
    this.socket.set(socket);
  }

  private close(): void {
    this.generation++;
    this.socket()?.disconnect();
    this.socket.set(null);
    this.isConnected.set(false);
    this.refusals = 0;
    this.renewal = null;
  }

  private listen(socket: LiveConnection): void {
    socket.on('connect', () => {
      this.refusals = 0;
      this.isConnected.set(true);
    });
    // The server closes the socket a moment after the notice; the renewal starts at once.
    socket.on('session:expired', () => {
      this.renewal = this.renewSession();
    });
    socket.on('disconnect', (reason) => {
      this.isConnected.set(false);
      if (reason !== 'io server disconnect') return; // socket.io reconnects by itself after network failures
      const renewal = this.renewal ?? this.renewSession();
      this.renewal = null;
      void this.reconnectAfter(socket, renewal);
    });
    socket.on('connect_error', () => {
      // A refused handshake (token expired, session ended) is final for socket.io; a network failure retries by itself.
      if (socket.active || ++this.refusals > MAX_REFUSALS) return;
      void this.reconnectAfter(socket, this.renewSession());
    });
  }

  /**
   * Renews the session with the refresh cookie (one refresh shared with concurrent HTTP 401s). A
   * refusal means the session is over: the store is signed out, the page goes to the login.
   */
  private async renewSession(): Promise<boolean> {
    // Her own logout ends the session on purpose: nothing to renew, no "expired" notice.
    if (!this.auth.isAuthenticated() || this.auth.isSigningOut()) return false;
    const renewed = await this.auth.refresh();
    if (!renewed) void showSessionExpired(this.router);
    return renewed;
  }

  private async reconnectAfter(socket: LiveConnection, renewal: Promise<boolean>): Promise<void> {
    if ((await renewal) && this.socket() === socket && !socket.connected) socket.connect();
  }
}
