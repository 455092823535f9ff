/** Stable codes of the live domain's refusals (HTTP and socket acks), besides common.ts's ErrorCode. */
export const LiveErrorCode = {
  /** The session is not live (or not yet joinable: earlier than 15 minutes before the start). */
  SessionNotOpen: 'live_session_not_open',
  /** The session has ended. */
  SessionEnded: 'live_session_ended',
  /** The caller was removed from this session by a moderator. */
  Removed: 'live_removed',
  /** The event needs a joined socket (`session:join` first). */
  NotJoined: 'live_not_joined',
  /** Chat is locked, or the caller's chat is muted. */
  ChatClosed: 'live_chat_closed',
  /** The poll is closed or not the open one. */
  PollClosed: 'live_poll_closed',
  /** Only while scheduled (editing, deleting). */
  NotScheduled: 'live_session_not_scheduled',
  /** A trainer named for a session is not a trainer or coordinator of its program. */
  InvalidTrainers: 'live_invalid_trainers',
  /** The module named for a session is not a module of its program. */
  InvalidModule: 'live_invalid_module',
  /** A session cannot be scheduled to start in the past. */
  StartsInPast: 'live_starts_in_past',
  /** No media server is configured or it does not answer: the room works without audio and video. */
  MediaUnavailable: 'live_media_unavailable',
  /** Publishing needs the floor (moderators have it; others when a moderator gives it). */
  NoFloor: 'live_no_floor',
  /** Janus refused a session description (malformed, or nothing it can forward). */
  MediaNegotiationFailed: 'live_media_negotiation_failed',
  /** Audio and video start with the session (not in the waiting room before it). */
  MediaNotLive: 'live_media_not_live',
  /** Breakout rooms are already open (close them first). */
  BreakoutAlreadyOpen: 'live_breakout_already_open',
  /** No breakout rooms are open. */
  BreakoutNotOpen: 'live_breakout_not_open',
  /** The breakout room (or the person to move) is not part of this session's breakout. */
  BreakoutRoomNotFound: 'live_breakout_room_not_found',
  /** One room per tandem was asked for, but no tandem of the program has someone in the room. */
  BreakoutNoTandems: 'live_breakout_no_tandems',
  /** Help can only be called from inside a breakout room. */
  BreakoutNotInRoom: 'live_breakout_not_in_room',
} as const;
export type LiveErrorCode = (typeof LiveErrorCode)[keyof typeof LiveErrorCode];
