import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import {
  ErrorCode,
  LiveErrorCode,
  breakoutRoomOf,
  type BreakoutRoomPlan,
  type LiveBreakout,
  type LiveBreakoutBroadcast,
  type LiveBreakoutRoom,
  type LiveChatMessage,
  type LiveClientToServerEvents,
  type LiveHand,
  type LiveMediaPublisher,
  type LiveNotes,
  type LivePoll,
  type LivePollResults,
  type LiveQuestion,
  type LiveRoomState,
  type LiveServerToClientEvents,
  type LiveSession,
  type LiveSlide,
  type LiveSlideMaterial,
  type SocketAck,
} from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { Subject, firstValueFrom } from 'rxjs';
import { LIVE_TIME_SOURCE } from '../live-clock';
import { LiveRoomApi } from './live-room-api';
import { LiveClientErrorCode, LiveRoomError, offlineError, refusalOf, timeoutError, type LiveRoomRefusal } from './live-room-errors';

/** How long an event waits for the server's ack before it counts as failed. */
export const ACK_TIMEOUT_MS = 10_000;
/** How long "Verbindung wiederhergestellt" stays before it hides itself. */
export const RESTORED_BANNER_MS = 4_000;
/** Typing pause after which shared notes are saved. */
export const NOTES_SAVE_DELAY_MS = 800;
/** How often the breakout rooms' countdown looks at the clock. */
export const BREAKOUT_TICK_MS = 1_000;

/** Whole seconds until `endsAt` (0 once it passed); the server's clock offset is ignored. */
export function remainingSeconds(endsAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(endsAt) - now) / 1000));
}

/**
 * Where the person is with the room: not yet entered, joining, inside, or outside for a reason the
 * page explains (refused at the door, the session ended, a moderator removed her).
 */
export type LiveRoomPhase = 'idle' | 'joining' | 'joined' | 'refused' | 'ended' | 'removed';

/** The connection notice: none, lost (socket.io is reconnecting), restored (hides itself). */
export type LiveConnectionBanner = 'none' | 'lost' | 'restored';

/** The room's media news (LiveRoomMedia follows them). */
export type LiveRoomMediaEvent =
  | { kind: 'publishers'; sessionId: string; publishers: LiveMediaPublisher[] }
  | { kind: 'floor'; sessionId: string; userIds: string[]; openFloor: boolean }
  | { kind: 'muted'; sessionId: string; userIds: string[] }
  | { kind: 'talking'; sessionId: string; userId: string; talking: boolean };

/**
 * What screen readers hear about (the page words it): others' chat messages, newly raised hands,
 * a moderator's message to all breakout rooms, and her own move into a breakout room or back
 * (`room: null`: the main room).
 */
export type LiveRoomAnnouncement =
  | { kind: 'chat'; message: LiveChatMessage }
  | { kind: 'hand'; hand: LiveHand }
  | { kind: 'broadcast'; broadcast: LiveBreakoutBroadcast }
  | { kind: 'breakout'; room: LiveBreakoutRoom | null };

type Events = LiveClientToServerEvents;
type PayloadOf<K extends keyof Events> = Parameters<Events[K]>[0];
type AckOf<K extends keyof Events> = Parameters<Parameters<Events[K]>[1]>[0];
type OkOf<K extends keyof Events> = Extract<AckOf<K>, { ok: true }>;

/** The open poll as the room shows it: the contract's poll, my vote, and how many voted so far. */
export type LiveOpenPoll = LivePoll & { myVote: number | null; votes: number };

/**
 * One live session's classroom over the app's `/live` socket (LiveSocket.connection()): joins when
 * the page enters, leaves when the page goes, and keeps the room's state in signals updated by the
 * server's events. After a reconnect (network loss, another API process) it joins again, and the
 * join's answer replaces the whole state, so nothing missed while away stays missing. Provided
 * by the room page, so it lives exactly as long as the page.
 */
@Injectable()
export class LiveRoomStore {
  private readonly liveSocket = inject(LiveSocket);
  private readonly api = inject(LiveRoomApi);
  private readonly time = inject(LIVE_TIME_SOURCE);

