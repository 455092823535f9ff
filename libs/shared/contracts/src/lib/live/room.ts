import * as z from 'zod';
import { IdSchema, tooLong } from '../common';
import { msg } from '../i18n';
import type { SocketAck } from '../realtime';
import type { LiveBreakout, LiveBreakoutClientToServerEvents, LiveBreakoutServerToClientEvents } from './breakout';
import type { LiveMediaClientToServerEvents, LiveMediaServerToClientEvents } from './media';
import { LiveSessionSchema } from './session';

/*
 * The room of a live session over Socket.IO (namespace `/live`, API.md "Live seminars", issue 9).
 * Every client → server event carries `sessionId`, is validated with its schema here, authorised
 * per event (role in the session's program, joined, not removed) and rate limited per user; the
 * ack is `SocketAck<…>` (realtime.ts). Server → client events go to the room `live-session:<id>`
 * (moderator-only ones to `live-session:<id>:moderators`, personal ones to `user:<id>`).
 * Nothing a client sends names who it is: the server takes the user from the socket's handshake.
 */

export const LIVE_ROOM_LIMITS = {
  chat: { max: 2000 },
  /** Messages in the history a join returns, and per `chat:history` page. */
  chatHistory: 200,
  question: { max: 500 },
  pollQuestion: { max: 300 },
  pollOptions: { min: 2, max: 10, textMax: 200 },
  notes: { max: 20000 },
  page: { max: 10000 },
} as const;

/** The Socket.IO room of a session's participants, and of its moderators. */
export const liveSessionRoom = (sessionId: string) => `live-session:${sessionId}`;
export const liveModeratorsRoom = (sessionId: string) => `live-session:${sessionId}:moderators`;

const text = (max: number, name: { de: string; en: string }) =>
  z
    .string(msg(`${name.de}: bitte Text angeben`, `${name.en}: please enter text`))
    .trim()
    .min(1, msg(`${name.de}: bitte Text angeben`, `${name.en}: please enter text`))
    .max(max, tooLong(max, name));

const SessionRef = z.object({ sessionId: IdSchema });

// ---------------------------------------------------------------- client → server payloads

export const SessionJoinSchema = SessionRef;
export const SessionLeaveSchema = SessionRef;
export const ChatSendSchema = SessionRef.extend({
  text: text(LIVE_ROOM_LIMITS.chat.max, { de: 'Die Nachricht', en: 'The message' }),
  /** A private message to the session's moderators (only they and the sender see it). */
  toModerators: z.boolean().optional(),
});
export const ChatHistorySchema = SessionRef.extend({ before: IdSchema });
export const HandSchema = SessionRef;
export const HandDismissSchema = SessionRef.extend({ userId: IdSchema });
export const QuestionAskSchema = SessionRef.extend({ text: text(LIVE_ROOM_LIMITS.question.max, { de: 'Die Frage', en: 'The question' }) });
export const QuestionUpvoteSchema = SessionRef.extend({ questionId: IdSchema, up: z.boolean().optional() });
export const QuestionAnswerSchema = SessionRef.extend({ questionId: IdSchema });
export const PollOpenSchema = SessionRef.extend({
  question: text(LIVE_ROOM_LIMITS.pollQuestion.max, { de: 'Die Frage', en: 'The question' }),
  options: z
    .array(text(LIVE_ROOM_LIMITS.pollOptions.textMax, { de: 'Die Antwort', en: 'The option' }))
    .min(LIVE_ROOM_LIMITS.pollOptions.min, msg('Bitte mindestens zwei Antworten angeben', 'Please enter at least two options'))
    .max(
      LIVE_ROOM_LIMITS.pollOptions.max,
      msg(`Höchstens ${LIVE_ROOM_LIMITS.pollOptions.max} Antworten`, `At most ${LIVE_ROOM_LIMITS.pollOptions.max} options`),
    ),
  /** Anonymous (default): results are counts only; named: moderators see who voted what on close. */
  anonymous: z.boolean().optional(),
});
export const PollVoteSchema = SessionRef.extend({
  pollId: IdSchema,
  option: z
    .number(msg('Bitte eine Antwort wählen', 'Please choose an option'))
    .int()
    .min(0)
    .max(LIVE_ROOM_LIMITS.pollOptions.max - 1),
});
export const PollCloseSchema = SessionRef.extend({ pollId: IdSchema });
export const SlideSetSchema = SessionRef.extend({
  materialId: IdSchema,
  page: z.number(msg('Bitte eine Seite angeben', 'Please enter a page')).int().min(1).max(LIVE_ROOM_LIMITS.page.max),
});
export const SlideModeSchema = SessionRef.extend({ freeBrowse: z.boolean() });
export const SlideClearSchema = SessionRef;
export const NotesOpenSchema = SessionRef.extend({ open: z.boolean() });
export const NotesUpdateSchema = SessionRef.extend({
  text: z.string().max(LIVE_ROOM_LIMITS.notes.max, tooLong(LIVE_ROOM_LIMITS.notes.max, { de: 'Die Notizen', en: 'The notes' })),
  /** The version the client edited; an older one is refused with `conflict` and the current notes. */
  baseVersion: z.number().int().min(0),
});
export const ModerationMuteSchema = SessionRef.extend({ userId: IdSchema, muted: z.boolean() });
export const ModerationRemoveSchema = SessionRef.extend({ userId: IdSchema });
export const ChatLockSchema = SessionRef.extend({ locked: z.boolean() });

