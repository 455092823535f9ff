import type { IncomingHttpHeaders } from 'node:http';
import type { AccessTokenService } from '@ecampus/api/platform/auth';
import { ErrorCode, t, userRoom, type ServerToClientEvents } from '@ecampus/shared/contracts';
import type { SocketData } from './realtime.types';
import { socketLocale, type LocaleRunner } from './socket-locale';

/** The error a refused client sees in `connect_error` (`err.message`, `err.data.code`). */
export class HandshakeError extends Error {
  readonly data: { code: string };
  constructor(code: string, message: string) {
    super(message);
    this.data = { code };
  }
}

/**
 * What the handshake uses of a socket. Structural, so the Socket of @nestjs/platform-socket.io's own
 * copy of socket.io fits as well as a small fake in a unit test.
 */
export interface HandshakeSocket {
  handshake: { auth?: unknown; headers: IncomingHttpHeaders };
  data: Partial<SocketData>;
  join(room: string): Promise<void> | void;
  emit(event: 'session:expired', ...args: Parameters<ServerToClientEvents['session:expired']>): boolean;
  once(event: 'disconnect', listener: () => void): unknown;
  disconnect(): unknown;
  /** Per-packet middleware (socket.io's `socket.use`). */
  use(fn: (packet: unknown[], next: (err?: Error) => void) => void): unknown;
}

/** What the handshake needs of the token service. */
export type HandshakeTokens = Pick<AccessTokenService, 'verify' | 'expiresAt'>;

/**
 * Namespace middleware: `auth: { token }` must be a valid access token (the same check as HTTP).
 * The user lands in `socket.data.user` and the socket in the room `user:<id>`. The socket's language
 * (`auth.locale` or Accept-Language) is the current locale of its handshake and of every event it sends,
 * so refusals, acks and the `session:expired` notice speak it.
 */
export function handshakeAuth(tokens: HandshakeTokens, runWithLocale: LocaleRunner) {
  return (socket: HandshakeSocket, next: (err?: Error) => void): Promise<void> => {
    const locale = socketLocale(socket.handshake);
    socket.data.locale = locale;
    return runWithLocale(locale, async () => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      try {
        const user = await tokens.verify(typeof token === 'string' ? token : null);
        socket.data.user = user;
        await socket.join(userRoom(user.id));
        // Timers started here keep this locale (AsyncLocalStorage follows them).
        endAtExpiry(socket, tokens.expiresAt(token as string));
        socket.use((_packet, nextPacket) => runWithLocale(locale, () => nextPacket()));
        next();
      } catch (e) {
        const message = (e as { response?: { message?: string } }).response?.message ?? t('Bitte melden Sie sich an.', 'Please sign in.');
        next(new HandshakeError(ErrorCode.Unauthenticated, message));
      }
    });
  };
}

/**
 * Emits travel through the Redis streams adapter (connection state recovery gives every packet an
 * offset), so they arrive asynchronously: the socket stays open this long after the notice.
 */
const EXPIRY_NOTICE_GRACE_MS = 2000;

/**
 * A socket is only as good as the token it was opened with: when that expires, the server tells the
 * client (`session:expired`) and closes the connection; the client reconnects with a fresh token
 * (a recovered connection passes the handshake again, so the old token cannot come back).
 */
function endAtExpiry(socket: HandshakeSocket, expiresAt: number | null): void {
  if (expiresAt === null) return;
  let timer = setTimeout(
    () => {
      socket.emit('session:expired', {
        message: t('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', 'Your session has expired. Please sign in again.'),
      });
      timer = setTimeout(() => socket.disconnect(), EXPIRY_NOTICE_GRACE_MS);
      timer.unref?.();
    },
    Math.max(0, expiresAt - Date.now()),
  );
  timer.unref?.();
  socket.once('disconnect', () => clearTimeout(timer));
}