  private readonly state = signal<LiveRoomState | null>(null);
  private readonly phaseState = signal<LiveRoomPhase>('idle');
  private readonly refusalState = signal<{ reason: LiveRoomRefusal; message: string } | null>(null);
  private readonly bannerState = signal<LiveConnectionBanner>('none');
  private readonly pollVotes = signal(0);
  private readonly resultsState = signal<LivePollResults | null>(null);
  private readonly loadingOlder = signal(false);
  private readonly localPage = signal<number | null>(null);
  private readonly documentPages = signal<number | null>(null);
  private readonly draft = signal<string | null>(null);
  private readonly conflict = signal(false);
  private readonly savingNotes = signal(false);
  private readonly broadcastState = signal<LiveBreakoutBroadcast | null>(null);
  private readonly now = signal(this.time());
  private readonly announcements = new Subject<LiveRoomAnnouncement>();
  private readonly mediaNews = new Subject<LiveRoomMediaEvent>();

  private sessionId: string | null = null;
  private socket: LiveConnection | null = null;
  private detach: (() => void) | null = null;
  private joinTicket = 0;
  private restoredTimer: ReturnType<typeof setTimeout> | undefined;
  private notesTimer: ReturnType<typeof setTimeout> | undefined;
  private breakoutTimer: ReturnType<typeof setInterval> | undefined;
  /** The notes' version her unsaved edit started from (the save's `baseVersion`). */
  private draftBase = 0;
  /** Who had a hand up at the last queue, to announce only new ones. */
  private previousHands = new Set<string>();

  readonly phase = this.phaseState.asReadonly();
  /** Why the person is outside (refused, removed, ended), with the server's words. */
  readonly refusal = this.refusalState.asReadonly();
  readonly banner = this.bannerState.asReadonly();
  /** Others' chat messages and newly raised hands, for the page's screen-reader announcements. */
  readonly announced = this.announcements.asObservable();
  /** Feeds and floor changes of the media server (for LiveRoomMedia). */
  readonly mediaEvents = this.mediaNews.asObservable();

  readonly session = computed<LiveSession | null>(() => this.state()?.session ?? null);
  readonly me = computed(() => this.state()?.me ?? null);
  readonly isModerator = computed(() => this.state()?.me.moderator ?? false);
  readonly participants = computed(() => this.state()?.participants ?? []);
  readonly chat = computed(() => this.state()?.chat ?? []);
  readonly chatHasMore = computed(() => this.state()?.chatHasMore ?? false);
  readonly chatLoadingOlder = this.loadingOlder.asReadonly();
  readonly settings = computed(() => this.state()?.settings ?? { chatLocked: false, notesOpen: false });
  /** Why she cannot write: the chat is locked (moderators still can), or her chat is muted. */
  readonly chatBlocked = computed<'locked' | 'muted' | null>(() => {
    const s = this.state();
    if (!s) return null;
    if (s.me.muted) return 'muted';
    return s.settings.chatLocked && !s.me.moderator ? 'locked' : null;
  });
  readonly hands = computed(() => this.state()?.hands ?? []);
  /** Her place in the hand queue (1-based), 0 while her hand is down. */
  readonly handPosition = computed(() => {
    const me = this.state()?.me.userId;
    return this.hands().findIndex((h) => h.userId === me) + 1;
  });
  /** Open questions by votes, then by time; answered ones after them in the order asked. */
  readonly openQuestions = computed(() =>
    (this.state()?.questions ?? []).filter((q) => !q.answered).sort((a, b) => b.votes - a.votes || Date.parse(a.at) - Date.parse(b.at)),
  );
  readonly answeredQuestions = computed(() =>
    (this.state()?.questions ?? []).filter((q) => q.answered).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
  );
  readonly poll = computed<LiveOpenPoll | null>(() => {
    const poll = this.state()?.poll;
    return poll ? { ...poll, votes: this.pollVotes() } : null;
  });
  /** The last poll closed while she was in the room. */
  readonly pollResults = this.resultsState.asReadonly();
  readonly slide = computed<LiveSlide | null>(() => this.state()?.slide ?? null);
  /** Pages of the shown PDF: the upload's count, or the count pdf.js found. */
  readonly pageCount = computed(() => this.slide()?.pageCount ?? this.documentPages());
  /** The page she sees: the presenter's, or her own while browsing freely. */
  readonly viewPage = computed(() => {
    const slide = this.slide();
    if (!slide) return null;
    const own = this.localPage();
    return slide.freeBrowse && !this.isModerator() && own !== null ? own : slide.page;
  });
  /** She browses away from the presenter's page. */
  readonly browsingAway = computed(() => {
    const slide = this.slide();
    return slide !== null && this.viewPage() !== slide.page;
  });
  readonly notes = computed<LiveNotes | null>(() => this.state()?.notes ?? null);
  /** The notes' text as she sees it: her unsaved edit, or the server's. */
  readonly notesText = computed(() => this.draft() ?? this.notes()?.text ?? '');
  readonly notesConflict = this.conflict.asReadonly();
  readonly notesSaving = this.savingNotes.asReadonly();
  readonly canEditNotes = computed(() => {
    const notes = this.notes();
    // A breakout room's notes are open to everyone in it.
    return notes !== null && (notes.open || this.isModerator() || this.myBreakoutRoom() !== null);
  });
  /** The open breakout rooms (null: none). */
  readonly breakout = computed<LiveBreakout | null>(() => this.state()?.breakout ?? null);
  /** The breakout room she is in (a visiting moderator too); null in the main room. */
  readonly myBreakoutRoom = computed<LiveBreakoutRoom | null>(() => {
    const s = this.state();
    return s ? breakoutRoomOf(s.breakout, s.me.userId) : null;
  });
  /** Seconds until the breakout rooms close (null while none are open); ticks every second. */
  readonly breakoutRemaining = computed(() => {
    const breakout = this.breakout();
    return breakout ? remainingSeconds(breakout.endsAt, this.now()) : null;
  });
  /** The latest moderator's message to all breakout rooms (cleared when the rooms close). */
  readonly breakoutBroadcast = this.broadcastState.asReadonly();

