import { Injectable, Logger } from '@nestjs/common';
import type { AuthUser } from '@ecampus/api/platform/auth';
import {
  liveMainRoom,
  liveModeratorsRoom,
  liveSessionRoom,
  userRoom,
  type ChatHistory,
  type ChatLock,
  type ChatSend,
  type HandDismiss,
  type LiveChatMessage,
  type LivePoll,
  type LiveQuestion,
  type LiveRoomState,
  type ModerationMute,
  type ModerationRemove,
  type NotesOpen,
  type NotesUpdate,
  type PollClose,
  type PollOpen,
  type PollVote,
  type QuestionAnswer,
  type QuestionAsk,
  type QuestionUpvote,
  type SessionJoin,
  type SlideMode,
  type SlideSet,
} from '@ecampus/shared/contracts';
import { AttendanceRecorder } from '../attendance/attendance-recorder';
import { sessionEnded } from '../live.errors';
import { LiveClock, LiveSessionAccess, mayEnterRoom, roomRole, toLiveSession } from '../session';
import {
  cannotRemoveModerator,
  chatClosed,
  invalidPollOption,
  notesClosed,
  notesConflict,
  pollAlreadyOpen,
  pollClosed,
  questionNotFound,
  removedFromSession,
  removedNotice,
  sessionNotOpen,
  slideMaterialNotFound,
  slidePageOutOfRange,
} from './live-room.errors';
import { LiveRoomRepository } from './live-room.repository';
import { ShortCache } from './live-room.rules';
import { joinedSessions, type JoinedSession, type LiveNamespace, type LiveSocket } from './live-room.sockets';
import { LiveMediaSignalling } from '../media/live-media-signalling';
import { isLocationChannel, LiveBreakoutService } from '../breakout/live-breakout.service';
import { LiveBreakoutRepository } from '../breakout/live-breakout.repository';
import { LiveRoomStore } from './live-room.store';

/** How long a process trusts a session's status before it asks PostgreSQL again. */
const STATUS_CACHE_MS = 2000;

/**
 * The rules of the room: who may enter, what each event does to the shared state (Redis) and the
 * durable record (PostgreSQL), and whom it tells. The gateway has validated, rate limited and
 * checked the joined entry (and moderator-only events) before a method here runs.
 */
@Injectable()
export class LiveRoomService {
  private readonly logger = new Logger(LiveRoomService.name);
  private nsp: LiveNamespace | null = null;
  private readonly statuses = new ShortCache<string | null>(STATUS_CACHE_MS);

  constructor(
    private readonly access: LiveSessionAccess,
    private readonly repo: LiveRoomRepository,
    private readonly store: LiveRoomStore,
    private readonly attendance: AttendanceRecorder,
    private readonly clock: LiveClock,
    private readonly media: LiveMediaSignalling,
    private readonly breakouts: LiveBreakoutService,
    private readonly breakoutRooms: LiveBreakoutRepository,
  ) {}

  /** The gateway hands over its namespace once Socket.IO is up. */
  attach(nsp: LiveNamespace): void {
    this.nsp = nsp;
    // Another process removed someone: her sockets here leave the room and end their stays.
    nsp.on('live:removed', (payload: { sessionId?: unknown; userId?: unknown }) => {
      if (typeof payload?.sessionId === 'string' && typeof payload.userId === 'string')
        void this.dropLocalSockets(payload.sessionId, payload.userId).catch((e) =>
          this.logger.error(`live:removed: ${(e as Error).message}`),
        );
    });
  }

  private get server(): LiveNamespace {
    if (!this.nsp) throw new Error('LiveRoomService: Socket.IO ist noch nicht bereit');
    return this.nsp;
  }

  // ---------------------------------------------------------------- entering and leaving

