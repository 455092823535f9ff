import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { LiveBreakout, LiveRoomState } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import {
  FakeRoomSocket,
  MENTEE_ID,
  TRAINER_ID,
  aBreakout,
  aBreakoutRoom,
  aChatMessage,
  aLiveSession,
  aParticipant,
  aRoomState,
  aSlide,
} from '../../testing';
import { LIVE_TIME_SOURCE } from '../live-clock';
import { LiveRoomError } from './live-room-errors';
import {
  BREAKOUT_TICK_MS,
  NOTES_SAVE_DELAY_MS,
  RESTORED_BANNER_MS,
  LiveRoomStore,
  remainingSeconds,
  type LiveRoomAnnouncement,
} from './live-room-store';

const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('LiveRoomStore', () => {
  let socket: FakeRoomSocket;
  let connection: ReturnType<typeof signal<LiveConnection | null>>;
  let store: LiveRoomStore;
  let http: HttpTestingController;
  let announced: LiveRoomAnnouncement[];
  /** The time source's "now" (18:20, five minutes before the sample breakout closes). */
  let now: number;

  function setUp(connected = true) {
    now = Date.parse('2027-03-01T18:20:00.000Z');
    socket = new FakeRoomSocket();
    socket.connected = connected;
    connection = signal<LiveConnection | null>(socket as unknown as LiveConnection);
    TestBed.configureTestingModule({
      providers: [
        LiveRoomStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LiveSocket, useValue: { connection, connected: signal(connected) } },
        { provide: LIVE_TIME_SOURCE, useValue: () => now },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(LiveRoomStore);
    TestBed.tick();
    announced = [];
    store.announced.subscribe((a) => announced.push(a));
  }

  async function joined(state: LiveRoomState = aRoomState()) {
    store.enter('s1');
    socket.answer('session:join', { ok: true, state });
    await flush();
  }

  afterEach(() => {
    jest.useRealTimers();
    http?.verify();
  });

  it('joins on enter and shows the room from the join answer', async () => {
    setUp();
    store.enter('s1');
    expect(store.phase()).toBe('joining');
    expect(socket.sent('session:join')[0]?.payload).toEqual({ sessionId: 's1' });

    socket.answer('session:join', {
      ok: true,
      state: aRoomState({
        chat: [aChatMessage('c1', TRAINER_ID, 'Willkommen!')],
        chatHasMore: true,
        hands: [
          { userId: 'u-3', displayName: 'Person u-3', at: '2027-03-01T18:01:00.000Z' },
          { userId: MENTEE_ID, displayName: 'Mia Mentee', at: '2027-03-01T18:02:00.000Z' },
        ],
        slide: aSlide({ page: 3 }),
      }),
    });
    await flush();

    expect(store.phase()).toBe('joined');
    expect(store.session()?.title).toBe('Live-Seminar s1');
    expect(store.isModerator()).toBe(false);
    expect(store.participants().map((p) => p.displayName)).toEqual(['Tanja Trainer', 'Mia Mentee']);
    expect(store.chat().map((m) => m.text)).toEqual(['Willkommen!']);
    expect(store.chatHasMore()).toBe(true);
    expect(store.handPosition()).toBe(2);
    expect(store.viewPage()).toBe(3);
    expect(store.pageCount()).toBe(5);
    // The history of the join is no news for screen readers.
    expect(announced).toEqual([]);
  });

  it('waits for the connection before joining, and joins once it is there', async () => {
    setUp(false);
    store.enter('s1');
    expect(socket.sent('session:join')).toHaveLength(0);
    socket.reconnects();
    expect(socket.sent('session:join')).toHaveLength(1);
    socket.answer('session:join', { ok: true, state: aRoomState() });
    await flush();
    expect(store.phase()).toBe('joined');
    // The first connect is no "restored" connection.
    expect(store.banner()).toBe('none');
  });

  it('joins when the socket appears only after the page entered (first connection after login)', async () => {
    setUp();
    connection.set(null);
    TestBed.tick();
    store.enter('s1');
    expect(socket.sent('session:join')).toHaveLength(0);
    connection.set(socket as unknown as LiveConnection);
    TestBed.tick();
    expect(socket.sent('session:join')).toHaveLength(1);
  });

  it.each([
    ['live_session_not_open', 'refused', 'not_open'],
    ['forbidden', 'refused', 'no_access'],
    ['live_removed', 'removed', 'removed'],
    ['live_session_ended', 'ended', 'ended'],
  ] as const)('explains a join refused with %s', async (code, phase, reason) => {
    setUp();
    store.enter('s1');
    socket.answer('session:join', { ok: false, error: { code, message: 'Server sagt nein.' } });
    await flush();
    expect(store.phase()).toBe(phase);
    expect(store.refusal()).toEqual({ reason, message: 'Server sagt nein.' });
  });

  it('follows the room: presence, chat, hands, questions, settings', async () => {
    setUp();
    await joined();

    socket.serverSends('presence:update', [aParticipant(TRAINER_ID), aParticipant(MENTEE_ID, { muted: true }), aParticipant('u-3')]);
    expect(store.participants()).toHaveLength(3);
    expect(store.me()?.muted).toBe(true);
    expect(store.chatBlocked()).toBe('muted');

    socket.serverSends('presence:update', [aParticipant(TRAINER_ID), aParticipant(MENTEE_ID)]);
    socket.serverSends('room:settings', { chatLocked: true, notesOpen: false });
    expect(store.chatBlocked()).toBe('locked');

    socket.serverSends('chat:message', aChatMessage('c1', TRAINER_ID, 'Hallo'));
    socket.serverSends('chat:message', aChatMessage('c1', TRAINER_ID, 'Hallo'));
    expect(store.chat().map((m) => m.id)).toEqual(['c1']);
    expect(announced).toEqual([{ kind: 'chat', message: expect.objectContaining({ id: 'c1' }) }]);

    socket.serverSends('hand:queue', [{ userId: 'u-3', displayName: 'Person u-3', at: '2027-03-01T18:01:00.000Z' }]);
    socket.serverSends('hand:queue', [
      { userId: 'u-3', displayName: 'Person u-3', at: '2027-03-01T18:01:00.000Z' },
      { userId: MENTEE_ID, displayName: 'Mia Mentee', at: '2027-03-01T18:02:00.000Z' },
    ]);
    expect(store.handPosition()).toBe(2);
    // Only the new hand of someone else is announced, once.
    expect(announced.filter((a) => a.kind === 'hand')).toEqual([{ kind: 'hand', hand: expect.objectContaining({ userId: 'u-3' }) }]);

    const question = (id: string, votes: number, at: string, answered = false) => ({
      id,
      userId: 'u-3',
      displayName: 'Person u-3',
      text: `Frage ${id}`,
      at,
      votes,
      voterIds: [],
      answered,
    });
    socket.serverSends('question:update', question('q1', 1, '2027-03-01T18:03:00.000Z'));
    socket.serverSends('question:update', question('q2', 3, '2027-03-01T18:04:00.000Z'));
    socket.serverSends('question:update', question('q3', 1, '2027-03-01T18:02:00.000Z'));
    socket.serverSends('question:update', question('q2', 3, '2027-03-01T18:04:00.000Z', true));
    expect(store.openQuestions().map((q) => q.id)).toEqual(['q3', 'q1']);
    expect(store.answeredQuestions().map((q) => q.id)).toEqual(['q2']);

    socket.serverSends('session:status', { sessionId: 'other', status: 'ended' });
    expect(store.phase()).toBe('joined');
    socket.serverSends('session:status', { sessionId: 's1', status: 'ended' });
    expect(store.phase()).toBe('ended');
  });

  it('a moderator removing her ends her stay with the server’s message', async () => {
    setUp();
    await joined();
    socket.serverSends('session:removed', { sessionId: 's1', message: 'Sie wurden entfernt.' });
    expect(store.phase()).toBe('removed');
    expect(store.refusal()).toEqual({ reason: 'removed', message: 'Sie wurden entfernt.' });
  });

  it('sends chat messages through the ack, once, and rejects with the server’s refusal', async () => {
    setUp();
    await joined();

    const sent = store.sendChat('Guten Abend', true);
    expect(socket.sent('chat:send')[0]?.payload).toEqual({ sessionId: 's1', text: 'Guten Abend', toModerators: true });
    const message = aChatMessage('c9', MENTEE_ID, 'Guten Abend', { toModerators: true });
    socket.serverSends('chat:message', message);
    socket.answer('chat:send', { ok: true, message });
    await expect(sent).resolves.toEqual(message);
    expect(store.chat()).toEqual([message]);
    // Her own message is not announced to her.
    expect(announced).toEqual([]);

    const refused = store.sendChat('Noch eine');
    socket.answer('chat:send', { ok: false, error: { code: 'live_chat_closed', message: 'Der Chat ist gesperrt.' } });
    await expect(refused).rejects.toEqual(new LiveRoomError('live_chat_closed', 'Der Chat ist gesperrt.'));
    expect(store.phase()).toBe('joined');

    const late = store.raiseHand();
    socket.answer('hand:raise', { ok: false, error: { code: 'live_session_ended', message: 'Das Live-Seminar ist beendet.' } });
    await expect(late).rejects.toMatchObject({ code: 'live_session_ended' });
    expect(store.phase()).toBe('ended');
  });

  it('loads older chat pages before the oldest message', async () => {
    setUp();
    await joined(aRoomState({ chat: [aChatMessage('c5', TRAINER_ID, 'fünf')], chatHasMore: true }));
    const loading = store.loadOlderChat();
    expect(store.chatLoadingOlder()).toBe(true);
    expect(socket.sent('chat:history')[0]?.payload).toEqual({ sessionId: 's1', before: 'c5' });
    socket.answer('chat:history', {
      ok: true,
      messages: [aChatMessage('c3', TRAINER_ID, 'drei'), aChatMessage('c4', MENTEE_ID, 'vier')],
      hasMore: false,
    });
    await loading;
    expect(store.chat().map((m) => m.id)).toEqual(['c3', 'c4', 'c5']);
    expect(store.chatHasMore()).toBe(false);
    expect(store.chatLoadingOlder()).toBe(false);
  });

  it('re-joins after a reconnect, replaces the state and says the connection is back', async () => {
    setUp();
    await joined();
    jest.useFakeTimers();

    socket.networkLost();
    expect(store.banner()).toBe('lost');

    socket.reconnects();
    expect(store.banner()).toBe('restored');
    expect(socket.sent('session:join')).toHaveLength(2);
    socket.answer('session:join', {
      ok: true,
      state: aRoomState({ chat: [aChatMessage('c7', TRAINER_ID, 'Während Sie weg waren')], slide: aSlide({ page: 4 }) }),
    });
    await Promise.resolve();
    expect(store.phase()).toBe('joined');
    expect(store.chat().map((m) => m.id)).toEqual(['c7']);
    expect(store.viewPage()).toBe(4);

    jest.advanceTimersByTime(RESTORED_BANNER_MS);
    expect(store.banner()).toBe('none');
  });

  it('joins again when the server lost her join (another process after a failover)', async () => {
    setUp();
    await joined();
    const raising = store.raiseHand();
    socket.answer('hand:raise', { ok: false, error: { code: 'live_not_joined', message: 'Bitte zuerst beitreten.' } });
    await expect(raising).rejects.toMatchObject({ code: 'live_not_joined' });
    expect(socket.sent('session:join')).toHaveLength(2);
  });

  it('leaves the room and stops listening when the page goes', async () => {
    setUp();
    await joined();
    expect(socket.listeners()).toBeGreaterThan(0);
    TestBed.resetTestingModule();
    expect(socket.sent('session:leave')[0]?.payload).toEqual({ sessionId: 's1' });
    expect(socket.listeners()).toBe(0);
  });

  it('polls: opens, counts votes, keeps her vote, shows results on close', async () => {
    setUp();
    await joined();
    socket.serverSends('poll:opened', { id: 'poll1', question: 'Wie weiter?', options: ['Pause', 'Weiter'], anonymous: true });
    socket.serverSends('poll:votes', { id: 'poll1', votes: 4 });
    expect(store.poll()).toMatchObject({ id: 'poll1', myVote: null, votes: 4 });

    const voting = store.vote(1);
    expect(socket.sent('poll:vote')[0]?.payload).toEqual({ sessionId: 's1', pollId: 'poll1', option: 1 });
    socket.answer('poll:vote', { ok: true });
    await voting;
    expect(store.poll()?.myVote).toBe(1);

    socket.serverSends('poll:closed', {
      id: 'poll1',
      question: 'Wie weiter?',
      options: ['Pause', 'Weiter'],
      anonymous: true,
      results: [1, 4],
    });
    expect(store.poll()).toBeNull();
    expect(store.pollResults()?.results).toEqual([1, 4]);
  });

  it('a moderator opens and closes a poll through the acks', async () => {
    setUp();
    await joined(aRoomState({}, TRAINER_ID));
    const opening = store.openPoll('Passt das Tempo?', ['Ja', 'Nein'], false);
    expect(socket.sent('poll:open')[0]?.payload).toEqual({
      sessionId: 's1',
      question: 'Passt das Tempo?',
      options: ['Ja', 'Nein'],
      anonymous: false,
    });
    socket.answer('poll:open', { ok: true, poll: { id: 'p7', question: 'Passt das Tempo?', options: ['Ja', 'Nein'], anonymous: false } });
    await opening;
    expect(store.poll()?.id).toBe('p7');

    const closing = store.closePoll();
    socket.answer('poll:close', { ok: true, results: [2, 1] });
    await closing;
    expect(store.poll()).toBeNull();
    expect(store.pollResults()).toMatchObject({ id: 'p7', results: [2, 1] });
  });

  it('slides: the moderator moves everyone; a participant browses freely only when allowed', async () => {
    setUp();
    await joined(aRoomState({ slide: aSlide({ page: 2 }) }));

    await store.turnPage(1);
    expect(socket.sent('slide:set')).toHaveLength(0);
    expect(store.viewPage()).toBe(2);

    socket.serverSends('slide:changed', aSlide({ page: 2, freeBrowse: true }));
    await store.turnPage(1);
    await store.turnPage(1);
    expect(store.viewPage()).toBe(4);
    expect(store.browsingAway()).toBe(true);
    store.followPresenter();
    expect(store.viewPage()).toBe(2);

    await store.turnPage(-1);
    socket.serverSends('slide:changed', aSlide({ page: 3, freeBrowse: false }));
    expect(store.viewPage()).toBe(3);
    expect(store.browsingAway()).toBe(false);
  });

  it('slides: a moderator turns pages within the document', async () => {
    setUp();
    await joined(aRoomState({ slide: aSlide({ page: 5, pageCount: 5 }) }, TRAINER_ID));
    await store.turnPage(1);
    expect(socket.sent('slide:set')).toHaveLength(0);

    const turning = store.turnPage(-1);
    expect(socket.sent('slide:set')[0]?.payload).toEqual({ sessionId: 's1', materialId: 'mat-1', page: 4 });
    socket.answer('slide:set', { ok: true });
    await turning;
    expect(store.viewPage()).toBe(4);
  });

  it('notes: saves after a typing pause on top of the version edited; a conflict takes the server’s text', async () => {
    setUp();
    await joined(aRoomState({ settings: { chatLocked: false, notesOpen: true }, notes: { text: 'Alt', version: 3, open: true } }));
    jest.useFakeTimers();
    expect(store.canEditNotes()).toBe(true);

    store.editNotes('Alt und neu');
    expect(store.notesText()).toBe('Alt und neu');
    jest.advanceTimersByTime(NOTES_SAVE_DELAY_MS - 1);
    expect(socket.sent('notes:update')).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(socket.sent('notes:update')[0]?.payload).toEqual({ sessionId: 's1', text: 'Alt und neu', baseVersion: 3 });
    socket.answer('notes:update', { ok: true, version: 4 });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.notes()).toMatchObject({ text: 'Alt und neu', version: 4 });

    // Someone else saves first; her save on version 4 is refused.
    store.editNotes('Meine Fassung');
    socket.serverSends('notes:changed', { text: 'Fassung von Tanja', version: 5, open: true, updatedBy: TRAINER_ID });
    jest.advanceTimersByTime(NOTES_SAVE_DELAY_MS);
    expect(socket.sent('notes:update')[1]?.payload).toMatchObject({ text: 'Meine Fassung', baseVersion: 4 });
    socket.answer('notes:update', { ok: false, error: { code: 'conflict', message: 'Die Notizen wurden inzwischen geändert.' } });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.notesConflict()).toBe(true);
    expect(store.notesText()).toBe('Fassung von Tanja');
  });

  it('starts and ends the session over HTTP', async () => {
    setUp();
    await joined(aRoomState({ session: aLiveSession({ status: 'scheduled', canModerate: true }) }, TRAINER_ID));

    const starting = store.start();
    http.expectOne({ method: 'POST', url: '/api/live-sessions/s1/start' }).flush(aLiveSession({ status: 'live', canModerate: true }));
    await starting;
    expect(store.session()?.status).toBe('live');

    const ending = store.end();
    http.expectOne({ method: 'POST', url: '/api/live-sessions/s1/end' }).flush(aLiveSession({ status: 'ended', canModerate: true }));
    await ending;
    expect(store.phase()).toBe('ended');
  });
  describe('breakout rooms', () => {
    const state = (sessionId: string, breakout: LiveBreakout | null) => ({ sessionId, breakout });

    it('follows the rooms and joins again only when her own room changes', async () => {
      setUp();
      await joined();
      expect(store.breakout()).toBeNull();
      expect(store.myBreakoutRoom()).toBeNull();

      // Rooms open without her (not yet moved): no re-join.
      socket.serverSends('breakout:state', state('s1', aBreakout([aBreakoutRoom('r1', ['u-3']), aBreakoutRoom('r2', [])])));
      expect(store.breakout()?.rooms).toHaveLength(2);
      expect(store.myBreakoutRoom()).toBeNull();
      expect(socket.sent('session:join')).toHaveLength(1);

      // She is moved into r2: the join brings that room's chat and notes.
      const inR2 = aBreakout([aBreakoutRoom('r1', ['u-3']), aBreakoutRoom('r2', [MENTEE_ID])]);
      socket.serverSends('breakout:state', state('s1', inR2));
      expect(store.myBreakoutRoom()?.id).toBe('r2');
      expect(socket.sent('session:join')).toHaveLength(2);
      expect(announced).toEqual([{ kind: 'breakout', room: expect.objectContaining({ id: 'r2' }) }]);
      socket.answer('session:join', {
        ok: true,
        state: aRoomState({
          breakout: inR2,
          chat: [aChatMessage('b1', 'u-3', 'Im Gruppenraum')],
          notes: { text: 'R2', version: 1, open: true },
        }),
      });
      await flush();
      expect(store.chat().map((m) => m.text)).toEqual(['Im Gruppenraum']);
      expect(store.notes()?.text).toBe('R2');
      expect(store.canEditNotes()).toBe(true);

      // Others move, help is called, the main room's notes close: she stays, no re-join, her room's notes stay.
      socket.serverSends(
        'breakout:state',
        state(
          's1',
          aBreakout([aBreakoutRoom('r1', []), aBreakoutRoom('r2', [MENTEE_ID, 'u-3'], { helpRequestedAt: '2027-03-01T18:15:00.000Z' })]),
        ),
      );
      socket.serverSends('room:settings', { chatLocked: false, notesOpen: false });
      expect(store.myBreakoutRoom()?.helpRequestedAt).toBe('2027-03-01T18:15:00.000Z');
      expect(store.notes()?.text).toBe('R2');
      expect(socket.sent('session:join')).toHaveLength(2);

      // Another session's rooms are not hers.
      socket.serverSends('breakout:state', state('other', null));
      expect(store.breakout()).not.toBeNull();

      // The rooms close: back to the main room, joined again.
      socket.serverSends('breakout:state', state('s1', null));
      expect(store.breakout()).toBeNull();
      expect(store.myBreakoutRoom()).toBeNull();
      expect(socket.sent('session:join')).toHaveLength(3);
      expect(announced.at(-1)).toEqual({ kind: 'breakout', room: null });
    });

    it('keeps the latest message to all rooms and announces it; it goes with the rooms', async () => {
      setUp();
      await joined(aRoomState({ breakout: aBreakout([aBreakoutRoom('r1', [MENTEE_ID])]) }));
      const broadcast = { sessionId: 's1', text: 'Noch fünf Minuten', displayName: 'Tanja Trainer', at: '2027-03-01T18:20:00.000Z' };
      socket.serverSends('breakout:broadcast', { ...broadcast, sessionId: 'other' });
      expect(store.breakoutBroadcast()).toBeNull();
      socket.serverSends('breakout:broadcast', broadcast);
      expect(store.breakoutBroadcast()).toEqual(broadcast);
      expect(announced).toEqual([{ kind: 'broadcast', broadcast }]);
      socket.serverSends('breakout:state', state('s1', null));
      expect(store.breakoutBroadcast()).toBeNull();
    });

    it('counts down the seconds until the rooms close, only while they are open', async () => {
      setUp();
      jest.useFakeTimers();
      store.enter('s1');
      socket.answer('session:join', { ok: true, state: aRoomState({ breakout: aBreakout([aBreakoutRoom('r1', [])]) }) });
      await Promise.resolve();
      TestBed.tick();
      expect(store.breakoutRemaining()).toBe(300);
      now += 61_500;
      jest.advanceTimersByTime(BREAKOUT_TICK_MS);
      expect(store.breakoutRemaining()).toBe(239);
      socket.serverSends('breakout:state', state('s1', null));
      TestBed.tick();
      expect(store.breakoutRemaining()).toBeNull();
      expect(jest.getTimerCount()).toBe(0);
    });

    it('sends the moderators’ commands with their payloads', async () => {
      setUp();
      await joined(aRoomState({}, TRAINER_ID));

      const planning = store.planBreakout();
      expect(socket.sent('breakout:plan')[0]?.payload).toEqual({ sessionId: 's1' });
      socket.answer('breakout:plan', { ok: true, rooms: [{ name: 'Tandem Mia', userIds: [MENTEE_ID] }] });
      await expect(planning).resolves.toEqual([{ name: 'Tandem Mia', userIds: [MENTEE_ID] }]);

      const opening = store.openBreakout(20, [{ name: 'Raum A', userIds: [MENTEE_ID] }]);
      expect(socket.sent('breakout:open')[0]?.payload).toEqual({
        sessionId: 's1',
        minutes: 20,
        rooms: [{ name: 'Raum A', userIds: [MENTEE_ID] }],
      });
      const opened = aBreakout([aBreakoutRoom('r1', [MENTEE_ID], { name: 'Raum A' })]);
      socket.answer('breakout:open', { ok: true, breakout: opened });
      await opening;
      expect(store.breakout()).toEqual(opened);
      // The trainer is in none of the rooms: no re-join.
      expect(socket.sent('session:join')).toHaveLength(1);

      void store.openBreakout(15);
      expect(socket.sent('breakout:open')[1]?.payload).toEqual({ sessionId: 's1', minutes: 15 });

      void store.moveToBreakout(MENTEE_ID, 'r1');
      void store.moveToBreakout(MENTEE_ID, null);
      expect(socket.sent('breakout:move').map((e) => e.payload)).toEqual([
        { sessionId: 's1', userId: MENTEE_ID, roomId: 'r1' },
        { sessionId: 's1', userId: MENTEE_ID, roomId: null },
      ]);
      void store.visitBreakout('r1');
      expect(socket.sent('breakout:visit')[0]?.payload).toEqual({ sessionId: 's1', roomId: 'r1' });
      void store.broadcastToBreakouts('Bitte zum Ende kommen');
      expect(socket.sent('breakout:broadcast')[0]?.payload).toEqual({ sessionId: 's1', text: 'Bitte zum Ende kommen' });
      void store.closeBreakout();
      expect(socket.sent('breakout:close')[0]?.payload).toEqual({ sessionId: 's1' });

      const extending = store.setBreakoutTimer(10);
      expect(socket.sent('breakout:timer')[0]?.payload).toEqual({ sessionId: 's1', minutes: 10 });
      socket.answer('breakout:timer', { ok: true, breakout: { ...opened, endsAt: '2027-03-01T18:30:00.000Z' } });
      await extending;
      expect(store.breakout()?.endsAt).toBe('2027-03-01T18:30:00.000Z');
    });

    it('a participant calls for help and takes it back; a refusal comes with the server’s words', async () => {
      setUp();
      await joined(aRoomState({ breakout: aBreakout([aBreakoutRoom('r1', [MENTEE_ID])]) }));
      void store.requestHelp(true);
      void store.requestHelp(false);
      expect(socket.sent('breakout:help').map((e) => e.payload)).toEqual([
        { sessionId: 's1', requested: true },
        { sessionId: 's1', requested: false },
      ]);
      const refused = store.requestHelp(true);
      socket.answer('breakout:help', { ok: true });
      socket.answer('breakout:help', { ok: true });
      socket.answer('breakout:help', {
        ok: false,
        error: { code: 'live_breakout_not_in_room', message: 'Sie sind in keinem Gruppenraum.' },
      });
      await expect(refused).rejects.toEqual(new LiveRoomError('live_breakout_not_in_room', 'Sie sind in keinem Gruppenraum.'));
    });

    it('remainingSeconds: whole seconds, never below zero', () => {
      const end = '2027-03-01T18:25:00.000Z';
      expect(remainingSeconds(end, Date.parse('2027-03-01T18:24:59.200Z'))).toBe(1);
      expect(remainingSeconds(end, Date.parse('2027-03-01T18:10:00.000Z'))).toBe(900);
      expect(remainingSeconds(end, Date.parse('2027-03-01T18:26:00.000Z'))).toBe(0);
    });
  });
});
