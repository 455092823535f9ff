import type { AccessTokenService } from '@ecampus/api/platform/auth';
import { ErrorCode, userRoom } from '@ecampus/shared/contracts';
import type { AppSocket } from './realtime.types';

/** The error a refused client sees in `connect_error` (`err.message`, `err.data.code`). */
export class HandshakeError extends Error {
  readonly data: { code: string };
  constructor(code: string, message: string) {
    super(message);
    this.data = { code };
  }
}

/**
 * Namespace middleware: `auth: { token }` must be a valid access token (the same check as HTTP).
 * The user lands in `socket.data.user` and the socket in the room `user:<id>`.
 */
export function handshakeAuth(tokens: AccessTokenService) {
  return async (socket: AppSocket, next: (err?: Error) => void): Promise<void> => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    try {
      const user = await tokens.verify(typeof token === 'string' ? token : null);
      socket.data.user = user;
      await socket.join(userRoom(user.id));
      endAtExpiry(socket, tokens.expiresAt(token as string));
      next();
    } catch (e) {
      const message = (e as { response?: { message?: string } }).response?.message ?? 'Bitte melden Sie sich an.';
      next(new HandshakeError(ErrorCode.Unauthenticated, message));
    }
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
function endAtExpiry(socket: AppSocket, expiresAt: number | null): void {
  if (expiresAt === null) return;
  let timer = setTimeout(
    () => {
      socket.emit('session:expired', { message: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.' });
      timer = setTimeout(() => socket.disconnect(), EXPIRY_NOTICE_GRACE_MS);
      timer.unref?.();
    },
    Math.max(0, expiresAt - Date.now()),
  );
  timer.unref?.();
  socket.once('disconnect', () => clearTimeout(timer));
}