  async join(socket: LiveSocket, { sessionId }: SessionJoin): Promise<{ state: LiveRoomState }> {
    const user = socket.data.user;
    const { session, access, moderator } = await this.access.toSession(user, sessionId);
    if (!mayEnterRoom(session, moderator, this.clock.now())) throw session.status === 'ended' ? sessionEnded() : sessionNotOpen();
    if (!moderator && (await this.repo.isRemoved(sessionId, user.id))) throw removedFromSession();
    this.statuses.forget(sessionId);

    const joined = joinedSessions(socket);
    let entry = joined[sessionId];
    if (!entry) {
      entry = {
        programId: session.programId,
        moderator,
        role: roomRole(access),
        displayName: await this.repo.displayNameOf(user.id),
        stayId: null,
      };
      await socket.join(moderator ? [liveSessionRoom(sessionId), liveModeratorsRoom(sessionId)] : liveSessionRoom(sessionId));
      await this.breakouts.place(socket, sessionId);
      joined[sessionId] = entry;
      await this.enter(socket, sessionId, entry);
    } else if (await this.breakouts.place(socket, sessionId)) {
      // A re-join after a move that reached this socket before the move's own relocation did.
      await this.media.release(socket.id, sessionId);
    }
    return { state: await this.state(sessionId, user, entry, session, moderator) };
  }

  /** Presence, attendance stay and the room told: on join and on a recovered connection. */
  async enter(socket: LiveSocket, sessionId: string, entry: JoinedSession): Promise<void> {
    entry.stayId = await this.attendance.stayStarted(sessionId, socket.data.user.id, this.clock.now());
    await this.store.addPresence(sessionId, socket.id, socket.data.user.id, {
      displayName: entry.displayName,
      role: entry.role,
      moderator: entry.moderator,
    });
    await this.broadcastPresence(sessionId);
  }

  async leave(socket: LiveSocket, { sessionId }: SessionJoin): Promise<object> {
    await this.leaveSession(socket, sessionId);
    return {};
  }

  /** The socket leaves the session: rooms, joined entry, presence, stay. */
  async leaveSession(socket: LiveSocket, sessionId: string): Promise<void> {
    const joined = joinedSessions(socket);
    const entry = joined[sessionId];
    if (!entry) return;
    delete joined[sessionId];
    for (const room of [...socket.rooms].filter((r) => isLocationChannel(sessionId, r))) await socket.leave(room);
    await socket.leave(liveSessionRoom(sessionId));
    await socket.leave(liveModeratorsRoom(sessionId));
    await this.exit(socket.id, sessionId, entry);
  }

  /** Presence and stay of a socket that is gone (disconnect): its data stays for a recovery. */
  async disconnected(socket: LiveSocket): Promise<void> {
    for (const [sessionId, entry] of Object.entries(socket.data.live ?? {})) await this.exit(socket.id, sessionId, entry);
  }

  private async exit(socketId: string, sessionId: string, entry: JoinedSession): Promise<void> {
    // Her Janus handles on this process go first: her audio and video end with her stay.
    await this.media.release(socketId, sessionId).catch((e) => this.logger.warn(`Medien von ${socketId}: ${(e as Error).message}`));
    if (entry.stayId) await this.attendance.stayEnded(entry.stayId, this.clock.now());
    await this.store.removePresence(sessionId, [socketId]);
    await this.broadcastPresence(sessionId);
  }

  /** A recovered connection kept its rooms and data: it is present again, with a new stay. */
  async recovered(socket: LiveSocket): Promise<void> {
    for (const [sessionId, entry] of Object.entries(socket.data.live ?? {})) {
      if ((await this.statusOf(sessionId)) === 'ended') {
        await this.leaveSession(socket, sessionId);
        continue;
      }
      await this.breakouts.place(socket, sessionId);
      await this.enter(socket, sessionId, entry);
    }
  }

  /** The session's status through the short cache; an ended session's sockets here leave it. */
  async statusOf(sessionId: string): Promise<string | null> {
    return this.statuses.get(sessionId, Date.now(), () => this.repo.statusOf(sessionId));
  }