export type SessionJoin = z.infer<typeof SessionJoinSchema>;
export type ChatSend = z.infer<typeof ChatSendSchema>;
export type ChatHistory = z.infer<typeof ChatHistorySchema>;
export type HandDismiss = z.infer<typeof HandDismissSchema>;
export type QuestionAsk = z.infer<typeof QuestionAskSchema>;
export type QuestionUpvote = z.infer<typeof QuestionUpvoteSchema>;
export type QuestionAnswer = z.infer<typeof QuestionAnswerSchema>;
export type PollOpen = z.infer<typeof PollOpenSchema>;
export type PollVote = z.infer<typeof PollVoteSchema>;
export type PollClose = z.infer<typeof PollCloseSchema>;
export type SlideSet = z.infer<typeof SlideSetSchema>;
export type SlideMode = z.infer<typeof SlideModeSchema>;
export type NotesOpen = z.infer<typeof NotesOpenSchema>;
export type NotesUpdate = z.infer<typeof NotesUpdateSchema>;
export type ModerationMute = z.infer<typeof ModerationMuteSchema>;
export type ModerationRemove = z.infer<typeof ModerationRemoveSchema>;
export type ChatLock = z.infer<typeof ChatLockSchema>;

// ---------------------------------------------------------------- what the server sends

/** Someone in the room (one entry per person, however many tabs she has open). */
export interface LiveParticipant {
  userId: string;
  displayName: string;
  /** Her program role shown in the list ('trainer', 'coordinator', 'mentor', 'mentee', or 'admin'). */
  role: string;
  moderator: boolean;
  /** Her chat is muted by a moderator. */
  muted: boolean;
}

export interface LiveChatMessage {
  id: string;
  userId: string;
  displayName: string;
  text: string;
  at: string;
  /** Sent to the moderators only (seen by them and the sender). */
  toModerators: boolean;
}

export interface LiveHand {
  userId: string;
  displayName: string;
  at: string;
}

export interface LiveQuestion {
  id: string;
  userId: string;
  displayName: string;
  text: string;
  at: string;
  votes: number;
  /** Who upvoted (so each client knows whether it did). */
  voterIds: string[];
  answered: boolean;
}

export interface LivePoll {
  id: string;
  question: string;
  options: string[];
  anonymous: boolean;
}

export interface LivePollResults {
  id: string;
  question: string;
  options: string[];
  anonymous: boolean;
  /** Votes per option, in the order of the options. */
  results: number[];
  /** Named polls, to moderators: who voted what. */
  voters?: { userId: string; displayName: string; option: number }[];
}

export interface LiveSlide {
  materialId: string;
  page: number;
  /** The material's page count (from its upload). */
  pageCount: number | null;
  fileName: string;
  /** Participants may leave the presenter's page and browse on their own. */
  freeBrowse: boolean;
}

export interface LiveRoomSettings {
  chatLocked: boolean;
  notesOpen: boolean;
}

export interface LiveNotes {
  text: string;
  version: number;
  open: boolean;
}

