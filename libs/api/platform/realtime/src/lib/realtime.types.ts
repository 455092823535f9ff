import type { Namespace, Server, Socket } from 'socket.io';
import type { AuthUser } from '@ecampus/api/platform/auth';
import type { ClientToServerEvents, Locale, ServerToClientEvents } from '@ecampus/shared/contracts';

/** What the handshake leaves on every socket. */
export interface SocketData {
  user: AuthUser;
  /** The language of the socket's messages (see handshakeAuth). */
  locale: Locale;
}

/** Between the API processes (Socket.IO `serverSideEmit` through the Redis adapter). */
export interface InterServerEvents {
  /** These sessions ended (logout, password change …): close their sockets in every process. */
  'auth:sessions-ended': (sessionIds: string[]) => void;
}

export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Every socket of one session (one login on one device) is in this room; the user's in `user:<id>`. */
export const sessionRoom = (sessionId: string) => `auth-session:${sessionId}`;

/** Redis keys of the Socket.IO adapter, all under REDIS_PREFIX (shared by API adapter and worker emitter). */
export const realtimeKeys = (prefix: string) => ({
  streamName: `${prefix}:socket.io`,
  channelPrefix: `${prefix}:socket.io`,
  sessionKeyPrefix: `${prefix}:sio:session:`,
});