  private async state(
    sessionId: string,
    user: AuthUser,
    entry: JoinedSession,
    view: Parameters<typeof toLiveSession>[0],
    moderator: boolean,
  ): Promise<LiveRoomState> {
    const [location, breakout] = await Promise.all([this.breakouts.locationOf(sessionId, user.id), this.breakouts.state(sessionId)]);
    const [participants, chat, hands, questions, poll, slide, chatLocked, notes, muted] = await Promise.all([
      this.store.participants(sessionId),
      this.repo.chatPage(sessionId, { userId: user.id, moderator }, null, location),
      this.store.hands(sessionId),
      this.repo.listQuestions(sessionId),
      this.repo.openPollOf(sessionId),
      this.store.slide(sessionId),
      this.store.chatLocked(sessionId),
      location ? this.breakoutRooms.notesOf(location) : this.repo.notesOf(sessionId),
      this.store.isMuted(sessionId, user.id),
    ]);
    return {
      session: toLiveSession(view, entry.moderator),
      me: { userId: user.id, moderator, muted },
      participants,
      chat: chat.messages,
      chatHasMore: chat.hasMore,
      hands,
      questions,
      poll: poll
        ? {
            id: poll.id,
            question: poll.question,
            options: poll.options,
            anonymous: poll.anonymous,
            myVote: await this.repo.voteOf(poll.id, user.id),
          }
        : null,
      slide,
      // In a breakout room `notes` is that room's (always open); the main room's open flag stays in the settings.
      settings: { chatLocked, notesOpen: location ? (await this.repo.notesOf(sessionId)).open : notes.open },
      notes: moderator || notes.open ? notes : null,
      breakout,
    };
  }

  // ---------------------------------------------------------------- chat

  async sendChat(
    socket: LiveSocket,
    entry: JoinedSession,
    { sessionId, text, toModerators }: ChatSend,
  ): Promise<{ message: LiveChatMessage }> {
    const user = socket.data.user;
    if (!entry.moderator) {
      if (await this.store.chatLocked(sessionId)) throw chatClosed('locked');
      if (await this.store.isMuted(sessionId, user.id)) throw chatClosed('muted');
    }
    // Written where she is: the main room, or her breakout room (only its people receive it).
    const location = await this.breakouts.locationOf(sessionId, user.id);
    const message = await this.repo.addChat(sessionId, user.id, text, toModerators ?? false, this.clock.now(), location);
    // A private message reaches the moderators; its sender has it in her ack.
    if (message.toModerators) this.server.to(liveModeratorsRoom(sessionId)).except(socket.id).emit('chat:message', message);
    else socket.to(this.breakouts.channelOf(sessionId, location)).emit('chat:message', message);
    return { message };
  }

  async chatHistory(socket: LiveSocket, entry: JoinedSession, { sessionId, before }: ChatHistory) {
    const location = await this.breakouts.locationOf(sessionId, socket.data.user.id);
    return this.repo.chatPage(sessionId, { userId: socket.data.user.id, moderator: entry.moderator }, before, location);
  }

  // ---------------------------------------------------------------- hands

  async raiseHand(socket: LiveSocket, { sessionId }: SessionJoin): Promise<{ position: number }> {
    const position = await this.store.raiseHand(sessionId, socket.data.user.id, this.clock.now());
    await this.broadcastHands(sessionId);
    return { position };
  }

  async lowerHand(socket: LiveSocket, { sessionId }: SessionJoin): Promise<object> {
    await this.store.lowerHand(sessionId, socket.data.user.id);
    await this.broadcastHands(sessionId);
    return {};
  }

  async dismissHand({ sessionId, userId }: HandDismiss): Promise<object> {
    await this.store.lowerHand(sessionId, userId);
    await this.broadcastHands(sessionId);
    return {};
  }

  // ---------------------------------------------------------------- questions

  async askQuestion(socket: LiveSocket, { sessionId, text }: QuestionAsk): Promise<{ question: LiveQuestion }> {
    const question = await this.repo.addQuestion(sessionId, socket.data.user.id, text, this.clock.now());
    this.server.to(liveSessionRoom(sessionId)).emit('question:update', question);
    return { question };
  }

  async upvoteQuestion(socket: LiveSocket, { sessionId, questionId, up }: QuestionUpvote): Promise<object> {
    if (!(await this.repo.voteQuestion(sessionId, questionId, socket.data.user.id, up ?? true, this.clock.now()))) throw questionNotFound();
    await this.broadcastQuestion(sessionId, questionId);
    return {};
  }

  async answerQuestion({ sessionId, questionId }: QuestionAnswer): Promise<object> {
    if (!(await this.repo.answerQuestion(sessionId, questionId, this.clock.now()))) throw questionNotFound();
    await this.broadcastQuestion(sessionId, questionId);
    return {};
  }

