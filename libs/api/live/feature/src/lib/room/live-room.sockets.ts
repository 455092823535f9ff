import type { Namespace, Socket } from 'socket.io';
import type { SocketData } from '@ecampus/api/platform/realtime';
import type { ClientToServerEvents, ServerToClientEvents } from '@ecampus/shared/contracts';

/** What a socket keeps of a session it joined (in `socket.data.live`, plain data: it survives connection state recovery). */
export interface JoinedSession {
  programId: string;
  moderator: boolean;
  role: string;
  displayName: string;
  /** The open attendance stay of this socket in the session. */
  stayId: string | null;
}

export interface LiveSocketData extends SocketData {
  /** Sessions this socket joined, by session id. */
  live?: Record<string, JoinedSession>;
}

/** Between the API processes: a moderator removed the person from the session; people changed rooms. */
export interface LiveInterServerEvents {
  'auth:sessions-ended': (sessionIds: string[]) => void;
  'live:removed': (payload: { sessionId: string; userId: string }) => void;
  /** Breakout rooms: these people (everyone of the session: null) are somewhere else now; move their sockets. */
  'live:relocate': (payload: { sessionId: string; userIds: string[] | null }) => void;
}

export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, LiveInterServerEvents, LiveSocketData>;
export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, LiveInterServerEvents, LiveSocketData>;

export const joinedSessions = (socket: Pick<LiveSocket, 'data'>): Record<string, JoinedSession> => (socket.data.live ??= {});