  constructor() {
    // The socket appears after login (and is replaced after a new login): follow it.
    effect(() => {
      const socket = this.liveSocket.connection();
      untracked(() => this.attach(socket));
    });
    // The countdown ticks only while rooms are open.
    effect(() => {
      const open = this.breakout() !== null;
      untracked(() => this.tickBreakout(open));
    });
    inject(DestroyRef).onDestroy(() => this.destroy());
  }

  /** Enters the session's room: joins now if connected, else as soon as the socket connects. */
  enter(sessionId: string): void {
    if (this.sessionId === sessionId && this.phaseState() !== 'idle') return;
    if (this.sessionId && this.sessionId !== sessionId) this.leave();
    this.sessionId = sessionId;
    this.phaseState.set('joining');
    if (this.socket?.connected) void this.join();
  }

  /** Leaves the room (the page goes): tells the server, forgets the state. */
  leave(): void {
    const sessionId = this.sessionId;
    if (sessionId && this.socket?.connected && this.phaseState() === 'joined') {
      this.socket.emit('session:leave', { sessionId }, () => undefined);
    }
    this.sessionId = null;
    this.joinTicket++;
    this.state.set(null);
    this.broadcastState.set(null);
    this.phaseState.set('idle');
  }

  // ---------------------------------------------------------------- chat

  async sendChat(text: string, toModerators = false): Promise<LiveChatMessage> {
    const { message } = await this.request('chat:send', { sessionId: this.id(), text, ...(toModerators ? { toModerators } : {}) });
    this.addMessage(message);
    return message;
  }

  /** Loads the page of messages before the oldest shown. */
  async loadOlderChat(): Promise<void> {
    const oldest = this.chat()[0];
    if (!oldest || this.loadingOlder()) return;
    this.loadingOlder.set(true);
    try {
      const { messages, hasMore } = await this.request('chat:history', { sessionId: this.id(), before: oldest.id });
      this.patch((s) => {
        const known = new Set(s.chat.map((m) => m.id));
        return { ...s, chat: [...messages.filter((m) => !known.has(m.id)), ...s.chat], chatHasMore: hasMore };
      });
    } finally {
      this.loadingOlder.set(false);
    }
  }

