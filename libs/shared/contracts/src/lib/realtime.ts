/**
 * Socket.IO event maps shared by the API gateways and the web client: the foundation's events
 * and the live room's (live/room.ts).
 */
import type { ApiError } from './common';
import type { CertificateBatchProgress } from './certificates';
import type { LiveClientToServerEvents, LiveServerToClientEvents } from './live/room';
import type { Notice } from './notifications';

/** The answer of every client → server event: ok with its data, or the error shape's code and message. */
export type SocketAck<T extends object = object> = ({ ok: true } & T) | { ok: false; error: Pick<ApiError, 'code' | 'message'> };

/** Server → client events of every namespace. */
export interface ServerToClientEvents extends LiveServerToClientEvents {
  /** Sent once after a successful handshake. */
  'session:ready': (payload: { userId: string }) => void;
  /** The access token the socket was opened with has expired; the server closes the socket next. */
  'session:expired': (payload: { message: string }) => void;
  /** Progress of a queued job the user is waiting for (pushed by the worker). */
  'job:progress': (payload: { jobId: string; status: string; completed?: number; total?: number }) => void;
  /** A certificate batch the user started made progress (pushed by the worker after each certificate). */
  'certificate:batch': (payload: CertificateBatchProgress) => void;
  /** A new notice for the user (written once per occasion by NoticeWriter; the bell counts it). */
  'notification:new': (payload: Notice) => void;
}

/** Client → server events; each answers through the ack callback. */
export interface ClientToServerEvents extends LiveClientToServerEvents {
  ping: (payload: Record<string, never>, ack: (answer: SocketAck<{ at: string }>) => void) => void;
}

export const REALTIME_NAMESPACE_LIVE = '/live';
export const userRoom = (userId: string) => `user:${userId}`;
