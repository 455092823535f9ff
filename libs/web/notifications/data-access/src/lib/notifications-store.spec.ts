import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Notice, NoticeList } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { FakeLiveSocket, aNotice } from '../testing';
import { NotificationsStore } from './notifications-store';

const listUrl = (limit = 20) => `/api/notifications?limit=${limit}`;
const listOf = (items: Notice[], unread = items.filter((n) => !n.readAt).length): NoticeList => ({ items, total: items.length, unread });
const errorOf = (status: number, message: string) =>
  [
    { statusCode: status, code: 'x', message },
    { status, statusText: 'Error' },
  ] as const;

describe('NotificationsStore', () => {
  let http: HttpTestingController;
  let store: NotificationsStore;
  let socket: FakeLiveSocket;
  let connection: ReturnType<typeof signal<LiveConnection | null>>;
  let connected: ReturnType<typeof signal<boolean>>;

  beforeEach(() => {
    socket = new FakeLiveSocket();
    connection = signal<LiveConnection | null>(socket as unknown as LiveConnection);
    connected = signal(true);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: LiveSocket, useValue: { connection, connected } }],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(NotificationsStore);
    TestBed.tick();
  });
  afterEach(() => http.verify());

  async function loaded(items: Notice[], unread?: number) {
    const done = store.load();
    expect(store.loading()).toBe(true);
    http.expectOne(listUrl()).flush(listOf(items, unread));
    await done;
  }

  it('loads her newest notices and the unread count of all, parsed with the contract', async () => {
    await loaded([aNotice('n2', 'Zwei'), aNotice('n1', 'Eins', { readAt: '2027-07-01T09:00:00.000Z' })], 5);
    expect(store.notices().map((n) => n.title)).toEqual(['Zwei', 'Eins']);
    expect([store.unread(), store.empty(), store.loading(), store.failed()]).toEqual([5, false, false, false]);

    // The page asks for more; later loads keep asking for that many.
    const more = store.load(100);
    http.expectOne(listUrl(100)).flush(listOf([]));
    await more;
    expect(store.empty()).toBe(true);
    const again = store.load();
    http.expectOne(listUrl(100)).flush(listOf([]));
    await again;
  });

  it('fails on an HTTP error and on an answer that breaks the contract, keeping the server’s message', async () => {
    let done = store.load();
    http.expectOne(listUrl()).flush([aNotice('n1', 'kein Listenformat')]);
    await done;
    expect(store.failed()).toBe(true);

    done = store.load();
    http.expectOne(listUrl()).flush(...errorOf(503, 'Gerade nicht erreichbar.'));
    await done;
    expect(store.failed()).toBe(true);
    expect(store.error()?.message).toBe('Gerade nicht erreichbar.');
  });

  it('adds what the server pushes (once), newest first, and counts it unread', async () => {
    await loaded([aNotice('n1', 'Alt')]);
    socket.serverSends('notification:new', aNotice('n2', 'Neu'));
    socket.serverSends('notification:new', aNotice('n2', 'Neu'));
    socket.serverSends('notification:new', { id: 'kaputt' });
    expect(store.notices().map((n) => n.id)).toEqual(['n2', 'n1']);
    expect(store.unread()).toBe(2);
  });

  it('marks one read at once, takes the server’s answer, and reads the list again when refused', async () => {
    await loaded([aNotice('n2', 'Zwei'), aNotice('n1', 'Eins')]);
    const read = store.markRead(store.notices()[1]);
    expect(store.unread()).toBe(1);
    expect(store.notices()[1].readAt).not.toBeNull();
    http
      .expectOne({ method: 'POST', url: '/api/notifications/n1/read' })
      .flush(aNotice('n1', 'Eins', { readAt: '2027-07-01T09:00:00.000Z' }));
    await read;
    expect(store.notices()[1].readAt).toBe('2027-07-01T09:00:00.000Z');

    // Read already: no request.
    await store.markRead(store.notices()[1]);

    const refused = store.markRead(store.notices()[0]);
    http.expectOne({ method: 'POST', url: '/api/notifications/n2/read' }).flush(...errorOf(404, 'Gibt es nicht.'));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r));
    http.expectOne(listUrl()).flush(listOf([aNotice('n1', 'Eins', { readAt: '2027-07-01T09:00:00.000Z' })]));
    await refused;
    expect(store.notices().map((n) => n.id)).toEqual(['n1']);
    expect(store.unread()).toBe(0);
  });

  it('marks all read, also those not loaded', async () => {
    await loaded([aNotice('n2', 'Zwei'), aNotice('n1', 'Eins')], 7);
    const all = store.markAllRead();
    expect(store.unread()).toBe(0);
    expect(store.notices().every((n) => n.readAt)).toBe(true);
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush({ marked: 7 });
    await all;
    // Nothing unread: nothing to send.
    await store.markAllRead();
  });

  it('reads the list again when the socket reconnects, follows a new socket, and empties on signing out', async () => {
    await loaded([aNotice('n1', 'Eins')]);
    connected.set(false);
    TestBed.tick();
    connected.set(true);
    TestBed.tick();
    http.expectOne(listUrl()).flush(listOf([aNotice('n2', 'Verpasst'), aNotice('n1', 'Eins')]));
    await new Promise((r) => setTimeout(r));
    expect(store.notices().map((n) => n.id)).toEqual(['n2', 'n1']);

    // Signed out: the socket goes, the list with it; no more events from the old socket.
    connection.set(null);
    TestBed.tick();
    expect([store.notices(), store.unread(), store.loaded()]).toEqual([[], 0, false]);
    expect(socket.listeners('notification:new')).toBe(0);

    // Signed in again: the new socket's events count.
    const next = new FakeLiveSocket();
    connection.set(next as unknown as LiveConnection);
    TestBed.tick();
    next.serverSends('notification:new', aNotice('n3', 'Nach dem Anmelden'));
    expect(store.notices().map((n) => n.id)).toEqual(['n3']);
  });
});