  lockChat(locked: boolean): Promise<void> {
    return this.command('chat:lock', { sessionId: this.id(), locked });
  }

  // ---------------------------------------------------------------- hands

  async raiseHand(): Promise<number> {
    const { position } = await this.request('hand:raise', { sessionId: this.id() });
    return position;
  }

  lowerHand(): Promise<void> {
    return this.command('hand:lower', { sessionId: this.id() });
  }

  /** A moderator lowers someone's hand. */
  dismissHand(userId: string): Promise<void> {
    return this.command('hand:dismiss', { sessionId: this.id(), userId });
  }

  // ---------------------------------------------------------------- questions

  async askQuestion(text: string): Promise<LiveQuestion> {
    const { question } = await this.request('question:ask', { sessionId: this.id(), text });
    this.upsertQuestion(question);
    return question;
  }

  upvoteQuestion(questionId: string, up: boolean): Promise<void> {
    return this.command('question:upvote', { sessionId: this.id(), questionId, up });
  }

  answerQuestion(questionId: string): Promise<void> {
    return this.command('question:answer', { sessionId: this.id(), questionId });
  }

  // ---------------------------------------------------------------- polls

  async openPoll(question: string, options: string[], anonymous: boolean): Promise<LivePoll> {
    const { poll } = await this.request('poll:open', { sessionId: this.id(), question, options, anonymous });
    this.showOpenPoll(poll);
    return poll;
  }

  async vote(option: number): Promise<void> {
    const poll = this.poll();
    if (!poll) return;
    await this.request('poll:vote', { sessionId: this.id(), pollId: poll.id, option });
    this.patch((s) => (s.poll?.id === poll.id ? { ...s, poll: { ...s.poll, myVote: option } } : s));
  }

  async closePoll(): Promise<void> {
    const poll = this.poll();
    if (!poll) return;
    const { results } = await this.request('poll:close', { sessionId: this.id(), pollId: poll.id });
    // The room's `poll:closed` may carry more (named voters); the ack's counts are enough to show.
    if (this.state()?.poll?.id === poll.id) {
      this.showClosedPoll({ id: poll.id, question: poll.question, options: poll.options, anonymous: poll.anonymous, results });
    }
  }

  // ---------------------------------------------------------------- slides

  slideMaterials(): Promise<LiveSlideMaterial[]> {
    return firstValueFrom(this.api.slideMaterials(this.id()));
  }

  /** A moderator shows a material's page to everyone. */
  async showSlide(materialId: string, page: number): Promise<void> {
    await this.request('slide:set', { sessionId: this.id(), materialId, page });
    // The room's `slide:changed` follows with the full slide; until then move the page already.
    this.patch((s) => (s.slide?.materialId === materialId ? { ...s, slide: { ...s.slide, page } } : s));
  }

  /** Next (+1) or previous (−1) page: the moderator moves everyone, a free browser only herself. */
  async turnPage(step: 1 | -1): Promise<void> {
    const slide = this.slide();
    const current = this.viewPage();
    if (!slide || current === null) return;
    const last = this.pageCount() ?? Number.MAX_SAFE_INTEGER;
    const page = Math.min(Math.max(current + step, 1), last);
    if (page === current) return;
    if (this.isModerator()) await this.showSlide(slide.materialId, page);
    else if (slide.freeBrowse) this.localPage.set(page);
  }

  /** Back to the presenter's page after browsing freely. */
  followPresenter(): void {
    this.localPage.set(null);
  }

  setFreeBrowse(freeBrowse: boolean): Promise<void> {
    return this.command('slide:mode', { sessionId: this.id(), freeBrowse });
  }

  clearSlide(): Promise<void> {
    return this.command('slide:clear', { sessionId: this.id() });
  }

  /** The page count pdf.js found (uploads without a count). */
  setDocumentPages(pages: number | null): void {
    this.documentPages.set(pages);
  }

