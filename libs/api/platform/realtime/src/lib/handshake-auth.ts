import type { IncomingHttpHeaders } from 'node:http';
import type { Authenticator } from '@ecampus/api/platform/auth';
import { ErrorCode, t, userRoom, type ServerToClientEvents } from '@ecampus/shared/contracts';
import { sessionRoom, type SocketData } from './realtime.types';
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
  join(room: string | string[]): Promise<void> | void;
  emit(event: 'session:expired', ...args: Parameters<ServerToClientEvents['session:expired']>): boolean;
  once(event: 'disconnect', listener: () => void): unknown;
  disconnect(): unknown;
  /** Per-packet middleware (socket.io's `socket.use`). */
  use(fn: (packet: unknown[], next: (err?: Error) => void) => void): unknown;
}

/** What the handshake needs of the authenticator: the same token and session check as HTTP. */
export type HandshakeTokens = Pick<Authenticator, 'authenticate' | 'isLive' | 'expiresAt'>;

/**
 * Namespace middleware: `auth: { token }` must be a valid access token of a live session (the same
 * check as HTTP). The user lands in `socket.data.user` and the socket in the rooms `user:<id>` and
 * `auth-session:<sessionId>`. Every event the socket sends is checked again: an ended session's
 * socket is told and closed instead of being served. The socket's language (`auth.locale` or
 * Accept-Language) is the current locale of its handshake and of every event it sends, so refusals,
 * acks and the `session:expired` notice speak it.
 */
export function handshakeAuth(tokens: HandshakeTokens, runWithLocale: LocaleRunner) {
  return (socket: HandshakeSocket, next: (err?: Error) => void): Promise<void> => {
    const locale = socketLocale(socket.handshake);
    socket.data.locale = locale;
    return runWithLocale(locale, async () => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      try {
        const user = await tokens.authenticate(typeof token === 'string' ? token : null);
        socket.data.user = user;
        await socket.join([userRoom(user.id), sessionRoom(user.sessionId)]);
        // Timers started here keep this locale (AsyncLocalStorage follows them).
        endAtExpiry(socket, tokens.expiresAt(token as string));
        socket.use((packet, nextPacket) =>
          runWithLocale(locale, () => void checkPacket(tokens, socket, user.sessionId, packet, nextPacket)),
        );
        next();
      } catch (e) {
        next(new HandshakeError(errorCode(e), errorMessage(e)));
      }
    });
  };
}

const errorCode = (e: unknown) => (e as { response?: { code?: string } }).response?.code ?? ErrorCode.Unauthenticated;
const errorMessage = (e: unknown) =>
  (e as { response?: { message?: string } }).response?.message ?? t('Bitte melden Sie sich an.', 'Please sign in.');

/** An event of an ended session is not served: its ack (if any) says why, and the socket closes. */
async function checkPacket(
  tokens: HandshakeTokens,
  socket: HandshakeSocket,
  sessionId: string,
  packet: unknown[],
  next: (err?: Error) => void,
): Promise<void> {
  let refusal: { code: string; message: string } | null = null;
  try {
    if (!(await tokens.isLive(sessionId))) {
      closeSocket(socket, 'ended');
      refusal = { code: ErrorCode.Unauthenticated, message: endedMessage() };
    }
  } catch (e) {
    refusal = { code: errorCode(e), message: errorMessage(e) };
  }
  if (!refusal) return next();
  const ack = packet[packet.length - 1];
  if (typeof ack === 'function') ack({ ok: false, error: refusal });
}

/**
 * Emits travel through the Redis streams adapter (connection state recovery gives every packet an
 * offset), so they arrive asynchronously: the socket stays open this long after the notice.
 */
const NOTICE_GRACE_MS = 2000;

const expiredMessage = () =>
  t('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', 'Your session has expired. Please sign in again.');
const endedMessage = () =>
  t('Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.', 'Your session was ended. Please sign in again.');

const closing = new WeakSet<object>();

/**
 * Tells the client why (`session:expired`, in the current locale) and closes the socket a moment
 * later; once per socket. The client renews its session with the refresh cookie, or goes to the login.
 */
export function closeSocket(socket: Pick<HandshakeSocket, 'emit' | 'disconnect'>, why: 'expired' | 'ended'): void {
  if (closing.has(socket)) return;
  closing.add(socket);
  socket.emit('session:expired', { message: why === 'ended' ? endedMessage() : expiredMessage() });
  setTimeout(() => socket.disconnect(), NOTICE_GRACE_MS).unref?.();
}

/**
 * A socket is only as good as the token it was opened with: when that expires, the server tells the
 * client and closes the connection; the client reconnects with a fresh token (a recovered connection
 * passes the handshake again, so the old token cannot come back).
 */
function endAtExpiry(socket: HandshakeSocket, expiresAt: number | null): void {
  if (expiresAt === null) return;
  const timer = setTimeout(() => closeSocket(socket, 'expired'), Math.max(0, expiresAt - Date.now()));
  timer.unref?.();
  socket.once('disconnect', () => clearTimeout(timer));
}
