import type { EndedSessions } from '@ecampus/api/platform/auth';
import { closeSocket, type HandshakeSocket } from './handshake-auth';
import { sessionRoom, type InterServerEvents, type SocketData } from './realtime.types';
import type { LocaleRunner } from './socket-locale';

const SESSIONS_ENDED: keyof InterServerEvents = 'auth:sessions-ended';

/** What this needs of a namespace (socket.io's Namespace, also the copy inside @nestjs/platform-socket.io). */
export interface SessionNamespace {
  adapter: { rooms: Map<string, Set<string>> };
  sockets: Map<string, Pick<HandshakeSocket, 'emit' | 'disconnect'> & { data: Partial<SocketData> }>;
  on(event: typeof SESSIONS_ENDED, listener: (sessionIds: unknown) => void): unknown;
  serverSideEmit(event: typeof SESSIONS_ENDED, sessionIds: string[]): unknown;
}

/** Closes this process's sockets of the given sessions, each told in its own language. */
export function closeSessionSockets(nsp: SessionNamespace, sessionIds: string[], runWithLocale: LocaleRunner): number {
  let closed = 0;
  for (const sessionId of sessionIds) {
    for (const socketId of [...(nsp.adapter.rooms.get(sessionRoom(sessionId)) ?? [])]) {
      const socket = nsp.sockets.get(socketId);
      if (!socket) continue;
      runWithLocale(socket.data.locale ?? 'de', () => closeSocket(socket, 'ended'));
      closed++;
    }
  }
  return closed;
}

/**
 * When this process ends sessions (identity tells `EndedSessions`), their sockets close here and,
 * through the Redis adapter's server-side emit, in every other API process. Returns the unsubscribe.
 */
export function closeSocketsOfEndedSessions(
  nsp: SessionNamespace,
  ended: Pick<EndedSessions, 'onEnded'>,
  runWithLocale: LocaleRunner,
): () => void {
  nsp.on(SESSIONS_ENDED, (sessionIds) => {
    if (Array.isArray(sessionIds))
      closeSessionSockets(
        nsp,
        sessionIds.filter((id): id is string => typeof id === 'string'),
        runWithLocale,
      );
  });
  return ended.onEnded((sessionIds) => {
    // Fire and forget: a process that misses this still refuses the socket's next event (checkPacket).
    void Promise.resolve(nsp.serverSideEmit(SESSIONS_ENDED, sessionIds)).catch(() => undefined);
    closeSessionSockets(nsp, sessionIds, runWithLocale);
  });
}