  /** The PDF's bytes for pdf.js. */
  slideFile(materialId: string): Promise<ArrayBuffer> {
    return firstValueFrom(this.api.materialFile(materialId));
  }

  // ---------------------------------------------------------------- notes

  /** A moderator opens or closes the shared notes for everyone. */
  openNotes(open: boolean): Promise<void> {
    return this.command('notes:open', { sessionId: this.id(), open });
  }

  /** Her edit of the notes: shown at once, saved after a typing pause. */
  editNotes(text: string): void {
    if (this.draft() === null) this.draftBase = this.notes()?.version ?? 0;
    this.draft.set(text);
    this.conflict.set(false);
    clearTimeout(this.notesTimer);
    this.notesTimer = setTimeout(() => void this.saveNotes(), NOTES_SAVE_DELAY_MS);
  }

  /**
   * Saves her edit on top of the version she edited. When someone else saved in between, the
   * server refuses with `conflict`: the notice shows and the server's text replaces hers.
   */
  async saveNotes(): Promise<void> {
    clearTimeout(this.notesTimer);
    const text = this.draft();
    const notes = this.notes();
    if (text === null || !notes || this.savingNotes()) return;
    this.savingNotes.set(true);
    try {
      const { version } = await this.request('notes:update', { sessionId: this.id(), text, baseVersion: this.draftBase });
      this.patch((s) => (s.notes && s.notes.version < version ? { ...s, notes: { ...s.notes, text, version } } : s));
      this.draftBase = version;
      // Typing went on while saving: that newer text is saved next, on top of the version just saved.
      const typed = this.draft();
      if (typed === text) this.draft.set(null);
      else if (typed !== null) this.editNotes(typed);
    } catch (error) {
      if (error instanceof LiveRoomError && error.code === ErrorCode.Conflict) {
        this.conflict.set(true);
        this.draft.set(null);
      } else throw error;
    } finally {
      this.savingNotes.set(false);
    }
  }

  // ---------------------------------------------------------------- breakout rooms

  /** The default groups (one room per tandem with someone present), for the moderator to change. */
  async planBreakout(): Promise<BreakoutRoomPlan[]> {
    const { rooms } = await this.request('breakout:plan', { sessionId: this.id() });
    return rooms;
  }

  /** Opens the rooms for `minutes`: the given groups, or (without `rooms`) one room per tandem. */
  async openBreakout(minutes: number, rooms?: BreakoutRoomPlan[]): Promise<LiveBreakout> {
    const { breakout } = await this.request('breakout:open', { sessionId: this.id(), minutes, ...(rooms ? { rooms } : {}) });
    // The session's `breakout:state` follows; show the rooms already unless it came first.
    if (!this.breakout()) this.showBreakout(breakout);
    return breakout;
  }

  /** Moves someone into a room, or back to the main room (`null`). */
  moveToBreakout(userId: string, roomId: string | null): Promise<void> {
    return this.command('breakout:move', { sessionId: this.id(), userId, roomId });
  }

  /** A moderator goes into a room herself, or back to the main room (`null`). */
  visitBreakout(roomId: string | null): Promise<void> {
    return this.command('breakout:visit', { sessionId: this.id(), roomId });
  }

  /** The rooms close `minutes` from now. */
  async setBreakoutTimer(minutes: number): Promise<void> {
    const { breakout } = await this.request('breakout:timer', { sessionId: this.id(), minutes });
    // Only the end moves; who is where comes with the session's `breakout:state`.
    this.patch((s) => (s.breakout?.openedAt === breakout.openedAt ? { ...s, breakout: { ...s.breakout, endsAt: breakout.endsAt } } : s));
  }

  /** Calls a moderator into her breakout room ("Hilfe anfordern"), or takes the call back. */
  requestHelp(requested: boolean): Promise<void> {
    return this.command('breakout:help', { sessionId: this.id(), requested });
  }

  /** A moderator's message to every breakout room at once. */
  broadcastToBreakouts(text: string): Promise<void> {
    return this.command('breakout:broadcast', { sessionId: this.id(), text });
  }

  /** Closes the rooms: everyone comes back to the main room. */
  closeBreakout(): Promise<void> {
    return this.command('breakout:close', { sessionId: this.id() });
  }

