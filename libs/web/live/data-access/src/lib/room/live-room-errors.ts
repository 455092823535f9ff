import { ErrorCode, LiveErrorCode, t } from '@ecampus/shared/contracts';

/** A refused or failed room event: the server's `{code, message}` (or the client's own, for a timeout). */
export class LiveRoomError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LiveRoomError';
  }
}

/** Codes the client raises itself, besides the server's. */
export const LiveClientErrorCode = {
  /** No answer within ACK_TIMEOUT_MS (the connection is down or the server is busy). */
  Timeout: 'live_timeout',
  /** No socket yet (signed out, or the first connection is still opening). */
  Offline: 'live_offline',
} as const;

export const timeoutError = () =>
  new LiveRoomError(
    LiveClientErrorCode.Timeout,
    t(
      'Der Server antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.',
      'The server is not answering. Please try again in a moment.',
    ),
  );

export const offlineError = () =>
  new LiveRoomError(
    LiveClientErrorCode.Offline,
    t(
      'Keine Verbindung zum Live-Seminar. Bitte versuchen Sie es gleich noch einmal.',
      'No connection to the live session. Please try again in a moment.',
    ),
  );

/** Why a join was refused, as the page explains it. */
export type LiveRoomRefusal = 'not_open' | 'ended' | 'removed' | 'no_access' | 'failed';

export function refusalOf(code: string): LiveRoomRefusal {
  switch (code) {
    case LiveErrorCode.SessionNotOpen:
      return 'not_open';
    case LiveErrorCode.SessionEnded:
      return 'ended';
    case LiveErrorCode.Removed:
      return 'removed';
    case ErrorCode.Forbidden:
    case ErrorCode.NotFound:
    case ErrorCode.Validation:
      return 'no_access';
    default:
      return 'failed';
  }
}

/** The message of any failure of a room action (socket ack or HTTP), for a notice. */
export function messageOf(error: unknown): string {
  if (error instanceof LiveRoomError) return error.message;
  const apiMessage = (error as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof apiMessage === 'string') return apiMessage;
  return t('Das hat nicht geklappt. Bitte versuchen Sie es erneut.', 'That did not work. Please try again.');
}
