import { LiveAnnouncer } from '@angular/cdk/a11y';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { RouterOutlet, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { LiveRoomState } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { LIVE_TIME_SOURCE, PDFJS_LOADER } from '@ecampus/web/live/data-access';
import {
  FakeRoomSocket,
  MENTEE_ID,
  TRAINER_ID,
  aChatMessage,
  aBreakout,
  aBreakoutRoom,
  aLiveSession,
  aParticipant,
  aRoomState,
  aSlide,
} from '@ecampus/web/live/data-access/testing';
import { LIVE_I18N, LIVE_ROOM_I18N } from '@ecampus/web/live/ui';
import { loadI18nScope } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';

/** Stands in for the program home the live tab is mounted under. */
@Component({ selector: 'ec-test-program-home', imports: [RouterOutlet], template: '<router-outlet />' })
class ProgramHome {}

/** The room's route as live.routes.ts mounts it (same guards, same lazy route file). */
const routes = [
  {
    path: 'programme/:programId',
    component: ProgramHome,
    children: [
      {
        path: 'live/:sessionId/raum',
        canActivate: [loadI18nScope(LIVE_I18N), loadI18nScope(LIVE_ROOM_I18N)],
        loadChildren: () => import('./live-room.routes').then((m) => m.liveRoomRoutes),
      },
    ],
  },
];

describe('LiveRoomPage', () => {
  let socket: FakeRoomSocket;
  let http: HttpTestingController;
  let announce: jest.Mock;
  let getDocument: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    socket = new FakeRoomSocket();
    announce = jest.fn().mockResolvedValue(undefined);
    getDocument = jest.fn(() => ({
      promise: Promise.resolve({ numPages: 5, getPage: jest.fn(() => new Promise(() => undefined)), destroy: jest.fn() }),
    }));
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(routes, withComponentInputBinding()),
        provideNoopAnimations(),
        { provide: LiveSocket, useValue: { connection: signal(socket as unknown as LiveConnection), connected: signal(true) } },
        { provide: LiveAnnouncer, useValue: { announce } },
        { provide: PDFJS_LOADER, useValue: () => Promise.resolve({ GlobalWorkerOptions: { workerSrc: '' }, getDocument }) },
        // 18:20 on the session's day: sample breakout rooms close at 18:25.
        { provide: LIVE_TIME_SOURCE, useValue: () => Date.parse('2027-03-01T18:20:00.000Z') },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
    http.verify();
  });

  async function settle(harness: RouterTestingHarness) {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function open(state: LiveRoomState | null = aRoomState()) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/programme/p1/live/s1/raum');
    await settle(harness);
    const el = harness.fixture.nativeElement as HTMLElement;
    const $ = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    const text = (id: string) => $(id)?.textContent?.trim() ?? '';
    const overlay = (id: string) => document.querySelector<HTMLElement>(`.cdk-overlay-container [data-testid="${id}"]`);
    const key = async (key: string, target: EventTarget = document.body) => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await settle(harness);
    };
    if (state) {
      expect(text('room-joining')).toContain('Sie betreten den Raum');
      socket.answer('session:join', { ok: true, state });
      await settle(harness);
    }
    if (state?.me.moderator) {
      http.expectOne('/api/live-sessions/s1/slide-materials').flush({
        items: [{ id: 'mat-1', fileName: 'Folien.pdf', pageCount: 5, moduleId: 'm1', moduleTitle: 'Social Media' }],
      });
      await settle(harness);
    }
    return { harness, el, $, text, overlay, key, settle: () => settle(harness) };
  }

  it('joins the session of the route and shows the room; the hand button shows her place in the queue', async () => {
    const { $, text, settle } = await open();
    expect(socket.sent('session:join')[0]?.payload).toEqual({ sessionId: 's1' });
    expect(text('room-title')).toBe('Live-Seminar s1');
    expect(text('room-status')).toBe('Läuft');
    expect(text('slide-empty')).toBe('Gerade werden keine Folien gezeigt.');
    expect($('room-toolbar')).toBeNull();
    expect(text('participants-list')).toContain('Trainer*in');
    expect($('participant-moderator')?.textContent).toBe('Moderation');

    $('hand-button')?.click();
    expect(socket.sent('hand:raise')).toHaveLength(1);
    socket.answer('hand:raise', { ok: true, position: 2 });
    socket.serverSends('hand:queue', [
      { userId: 'u-3', displayName: 'Person u-3', at: '2027-03-01T18:01:00.000Z' },
      { userId: MENTEE_ID, displayName: 'Mia Mentee', at: '2027-03-01T18:02:00.000Z' },
    ]);
    await settle();
    expect(text('hand-button')).toBe('Hand senken · Platz 2');
    expect(Array.from(document.querySelectorAll('[data-testid="hand-entry"]'), (e) => e.textContent?.trim())).toEqual([
      '1. Person u-3',
      '2. Mia Mentee',
    ]);
    expect(announce).toHaveBeenCalledWith('Person u-3 hat die Hand gehoben.', 'polite');
  });

  it('keyboard: H raises the hand, not while typing; C goes to the chat; ? lists the shortcuts', async () => {
    const { key, overlay, settle } = await open();
    await key('c');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await settle();
    const box = document.querySelector<HTMLTextAreaElement>('[data-testid="chat-input"]') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);

    await key('h', box);
    expect(socket.sent('hand:raise')).toHaveLength(0);

    box.blur();
    await key('h');
    expect(socket.sent('hand:raise')).toHaveLength(1);
    socket.answer('hand:raise', { ok: true, position: 1 });

    await key('?');
    expect(overlay('shortcuts-list')?.textContent).toContain('Hand heben oder senken');
  });

  it('chat: sends through the socket and announces others’ messages to screen readers', async () => {
    const { $, text, settle } = await open();
    $('tab-chat')?.click();
    await settle();
    const box = $('chat-input') as HTMLTextAreaElement;
    box.value = 'Guten Abend';
    box.dispatchEvent(new Event('input'));
    $('chat-send')?.click();
    await settle();
    expect(socket.sent('chat:send')[0]?.payload).toEqual({ sessionId: 's1', text: 'Guten Abend' });
    socket.answer('chat:send', { ok: true, message: aChatMessage('c1', MENTEE_ID, 'Guten Abend') });
    socket.serverSends('chat:message', aChatMessage('c2', TRAINER_ID, 'Willkommen', { at: '2027-03-01T18:06:00.000Z' }));
    await settle();
    expect(Array.from(document.querySelectorAll('[data-testid="chat-message"] .text'), (e) => e.textContent)).toEqual([
      'Guten Abend',
      'Willkommen',
    ]);
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenCalledWith('Nachricht von Tanja Trainer: Willkommen', 'polite');
    expect(text('chat-counter')).toBe('0 / 2000');
  });

  it('explains a refused join in German with the way back', async () => {
    const { $, text, settle } = await open(null);
    socket.answer('session:join', { ok: false, error: { code: 'live_session_not_open', message: 'Noch nicht offen.' } });
    await settle();
    expect(text('room-refused-reason')).toBe('Das Live-Seminar ist noch nicht geöffnet. Sie können ab 15 Minuten vor Beginn eintreten.');
    expect($('room-back')?.getAttribute('href')).toBe('/programme/p1/live/s1');
  });

  it('says clearly that a moderator removed her', async () => {
    const { $, text, settle } = await open();
    socket.serverSends('session:removed', { sessionId: 's1', message: 'Sie wurden entfernt.' });
    await settle();
    expect(text('room-removed')).toContain('Die Moderation hat Sie aus diesem Live-Seminar entfernt.');
    expect($('room-joined')).toBeNull();
    expect($('room-back')?.getAttribute('href')).toBe('/programme/p1/live/s1');
  });

  it('says when the session ended, with the way back', async () => {
    const { $, text, settle } = await open();
    socket.serverSends('session:status', { sessionId: 's1', status: 'ended' });
    await settle();
    expect(text('room-ended')).toContain('Das Live-Seminar ist beendet');
    expect($('room-back')?.getAttribute('href')).toBe('/programme/p1/live/s1');
  });

  it('shows the connection banner while the connection is down and joins again after the reconnect', async () => {
    const { text, settle } = await open();
    socket.networkLost();
    await settle();
    expect(text('connection-lost')).toBe('Verbindung unterbrochen – wird wiederhergestellt …');
    socket.reconnects();
    await settle();
    expect(text('connection-restored')).toBe('Verbindung wiederhergestellt');
    expect(socket.sent('session:join')).toHaveLength(2);
    socket.answer('session:join', { ok: true, state: aRoomState() });
    await settle();
  });

  it('draws the current slide from the PDF fetched over HTTP, with its page as text', async () => {
    const { text, $, settle } = await open(aRoomState({ slide: aSlide({ page: 2 }) }));
    const file = http.expectOne('/api/materials/mat-1/file');
    expect(file.request.responseType).toBe('arraybuffer');
    file.flush(new ArrayBuffer(8));
    await settle();
    expect(getDocument).toHaveBeenCalledWith({ data: expect.any(Uint8Array) });
    expect(text('slide-page')).toBe('Folie 2 von 5');
    expect($('slide-canvas')?.getAttribute('aria-label')).toBe('Folie 2 von 5');
    // A participant follows the presenter: no page buttons of her own.
    expect($('slide-next')).toBeNull();
  });

  it('a moderator starts the session, opens a poll in the dialog, sees the votes and closes it', async () => {
    const { $, text, overlay, settle } = await open(
      aRoomState({ session: aLiveSession({ status: 'scheduled', canModerate: true }) }, TRAINER_ID),
    );
    expect($('room-toolbar')).not.toBeNull();
    $('room-start')?.click();
    http.expectOne({ method: 'POST', url: '/api/live-sessions/s1/start' }).flush(aLiveSession({ status: 'live', canModerate: true }));
    await settle();
    expect(text('room-status')).toBe('Läuft');
    expect($('room-end')).not.toBeNull();

    $('tab-poll')?.click();
    await settle();
    $('poll-start')?.click();
    await settle();
    const fill = (id: string, value: string) => {
      const input = overlay(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('poll-question-input', 'Passt das Tempo?');
    fill('poll-option-input-0', 'Ja');
    fill('poll-option-input-1', 'Nein');
    overlay('poll-submit')?.click();
    await settle();
    expect(socket.sent('poll:open')[0]?.payload).toEqual({
      sessionId: 's1',
      question: 'Passt das Tempo?',
      options: ['Ja', 'Nein'],
      anonymous: true,
    });
    socket.answer('poll:open', { ok: true, poll: { id: 'poll1', question: 'Passt das Tempo?', options: ['Ja', 'Nein'], anonymous: true } });
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle();
    expect(overlay('poll-form')).toBeNull();

    socket.serverSends('poll:votes', { id: 'poll1', votes: 3 });
    await settle();
    expect(text('poll-vote-count')).toBe('3 Stimmen bisher');

    $('poll-close')?.click();
    socket.answer('poll:close', { ok: true, results: [2, 1] });
    await settle();
    expect(Array.from(document.querySelectorAll('[data-testid="poll-result"]'), (e) => e.textContent?.trim())).toEqual([
      'Ja: 2 Stimmen (67 %)',
      'Nein: 1 Stimme (33 %)',
    ]);
  });

  it('a moderator chooses a PDF as slides and turns pages with the arrow keys', async () => {
    const { key, settle } = await open(aRoomState({ slide: aSlide({ page: 1 }) }, TRAINER_ID));
    http.expectOne('/api/materials/mat-1/file').flush(new ArrayBuffer(8));
    await settle();
    await key('ArrowRight');
    expect(socket.sent('slide:set')[0]?.payload).toEqual({ sessionId: 's1', materialId: 'mat-1', page: 2 });
    socket.answer('slide:set', { ok: true });
    await settle();
    expect(document.querySelector('[data-testid="slide-page"]')?.textContent?.trim()).toBe('Folie 2 von 5');
  });

  it('a moderator lets everyone speak in a live session with a media server (“Alle dürfen sprechen”)', async () => {
    const { $, settle } = await open(aRoomState({ session: aLiveSession({ status: 'live' }) }, TRAINER_ID));
    expect($('media-open-floor')).toBeNull();
    socket.answer('media:info', {
      ok: true,
      media: { available: true, iceServers: [], canPublish: true, floor: [], openFloor: false, muted: [], publishers: [] },
    });
    await settle();
    expect($('media-open-floor')?.textContent).toContain('Alle dürfen sprechen');
    $('media-open-floor')?.querySelector('button')?.click();
    await settle();
    expect(socket.sent('media:open-floor')[0]?.payload).toEqual({ sessionId: 's1', open: true });
    socket.answer('media:open-floor', { ok: true });
    socket.serverSends('media:floor', { sessionId: 's1', userIds: [], openFloor: true });
    await settle();
    expect($('media-open-floor')?.querySelector('button')?.getAttribute('aria-checked')).toBe('true');
  });

  it('leaves the room when she navigates away', async () => {
    const { harness } = await open();
    await harness.navigateByUrl('/programme/p1');
    expect(socket.sent('session:leave')[0]?.payload).toEqual({ sessionId: 's1' });
  });
  describe('breakout rooms', () => {
    const people = [aParticipant(TRAINER_ID), aParticipant(MENTEE_ID), aParticipant('u-3')];
    const choose = async (el: HTMLElement, name: string, optionText: string, settle: () => Promise<void>) => {
      const select = el.querySelector<HTMLSelectElement>(`[data-testid="breakout-person"][data-user-name="${name}"] select`);
      const option = Array.from(select?.options ?? []).find((o) => o.text.trim() === optionText);
      if (!select || !option) throw new Error(`no room list for ${name} with ${optionText}`);
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      await settle();
    };

    it('a moderator plans the rooms on the board, opens them and moves someone while they are open', async () => {
      const { $, el, text, settle } = await open(aRoomState({ participants: people }, TRAINER_ID));
      expect($('breakout-board')).toBeNull();
      const toggle = $('breakout-board-toggle') as HTMLElement;
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      toggle.click();
      await settle();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(socket.sent('breakout:plan')[0]?.payload).toEqual({ sessionId: 's1' });
      socket.answer('breakout:plan', { ok: true, rooms: [{ name: 'Tandem Mia', userIds: [MENTEE_ID] }] });
      await settle();
      expect($('breakout-board')?.getAttribute('data-mode')).toBe('plan');
      expect(text('breakout-main')).toContain('Person u-3');

      await choose(el, 'Person u-3', 'Tandem Mia', settle);
      $('breakout-open')?.click();
      await settle();
      expect(socket.sent('breakout:open')[0]?.payload).toEqual({
        sessionId: 's1',
        minutes: 15,
        rooms: [{ name: 'Tandem Mia', userIds: [MENTEE_ID, 'u-3'] }],
      });
      const opened = aBreakout([aBreakoutRoom('r1', [MENTEE_ID, 'u-3'], { name: 'Tandem Mia' }), aBreakoutRoom('r2', [])]);
      socket.answer('breakout:open', { ok: true, breakout: opened });
      socket.serverSends('breakout:state', { sessionId: 's1', breakout: opened });
      await settle();
      expect($('breakout-board')?.getAttribute('data-mode')).toBe('live');
      expect(text('breakout-remaining')).toBe('05:00');
      // The trainer stays in the main room: no banner, no new join.
      expect($('breakout-banner')).toBeNull();
      expect(socket.sent('session:join')).toHaveLength(1);

      await choose(el, 'Person u-3', 'Raum r2', settle);
      expect(socket.sent('breakout:move')[0]?.payload).toEqual({ sessionId: 's1', userId: 'u-3', roomId: 'r2' });
      socket.answer('breakout:move', {
        ok: false,
        error: { code: 'live_breakout_not_open', message: 'Die Gruppenräume sind geschlossen.' },
      });
      await settle();
      expect(text('breakout-error')).toBe('Die Gruppenräume sind geschlossen.');
    });

    it('a participant moved into a room joins it again, sees the banner and the people there instead of the slides', async () => {
      const { $, text, settle } = await open(aRoomState({ participants: people, slide: aSlide() }));
      http.expectOne('/api/materials/mat-1/file').flush(new ArrayBuffer(8));
      await settle();
      expect(document.querySelector('ec-slide-stage')).not.toBeNull();
      expect($('breakout-board-toggle')).toBeNull();

      const inRoom = aBreakout([aBreakoutRoom('r1', [MENTEE_ID, 'u-3'], { name: 'Tandem Mia' })]);
      socket.serverSends('breakout:state', { sessionId: 's1', breakout: inRoom });
      await settle();
      expect(socket.sent('session:join')).toHaveLength(2);
      expect(announce).toHaveBeenCalledWith('Sie sind jetzt im Gruppenraum „Tandem Mia“.', 'polite');
      socket.answer('session:join', {
        ok: true,
        state: aRoomState({ participants: people, slide: aSlide(), breakout: inRoom, notes: { text: '', version: 0, open: true } }),
      });
      await settle();

      expect(text('breakout-banner')).toContain('Sie sind im Gruppenraum „Tandem Mia“ · noch 05:00');
      expect(document.querySelector('ec-slide-stage')).toBeNull();
      expect($('room-media')).not.toBeNull();

      $('breakout-help')?.click();
      await settle();
      expect(socket.sent('breakout:help')[0]?.payload).toEqual({ sessionId: 's1', requested: true });
      socket.answer('breakout:help', { ok: true });
      socket.serverSends('breakout:state', {
        sessionId: 's1',
        breakout: aBreakout([aBreakoutRoom('r1', [MENTEE_ID, 'u-3'], { name: 'Tandem Mia', helpRequestedAt: '2027-03-01T18:12:00.000Z' })]),
      });
      socket.serverSends('breakout:broadcast', {
        sessionId: 's1',
        text: 'Noch fünf Minuten',
        displayName: 'Tanja Trainer',
        at: '2027-03-01T18:20:00.000Z',
      });
      await settle();
      expect(text('breakout-help')).toBe('Hilfe angefordert – zurücknehmen');
      expect(text('breakout-broadcast-message')).toBe('Nachricht an alle Räume: Noch fünf Minuten');
      expect(announce).toHaveBeenCalledWith('Nachricht an alle Räume: Noch fünf Minuten', 'polite');
      // Still in the same room: no new join.
      expect(socket.sent('session:join')).toHaveLength(2);

      // The rooms close: back in the main room, joined again, the slides are back.
      socket.serverSends('breakout:state', { sessionId: 's1', breakout: null });
      await settle();
      expect(socket.sent('session:join')).toHaveLength(3);
      socket.answer('session:join', { ok: true, state: aRoomState({ participants: people, slide: aSlide() }) });
      await settle();
      expect($('breakout-banner')).toBeNull();
      expect(document.querySelector('ec-slide-stage')).not.toBeNull();
      expect(announce).toHaveBeenCalledWith('Sie sind zurück im Hauptraum.', 'polite');
    });
  });
});