  // ---------------------------------------------------------------- moderation and the session

  mute(userId: string, muted: boolean): Promise<void> {
    return this.command('moderation:mute', { sessionId: this.id(), userId, muted });
  }

  remove(userId: string): Promise<void> {
    return this.command('moderation:remove', { sessionId: this.id(), userId });
  }

  /** Starts the session (REST); the room's status follows. */
  async start(): Promise<void> {
    const session = await firstValueFrom(this.api.start(this.id()));
    this.patch((s) => ({ ...s, session: { ...session, canModerate: s.session.canModerate } }));
  }

  async end(): Promise<void> {
    const session = await firstValueFrom(this.api.end(this.id()));
    this.patch((s) => ({ ...s, session: { ...session, canModerate: s.session.canModerate } }));
    this.endedNow();
  }

  // ---------------------------------------------------------------- the socket

  private attach(socket: LiveConnection | null): void {
    if (socket === this.socket) return;
    this.detach?.();
    this.detach = null;
    this.socket = socket;
    if (!socket) return;
    const handlers: { [K in keyof LiveServerToClientEvents]: LiveServerToClientEvents[K] } = {
      'presence:update': (participants) =>
        this.patch((s) => {
          const mine = participants.find((p) => p.userId === s.me.userId);
          return { ...s, participants, me: mine ? { ...s.me, muted: mine.muted } : s.me };
        }),
      'chat:message': (message) => this.addMessage(message),
      'hand:queue': (hands) => this.showHands(hands),
      'question:update': (question) => this.upsertQuestion(question),
      'poll:opened': (poll) => this.showOpenPoll(poll),
      'poll:votes': ({ id, votes }) => {
        if (this.state()?.poll?.id === id) this.pollVotes.set(votes);
      },
      'poll:closed': (results) => this.showClosedPoll(results),
      'slide:changed': (slide) => {
        const before = this.slide();
        if (!slide || slide.materialId !== before?.materialId || !slide.freeBrowse) this.localPage.set(null);
        if (slide?.materialId !== before?.materialId) this.documentPages.set(null);
        this.patch((s) => ({ ...s, slide }));
      },
      'notes:changed': ({ text, version, open }) =>
        this.patch((s) => ({
          ...s,
          notes: s.notes && s.notes.version > version ? s.notes : { text, version, open },
          // In a breakout room these are the room's notes: the main room's setting stays.
          settings: breakoutRoomOf(s.breakout, s.me.userId) ? s.settings : { ...s.settings, notesOpen: open },
        })),
      'room:settings': (settings) =>
        this.patch((s) => ({
          ...s,
          settings,
          // A breakout room's note is always open to the people in it, whatever the main room's setting.
          notes: !settings.notesOpen && !s.me.moderator && !breakoutRoomOf(s.breakout, s.me.userId) ? null : s.notes,
        })),
      'session:removed': ({ sessionId, message }) => {
        if (sessionId !== this.sessionId) return;
        this.outside('removed', message);
        this.phaseState.set('removed');
      },
      'media:publishers': ({ sessionId, publishers }) => this.mediaNews.next({ kind: 'publishers', sessionId, publishers }),
      'media:floor': ({ sessionId, userIds, openFloor }) => this.mediaNews.next({ kind: 'floor', sessionId, userIds, openFloor }),
      'media:muted': ({ sessionId, userIds }) => this.mediaNews.next({ kind: 'muted', sessionId, userIds }),
      'media:talking': ({ sessionId, userId, talking }) => this.mediaNews.next({ kind: 'talking', sessionId, userId, talking }),
      'breakout:state': ({ sessionId, breakout }) => {
        if (sessionId === this.sessionId) this.showBreakout(breakout);
      },
      'breakout:broadcast': (broadcast) => {
        if (broadcast.sessionId !== this.sessionId) return;
        this.broadcastState.set(broadcast);
        this.announcements.next({ kind: 'broadcast', broadcast });
      },
      'session:status': ({ sessionId, status }) => {
        if (sessionId !== this.sessionId) return;
        this.patch((s) => ({ ...s, session: { ...s.session, status } }));
        if (status === 'ended') this.endedNow();
      },
    };
    const onConnect = () => this.connected();
    const onDisconnect = () => {
      if (this.inside()) {
        clearTimeout(this.restoredTimer);
        this.bannerState.set('lost');
      }
    };
    const listeners: [string, (...args: never[]) => void][] = [
      ...Object.entries(handlers),
      ['connect', onConnect],
      ['disconnect', onDisconnect],
    ];
    // socket.io's typed on/off do not take a union of event names; the map above is typed per event.
    const raw = socket as unknown as { on(e: string, h: unknown): void; off(e: string, h: unknown): void };
    for (const [event, handler] of listeners) raw.on(event, handler);
    this.detach = () => {
      for (const [event, handler] of listeners) raw.off(event, handler);
    };
    if (socket.connected && this.phaseState() === 'joining') void this.join();
  }