  private async broadcastQuestion(sessionId: string, questionId: string): Promise<void> {
    const question = await this.repo.findQuestion(sessionId, questionId);
    if (question) this.server.to(liveSessionRoom(sessionId)).emit('question:update', question);
  }

  // ---------------------------------------------------------------- polls

  async openPoll(socket: LiveSocket, { sessionId, question, options, anonymous }: PollOpen): Promise<{ poll: LivePoll }> {
    const poll = await this.repo.openPoll(
      sessionId,
      { question, options, anonymous: anonymous ?? true },
      socket.data.user.id,
      this.clock.now(),
    );
    if (!poll) throw pollAlreadyOpen();
    this.server.to(liveSessionRoom(sessionId)).emit('poll:opened', poll);
    return { poll };
  }

  async vote(socket: LiveSocket, { sessionId, pollId, option }: PollVote): Promise<object> {
    const votes = await this.repo.vote(sessionId, pollId, socket.data.user.id, option, this.clock.now());
    if (votes === null) {
      const open = await this.repo.openPollOf(sessionId);
      throw open?.id === pollId ? invalidPollOption() : pollClosed();
    }
    this.server.to(liveSessionRoom(sessionId)).emit('poll:votes', { id: pollId, votes });
    return {};
  }

  async closePoll({ sessionId, pollId }: PollClose): Promise<{ results: number[] }> {
    const closed = await this.repo.closePoll(sessionId, pollId, this.clock.now());
    if (!closed) throw pollClosed();
    const { voters, ...counts } = closed;
    const mods = liveModeratorsRoom(sessionId);
    this.server.to(liveSessionRoom(sessionId)).except(mods).emit('poll:closed', counts);
    this.server.to(mods).emit('poll:closed', closed.anonymous ? counts : { ...counts, voters });
    return { results: closed.results };
  }

  // ---------------------------------------------------------------- slides

  async setSlide(entry: JoinedSession, { sessionId, materialId, page }: SlideSet): Promise<object> {
    const material = await this.repo.findSlideMaterial(materialId);
    if (!material || material.programId !== entry.programId || material.moduleStatus !== 'published' || material.kind !== 'pdf')
      throw slideMaterialNotFound();
    if (material.pageCount !== null && page > material.pageCount) throw slidePageOutOfRange(material.pageCount);
    const slide = await this.store.setSlide(sessionId, { materialId, page, pageCount: material.pageCount, fileName: material.fileName });
    this.server.to(liveSessionRoom(sessionId)).emit('slide:changed', slide);
    return {};
  }

  async slideMode({ sessionId, freeBrowse }: SlideMode): Promise<object> {
    const slide = await this.store.setFreeBrowse(sessionId, freeBrowse);
    this.server.to(liveSessionRoom(sessionId)).emit('slide:changed', slide);
    return {};
  }

  async clearSlide({ sessionId }: SessionJoin): Promise<object> {
    await this.store.clearSlide(sessionId);
    this.server.to(liveSessionRoom(sessionId)).emit('slide:changed', null);
    return {};
  }

  // ---------------------------------------------------------------- notes and settings

  async openNotes(socket: LiveSocket, { sessionId, open }: NotesOpen): Promise<object> {
    const notes = await this.repo.setNotesOpen(sessionId, open);
    this.server
      .to(open ? liveMainRoom(sessionId) : liveModeratorsRoom(sessionId))
      .emit('notes:changed', { ...notes, updatedBy: socket.data.user.id });
    await this.broadcastSettings(sessionId, notes.open);
    return {};
  }

