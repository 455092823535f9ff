import { HttpException, Logger } from '@nestjs/common';
import {
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type * as z from 'zod';
import { findNulCharacter, validationException } from '@ecampus/api/platform/http';
import {
  BreakoutBroadcastSchema,
  BreakoutCloseSchema,
  BreakoutHelpSchema,
  BreakoutMoveSchema,
  BreakoutOpenSchema,
  BreakoutPlanSchema,
  BreakoutTimerSchema,
  BreakoutVisitSchema,
  ChatHistorySchema,
  ChatLockSchema,
  ChatSendSchema,
  ErrorCode,
  HandDismissSchema,
  HandSchema,
  MediaAnswerSchema,
  MediaFloorSchema,
  MediaInfoSchema,
  MediaLayerSchema,
  MediaMuteSchema,
  MediaOpenFloorSchema,
  MediaPublishSchema,
  MediaSubscribeSchema,
  MediaUnpublishSchema,
  MediaUnsubscribeSchema,
  ModerationMuteSchema,
  ModerationRemoveSchema,
  NotesOpenSchema,
  NotesUpdateSchema,
  PollCloseSchema,
  PollOpenSchema,
  PollVoteSchema,
  QuestionAnswerSchema,
  QuestionAskSchema,
  QuestionUpvoteSchema,
  REALTIME_NAMESPACE_LIVE,
  SessionJoinSchema,
  SessionLeaveSchema,
  SlideClearSchema,
  SlideModeSchema,
  SlideSetSchema,
  t,
  type LiveClientToServerEvents,
  type SocketAck,
} from '@ecampus/shared/contracts';
import { onlyModerators, sessionEnded } from '../live.errors';
import { notJoined, rateLimited, removedFromSession } from './live-room.errors';
import { LocalRateWindow } from './live-room.rules';
import { LiveMediaSignalling, type MediaCaller } from '../media/live-media-signalling';
import { LiveBreakoutService } from '../breakout/live-breakout.service';
import { LiveRoomService } from './live-room.service';
import { joinedSessions, type JoinedSession, type LiveNamespace, type LiveSocket } from './live-room.sockets';
import { LiveRoomStore, RATE_LIMITS } from './live-room.store';

type Answer = SocketAck<object>;

/** How an event is served: its payload schema, who may send it, and the service call. */
interface EventSpec<S extends z.ZodType> {
  schema: S;
  /** Served without a joined entry (session:join). */
  entering?: boolean;
  /** Only the session's moderators. */
  moderator?: boolean;
  /** Counts against the chat limit too. */
  chat?: boolean;
  run(socket: LiveSocket, entry: JoinedSession, payload: z.infer<S>): Promise<object>;
}

const spec = <S extends z.ZodType>(s: EventSpec<S>): EventSpec<z.ZodType> => s as unknown as EventSpec<z.ZodType>;

/**
 * The live room's events on `/live` (room.ts), next to the platform's LiveGateway (handshake,
 * `ping`). Thin: for every event validate (zod, in the socket's language), rate limit (per socket,
 * then per person in Redis), authorise (joined, moderator, not removed, session not ended), call
 * the service, answer through the ack. The user is always the handshake's (`socket.data.user`).
 * Every error becomes an ack; nothing a client sends can throw out of a handler.
 *
 * The events are registered on each socket here rather than with `@SubscribeMessage`: Nest's
 * websocket pipeline turns a thrown error (or a refusal by the app's global pipe) into an
 * `exception` event without answering the ack, and every event of this room must answer.
 */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE_LIVE })