/** `session:join`'s answer: everything a (late) joiner needs to draw the room. */
export interface LiveRoomState {
  session: z.infer<typeof LiveSessionSchema>;
  me: { userId: string; moderator: boolean; muted: boolean };
  participants: LiveParticipant[];
  /** The last LIVE_ROOM_LIMITS.chatHistory messages she may see, oldest first. */
  chat: LiveChatMessage[];
  chatHasMore: boolean;
  hands: LiveHand[];
  questions: LiveQuestion[];
  poll: (LivePoll & { myVote: number | null }) | null;
  slide: LiveSlide | null;
  settings: LiveRoomSettings;
  /** Moderators always; participants while the notes are open (else null). In a breakout room: that room's note. */
  notes: LiveNotes | null;
  /** The open breakout rooms (null when none); `chat` and `notes` are those of her room when she is in one. */
  breakout: LiveBreakout | null;
}

type Handler<P, T extends object = object> = (payload: P, ack: (answer: SocketAck<T>) => void) => void;

/** Client → server events of `/live` (each answers through the ack). */
export interface LiveClientToServerEvents extends LiveMediaClientToServerEvents, LiveBreakoutClientToServerEvents {
  'session:join': Handler<SessionJoin, { state: LiveRoomState }>;
  'session:leave': Handler<SessionJoin>;
  'chat:send': Handler<ChatSend, { message: LiveChatMessage }>;
  'chat:history': Handler<ChatHistory, { messages: LiveChatMessage[]; hasMore: boolean }>;
  'hand:raise': Handler<SessionJoin, { position: number }>;
  'hand:lower': Handler<SessionJoin>;
  'hand:dismiss': Handler<HandDismiss>;
  'question:ask': Handler<QuestionAsk, { question: LiveQuestion }>;
  'question:upvote': Handler<QuestionUpvote>;
  'question:answer': Handler<QuestionAnswer>;
  'poll:open': Handler<PollOpen, { poll: LivePoll }>;
  'poll:vote': Handler<PollVote>;
  'poll:close': Handler<PollClose, { results: number[] }>;
  'slide:set': Handler<SlideSet>;
  'slide:mode': Handler<SlideMode>;
  'slide:clear': Handler<SessionJoin>;
  'notes:open': Handler<NotesOpen>;
  'notes:update': Handler<NotesUpdate, { version: number }>;
  'moderation:mute': Handler<ModerationMute>;
  'moderation:remove': Handler<ModerationRemove>;
  'chat:lock': Handler<ChatLock>;
}

/** Server → client events of `/live`. */
export interface LiveServerToClientEvents extends LiveMediaServerToClientEvents, LiveBreakoutServerToClientEvents {
  'presence:update': (participants: LiveParticipant[]) => void;
  'chat:message': (message: LiveChatMessage) => void;
  'hand:queue': (hands: LiveHand[]) => void;
  'question:update': (question: LiveQuestion) => void;
  'poll:opened': (poll: LivePoll) => void;
  /** How many have voted so far (no results before the close). */
  'poll:votes': (payload: { id: string; votes: number }) => void;
  'poll:closed': (poll: LivePollResults) => void;
  'slide:changed': (slide: LiveSlide | null) => void;
  'notes:changed': (notes: LiveNotes & { updatedBy: string | null }) => void;
  'room:settings': (settings: LiveRoomSettings) => void;
  /** To the person concerned: a moderator removed her from the session; she cannot rejoin it. */
  'session:removed': (payload: { sessionId: string; message: string }) => void;
  /** The session started or ended (to its room and to every member's `user:` room is not needed: lists reload). */
  'session:status': (payload: { sessionId: string; status: 'scheduled' | 'live' | 'ended' }) => void;
}

// ---------------------------------------------------------------- slides to choose from (HTTP)

/** A PDF material the moderators may show as slides (a material of the session's program's modules). */
export const LiveSlideMaterialSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  pageCount: z.number().int().nullable(),
  moduleId: z.string(),
  moduleTitle: z.string(),
});
export type LiveSlideMaterial = z.infer<typeof LiveSlideMaterialSchema>;

/** `GET /api/live-sessions/:sessionId/slide-materials` (moderators) → `{items}`. */
export const LiveSlideMaterialListSchema = z.object({ items: z.array(LiveSlideMaterialSchema) });
export type LiveSlideMaterialList = z.infer<typeof LiveSlideMaterialListSchema>;
