import type { AccessTokenService } from '@ecampus/api/infra-auth';
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
      next();
    } catch (e) {
      const message = (e as { response?: { message?: string } }).response?.message ?? 'Bitte melden Sie sich an.';
      next(new HandshakeError(ErrorCode.Unauthenticated, message));
    }
  };
}