export class LiveRoomGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(LiveRoomGateway.name);
  @WebSocketServer() private readonly nsp!: LiveNamespace;
  private readonly localLimits = new WeakMap<object, LocalRateWindow>();

  private readonly events: Record<keyof LiveClientToServerEvents, EventSpec<z.ZodType>>;

  constructor(
    private readonly room: LiveRoomService,
    private readonly store: LiveRoomStore,
    private readonly media: LiveMediaSignalling,
    private readonly breakouts: LiveBreakoutService,
  ) {
    const r = this.room;
    const m = this.media;
    const b = this.breakouts;
    const caller = (s: LiveSocket, e: JoinedSession): MediaCaller => ({ socketId: s.id, userId: s.data.user.id, moderator: e.moderator });
    this.events = {
      'session:join': spec({ schema: SessionJoinSchema, entering: true, run: (s, _e, p) => r.join(s, p) }),
      'session:leave': spec({ schema: SessionLeaveSchema, run: (s, _e, p) => r.leave(s, p) }),
      'chat:send': spec({ schema: ChatSendSchema, chat: true, run: (s, e, p) => r.sendChat(s, e, p) }),
      'chat:history': spec({ schema: ChatHistorySchema, run: (s, e, p) => r.chatHistory(s, e, p) }),
      'hand:raise': spec({ schema: HandSchema, run: (s, _e, p) => r.raiseHand(s, p) }),
      'hand:lower': spec({ schema: HandSchema, run: (s, _e, p) => r.lowerHand(s, p) }),
      'hand:dismiss': spec({ schema: HandDismissSchema, moderator: true, run: (_s, _e, p) => r.dismissHand(p) }),
      'question:ask': spec({ schema: QuestionAskSchema, chat: true, run: (s, _e, p) => r.askQuestion(s, p) }),
      'question:upvote': spec({ schema: QuestionUpvoteSchema, run: (s, _e, p) => r.upvoteQuestion(s, p) }),
      'question:answer': spec({ schema: QuestionAnswerSchema, moderator: true, run: (_s, _e, p) => r.answerQuestion(p) }),
      'poll:open': spec({ schema: PollOpenSchema, moderator: true, run: (s, _e, p) => r.openPoll(s, p) }),
      'poll:vote': spec({ schema: PollVoteSchema, run: (s, _e, p) => r.vote(s, p) }),
      'poll:close': spec({ schema: PollCloseSchema, moderator: true, run: (_s, _e, p) => r.closePoll(p) }),
      'slide:set': spec({ schema: SlideSetSchema, moderator: true, run: (_s, e, p) => r.setSlide(e, p) }),
      'slide:mode': spec({ schema: SlideModeSchema, moderator: true, run: (_s, _e, p) => r.slideMode(p) }),
      'slide:clear': spec({ schema: SlideClearSchema, moderator: true, run: (_s, _e, p) => r.clearSlide(p) }),
      'notes:open': spec({ schema: NotesOpenSchema, moderator: true, run: (s, _e, p) => r.openNotes(s, p) }),
      'notes:update': spec({ schema: NotesUpdateSchema, run: (s, e, p) => r.updateNotes(s, e, p) }),
      'moderation:mute': spec({ schema: ModerationMuteSchema, moderator: true, run: (s, _e, p) => r.mute(s, p) }),
      'moderation:remove': spec({ schema: ModerationRemoveSchema, moderator: true, run: (s, _e, p) => r.remove(s, p) }),
      'chat:lock': spec({ schema: ChatLockSchema, moderator: true, run: (_s, _e, p) => r.lockChat(p) }),
      'media:info': spec({ schema: MediaInfoSchema, run: (s, e, p) => m.info(caller(s, e), p.sessionId) }),
      'media:publish': spec({ schema: MediaPublishSchema, run: (s, e, p) => m.publish(caller(s, e), p) }),
      'media:unpublish': spec({ schema: MediaUnpublishSchema, run: (s, e, p) => m.unpublish(caller(s, e), p) }),
      'media:subscribe': spec({ schema: MediaSubscribeSchema, run: (s, e, p) => m.subscribe(caller(s, e), p) }),
      'media:answer': spec({ schema: MediaAnswerSchema, run: (s, e, p) => m.answer(caller(s, e), p) }),
      'media:unsubscribe': spec({ schema: MediaUnsubscribeSchema, run: (s, e, p) => m.unsubscribe(caller(s, e), p) }),
      'media:floor': spec({ schema: MediaFloorSchema, moderator: true, run: (_s, _e, p) => m.floor(p) }),
      'media:layer': spec({ schema: MediaLayerSchema, run: (s, e, p) => m.layer(caller(s, e), p) }),
      'media:mute': spec({ schema: MediaMuteSchema, moderator: true, run: (_s, _e, p) => m.mute(p) }),
      'media:open-floor': spec({ schema: MediaOpenFloorSchema, moderator: true, run: (_s, _e, p) => m.openFloor(p) }),
      'breakout:plan': spec({ schema: BreakoutPlanSchema, moderator: true, run: (_s, _e, p) => b.plan(p.sessionId) }),
      'breakout:open': spec({ schema: BreakoutOpenSchema, moderator: true, run: (_s, _e, p) => b.open(p) }),
      'breakout:move': spec({ schema: BreakoutMoveSchema, moderator: true, run: (_s, _e, p) => b.move(p) }),
      'breakout:visit': spec({ schema: BreakoutVisitSchema, moderator: true, run: (s, _e, p) => b.visit(s, p) }),
      'breakout:timer': spec({ schema: BreakoutTimerSchema, moderator: true, run: (_s, _e, p) => b.timer(p) }),
      'breakout:help': spec({ schema: BreakoutHelpSchema, run: (s, _e, p) => b.help(s, p) }),
      'breakout:broadcast': spec({ schema: BreakoutBroadcastSchema, moderator: true, run: (_s, e, p) => b.broadcast(e, p) }),
      'breakout:close': spec({ schema: BreakoutCloseSchema, moderator: true, run: (_s, _e, p) => b.close(p) }),
    };
  }

  afterInit(nsp: LiveNamespace): void {
    this.room.attach(nsp);
    this.media.attach(nsp);
    this.breakouts.attach(nsp);
  }

  handleConnection(socket: LiveSocket): void {
    for (const [event, eventSpec] of Object.entries(this.events))
      socket.on(
        event as keyof LiveClientToServerEvents,
        ((payload: unknown, ack: unknown) => void this.serve(socket, event, eventSpec, payload, ack)) as never,
      );
    if (socket.recovered && socket.data.live && Object.keys(socket.data.live).length > 0)
      void this.room.recovered(socket).catch((e) => this.logger.error(`Wiederherstellung von ${socket.id}: ${(e as Error).message}`));
  }

  handleDisconnect(socket: LiveSocket): void {
    void this.room.disconnected(socket).catch((e) => this.logger.warn(`Verbindungsende von ${socket.id}: ${(e as Error).message}`));
  }

  private async serve(socket: LiveSocket, event: string, eventSpec: EventSpec<z.ZodType>, payload: unknown, ack: unknown): Promise<void> {
    const answer = typeof ack === 'function' ? (ack as (a: Answer) => void) : () => undefined;
    try {
      answer({ ok: true, ...(await this.authorised(socket, eventSpec, payload)) });
    } catch (e) {
      answer({ ok: false, error: this.toError(e, event) });
    }
  }

  private async authorised(socket: LiveSocket, eventSpec: EventSpec<z.ZodType>, payload: unknown): Promise<object> {
    const parsed = eventSpec.schema.safeParse(payload);
    if (!parsed.success) throw validationException(parsed.error);
    if (findNulCharacter(parsed.data)) throw validationException({ issues: [{ path: [], message: nulMessage() }] });
    const { sessionId } = parsed.data as { sessionId: string };
    const user = socket.data.user;

    let local = this.localLimits.get(socket);
    if (!local) this.localLimits.set(socket, (local = new LocalRateWindow(RATE_LIMITS.all.max, RATE_LIMITS.all.windowMs)));
    if (!local.hit(Date.now())) throw rateLimited();
    const counted = await this.store.countEvent(user.id, sessionId, eventSpec.chat ?? false, Date.now());
    if (!counted.allowed) throw rateLimited();

    if (eventSpec.entering) return eventSpec.run(socket, undefined as unknown as JoinedSession, parsed.data);
    const entry = joinedSessions(socket)[sessionId];
    if (!entry) throw notJoined();
    if (counted.removed && !entry.moderator) {
      await this.room.leaveSession(socket, sessionId);
      throw removedFromSession();
    }
    if ((await this.room.statusOf(sessionId)) === 'ended') {
      await this.room.leaveSession(socket, sessionId);
      throw sessionEnded();
    }
    if (eventSpec.moderator && !entry.moderator) throw onlyModerators();
    return eventSpec.run(socket, entry, parsed.data);
  }

  /** HttpExceptions give their code and message; anything else is logged and answered generically. */
  private toError(e: unknown, event: string): { code: string; message: string } {
    if (e instanceof HttpException) {
      const body = e.getResponse() as { code?: string; message?: string } | string;
      if (typeof body === 'object' && body.code && body.message) return { code: body.code, message: body.message };
      return { code: ErrorCode.Internal, message: e.message };
    }
    this.logger.error(`${event}: ${(e as Error)?.stack ?? String(e)}`);
    return {
      code: ErrorCode.Internal,
      message: t('Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.', 'That did not work. Please try again.'),
    };
  }
}

const nulMessage = () =>
  t('Die Eingabe enthält ein unzulässiges Steuerzeichen (NUL).', 'The input contains a character that is not allowed (NUL).');