  async updateNotes(socket: LiveSocket, entry: JoinedSession, { sessionId, text, baseVersion }: NotesUpdate): Promise<{ version: number }> {
    // In a breakout room she writes that room's shared note, and only its people see the change.
    const location = await this.breakouts.locationOf(sessionId, socket.data.user.id);
    if (location) {
      const changed = await this.breakoutRooms.updateNotes(location, text, baseVersion);
      if (!changed) throw notesConflict();
      this.server.to(this.breakouts.channelOf(sessionId, location)).emit('notes:changed', { ...changed, updatedBy: socket.data.user.id });
      return { version: changed.version };
    }
    const notes = await this.repo.updateNotes(sessionId, text, baseVersion, entry.moderator);
    if (!notes) {
      const current = await this.repo.notesOf(sessionId);
      throw !entry.moderator && !current.open ? notesClosed() : notesConflict();
    }
    this.server
      .to(notes.open ? liveMainRoom(sessionId) : liveModeratorsRoom(sessionId))
      .emit('notes:changed', { ...notes, updatedBy: socket.data.user.id });
    return { version: notes.version };
  }

  async lockChat({ sessionId, locked }: ChatLock): Promise<object> {
    await this.store.setChatLocked(sessionId, locked);
    await this.broadcastSettings(sessionId);
    return {};
  }

  private async broadcastSettings(sessionId: string, notesOpen?: boolean): Promise<void> {
    const [chatLocked, open] = await Promise.all([
      this.store.chatLocked(sessionId),
      notesOpen ?? this.repo.notesOf(sessionId).then((n) => n.open),
    ]);
    this.server.to(liveSessionRoom(sessionId)).emit('room:settings', { chatLocked, notesOpen: open });
  }

  // ---------------------------------------------------------------- moderation

  async mute(socket: LiveSocket, { sessionId, userId, muted }: ModerationMute): Promise<object> {
    await this.assertRemovable(socket, sessionId, userId);
    await this.store.setMuted(sessionId, userId, muted);
    await this.broadcastPresence(sessionId);
    return {};
  }

  async remove(socket: LiveSocket, { sessionId, userId }: ModerationRemove): Promise<object> {
    await this.assertRemovable(socket, sessionId, userId);
    await this.repo.remove(sessionId, userId, socket.data.user.id);
    await this.store.markRemoved(sessionId, userId);
    // A removed person loses the floor (in Janus' ACL too) before her sockets go.
    await this.media.floor({ sessionId, userId, granted: false }).catch((e) => this.logger.warn(`Wort entziehen: ${(e as Error).message}`));
    this.server.to(userRoom(userId)).emit('session:removed', { sessionId, message: removedNotice() });
    // Her sockets leave the rooms in every process at once (the adapter forwards it) …
    this.server.in(userRoom(userId)).socketsLeave([liveSessionRoom(sessionId), liveModeratorsRoom(sessionId)]);
    // … and each process ends their stays and forgets the joined entry.
    this.server.serverSideEmit('live:removed', { sessionId, userId });
    await this.dropLocalSockets(sessionId, userId);
    await this.store.removeUserPresence(sessionId, userId);
    await Promise.all([this.broadcastPresence(sessionId), this.broadcastHands(sessionId)]);
    return {};
  }

  /** Moderators (by their entry in the room) and oneself cannot be muted or removed. */
  private async assertRemovable(socket: LiveSocket, sessionId: string, userId: string): Promise<void> {
    if (userId === socket.data.user.id || (await this.store.person(sessionId, userId))?.moderator) throw cannotRemoveModerator();
  }

  /** This process's sockets of the person leave the session (removal). */
  private async dropLocalSockets(sessionId: string, userId: string): Promise<void> {
    for (const socketId of this.server.adapter.rooms.get(userRoom(userId)) ?? []) {
      const socket = this.server.sockets.get(socketId);
      if (socket) await this.leaveSession(socket, sessionId);
    }
  }

  // ---------------------------------------------------------------- broadcasts

  async broadcastPresence(sessionId: string): Promise<void> {
    this.server.to(liveSessionRoom(sessionId)).emit('presence:update', await this.store.participants(sessionId));
  }

  private async broadcastHands(sessionId: string): Promise<void> {
    this.server.to(liveSessionRoom(sessionId)).emit('hand:queue', await this.store.hands(sessionId));
  }

  /** The open stays of this process's sockets (for the attendance heartbeat). */
  localStayIds(): string[] {
    const ids: string[] = [];
    for (const socket of this.nsp?.sockets.values() ?? [])
      for (const entry of Object.values(socket.data.live ?? {})) if (entry.stayId) ids.push(entry.stayId);
    return ids;
  }
}