  /** (Re)connected: join (again) when inside; after a loss say the connection is back. */
  private connected(): void {
    if (!this.inside()) return;
    if (this.bannerState() === 'lost') {
      this.bannerState.set('restored');
      clearTimeout(this.restoredTimer);
      this.restoredTimer = setTimeout(() => this.bannerState.set('none'), RESTORED_BANNER_MS);
    }
    void this.join();
  }

  /** Joins and takes the answer as the whole room (a re-join after a reconnect refreshes everything). */
  private async join(): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId) return;
    const ticket = ++this.joinTicket;
    if (this.phaseState() !== 'joined') this.phaseState.set('joining');
    try {
      const { state } = await this.request('session:join', { sessionId });
      if (ticket !== this.joinTicket) return;
      const pollChanged = state.poll?.id !== this.state()?.poll?.id;
      if (pollChanged) this.pollVotes.set(0);
      this.previousHands = new Set(state.hands.map((h) => h.userId));
      this.state.set(state);
      this.draft.set(null);
      this.phaseState.set(state.session.status === 'ended' ? 'ended' : 'joined');
      this.refusalState.set(null);
    } catch (error) {
      if (ticket !== this.joinTicket || !(error instanceof LiveRoomError)) return;
      // A timeout while reconnecting is retried at the next connect; say nothing new.
      if (error.code === LiveClientErrorCode.Timeout && this.phaseState() === 'joined') return;
      const reason = refusalOf(error.code);
      this.outside(reason, error.message);
      this.phaseState.set(reason === 'ended' ? 'ended' : reason === 'removed' ? 'removed' : 'refused');
    }
  }

  /** The joined session's id (null outside). */
  currentSessionId(): string | null {
    return this.phaseState() === 'joined' ? this.sessionId : null;
  }

  /** Sends one of the room's events for another part of the room (media): the same ack handling. */
  send<K extends keyof Events>(event: K, payload: PayloadOf<K>): Promise<OkOf<K>> {
    return this.request(event, payload);
  }

  /** Emits an event and resolves with the ok-ack; rejects with LiveRoomError on a refusal or timeout. */
  private request<K extends keyof Events>(event: K, payload: PayloadOf<K>): Promise<OkOf<K>> {
    const socket = this.socket;
    if (!socket) return Promise.reject(offlineError());
    return new Promise<OkOf<K>>((resolve, reject) => {
      const timer = setTimeout(() => reject(timeoutError()), ACK_TIMEOUT_MS);
      const ack = (answer: SocketAck) => {
        clearTimeout(timer);
        if (answer.ok) return resolve(answer as OkOf<K>);
        const error = new LiveRoomError(answer.error.code, answer.error.message);
        this.refused(event, error);
        reject(error);
      };
      // Typed per event by the signature above; socket.io's emit cannot be called with a generic event name.
      (socket.emit as unknown as (e: string, p: unknown, a: (answer: SocketAck) => void) => void).call(socket, event, payload, ack);
    });
  }

  private async command<K extends keyof Events>(event: K, payload: PayloadOf<K>): Promise<void> {
    await this.request(event, payload);
  }

  /** A refusal that changes where she is: the session ended, she was removed, or the server lost her join. */
  private refused(event: string, error: LiveRoomError): void {
    if (event === 'session:join') return;
    if (error.code === LiveErrorCode.SessionEnded) this.endedNow();
    else if (error.code === LiveErrorCode.Removed) {
      this.outside('removed', error.message);
      this.phaseState.set('removed');
    } else if (error.code === LiveErrorCode.NotJoined && this.inside()) void this.join();
  }

  private endedNow(): void {
    this.phaseState.set('ended');
    clearTimeout(this.notesTimer);
  }

  private outside(reason: LiveRoomRefusal, message: string): void {
    this.refusalState.set({ reason, message });
    clearTimeout(this.notesTimer);
  }

  private inside(): boolean {
    return this.sessionId !== null && (this.phaseState() === 'joining' || this.phaseState() === 'joined');
  }

  private id(): string {
    if (!this.sessionId) throw new LiveRoomError('live_not_joined', 'not in a room');
    return this.sessionId;
  }

  private patch(update: (s: LiveRoomState) => LiveRoomState): void {
    this.state.update((s) => (s ? update(s) : s));
  }

  private addMessage(message: LiveChatMessage): void {
    const state = this.state();
    if (!state || state.chat.some((m) => m.id === message.id)) return;
    // In the server's order: an ack can arrive after a later message of someone else.
    this.patch((s) => {
      const at = Date.parse(message.at);
      let index = s.chat.length;
      while (index > 0 && Date.parse(s.chat[index - 1]?.at ?? '') > at) index--;
      return { ...s, chat: [...s.chat.slice(0, index), message, ...s.chat.slice(index)] };
    });
    if (message.userId !== state.me.userId) this.announcements.next({ kind: 'chat', message });
  }

  private showHands(hands: LiveHand[]): void {
    const me = this.state()?.me.userId;
    for (const hand of hands) {
      if (!this.previousHands.has(hand.userId) && hand.userId !== me) this.announcements.next({ kind: 'hand', hand });
    }
    this.previousHands = new Set(hands.map((h) => h.userId));
    this.patch((s) => ({ ...s, hands }));
  }

  /**
   * The rooms changed. When her own room changed, the server has already moved her socket to the
   * new room's channel: joining again brings that room's chat and notes.
   */
  private showBreakout(breakout: LiveBreakout | null): void {
    const before = this.myBreakoutRoom()?.id ?? null;
    this.patch((s) => ({ ...s, breakout }));
    if (!breakout) this.broadcastState.set(null);
    const room = this.myBreakoutRoom();
    if ((room?.id ?? null) === before) return;
    this.announcements.next({ kind: 'breakout', room });
    if (this.phaseState() === 'joined') void this.join();
  }

  private tickBreakout(open: boolean): void {
    clearInterval(this.breakoutTimer);
    this.breakoutTimer = undefined;
    this.now.set(this.time());
    if (open) this.breakoutTimer = setInterval(() => this.now.set(this.time()), BREAKOUT_TICK_MS);
  }

  private upsertQuestion(question: LiveQuestion): void {
    this.patch((s) => {
      const known = s.questions.some((q) => q.id === question.id);
      return { ...s, questions: known ? s.questions.map((q) => (q.id === question.id ? question : q)) : [...s.questions, question] };
    });
  }

  private showOpenPoll(poll: LivePoll): void {
    if (this.state()?.poll?.id === poll.id) return;
    this.pollVotes.set(0);
    this.resultsState.set(null);
    this.patch((s) => ({ ...s, poll: { ...poll, myVote: null } }));
  }

  private showClosedPoll(results: LivePollResults): void {
    // Named voters arrive only with the room's event: keep them when the ack came first.
    const shown = this.resultsState();
    if (!(shown?.id === results.id && shown.voters && !results.voters)) this.resultsState.set(results);
    this.patch((s) => (s.poll?.id === results.id ? { ...s, poll: null } : s));
  }

  private destroy(): void {
    this.leave();
    this.detach?.();
    this.detach = null;
    clearTimeout(this.restoredTimer);
    clearTimeout(this.notesTimer);
    clearInterval(this.breakoutTimer);
    this.announcements.complete();
  }
}
