import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { NoticesModule, NoticeWriter } from '@ecampus/api/notifications/notices';
import { createTestApi, signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import type { ClientToServerEvents, Notice, NoticeList, NewNotice, ServerToClientEvents } from '@ecampus/shared/contracts';
import { NotificationsModule } from './lib/notifications.module';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Notifications against the real API edge, real PostgreSQL (every migration of the workspace) and
 * Redis: notices written through the public entry's NoticeWriter (as certificates' worker does),
 * read and marked read through the routes, each person her own only; the push over a real socket.
 * People are rows written with SQL: this domain may not use identity's services, only the platform.
 */
describe('notifications (real PostgreSQL and Redis)', () => {
  let t: TestApi;
  let writer: NoticeWriter;
  let count = 0;
  const sockets: Client[] = [];

  beforeAll(async () => {
    t = await createTestApi({ features: [NotificationsModule, NoticesModule] });
    writer = t.app.get(NoticeWriter);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t?.close();
  });

  /** A person with an access token (`auth` is the Authorization header). */
  async function person(name: string): Promise<{ id: string; auth: string; token: string }> {
    count += 1;
    const email = `${name.toLowerCase()}.${count}@test.example`;
    const [user] = await t.db.dataSource.query(`INSERT INTO app_user (email, display_name) VALUES ($1, $2) RETURNING id`, [email, name]);
    const { auth, token } = await signAccessToken(t.app, { id: user.id, email, isAdmin: false });
    return { id: user.id, auth, token };
  }

  const notice = (title: string, overrides: Partial<NewNotice> = {}): NewNotice => ({
    kind: 'test',
    title,
    body: `Text zu ${title}`,
    link: '/bescheinigungen',
    dedupeKey: `test:${title}`,
    ...overrides,
  });
  const list = async (auth: string, query = ''): Promise<NoticeList> =>
    (await t.http().get(`/api/notifications${query}`).set('Authorization', auth).expect(200)).body;
  const readAt = async (id: string): Promise<Date | null> =>
    (await t.db.dataSource.query(`SELECT read_at AS "readAt" FROM notification WHERE id = $1`, [id]))[0].readAt;

  it('lists her notices newest first with the unread count; marks one, then all, read', async () => {
    const ada = await person('Ada');
    const written: Notice[] = [];
    for (const title of ['Eins', 'Zwei', 'Drei']) written.push((await writer.notify(ada.id, notice(title))) as Notice);

    const all = await list(ada.auth);
    expect(all).toMatchObject({ total: 3, unread: 3 });
    expect(all.items.map((n) => n.title)).toEqual(['Drei', 'Zwei', 'Eins']);
    expect(all.items[0]).toEqual({ ...written[2], readAt: null });
    expect(all.items[0]).toMatchObject({ kind: 'test', body: 'Text zu Drei', link: '/bescheinigungen' });

    // The limit cuts the list, not the unread count.
    const newest = await list(ada.auth, '?limit=1');
    expect(newest).toMatchObject({ total: 1, unread: 3 });
    expect(newest.items[0].title).toBe('Drei');

    const read = await t.http().post(`/api/notifications/${written[0].id}/read`).set('Authorization', ada.auth).expect(200);
    expect(read.body).toMatchObject({ id: written[0].id, title: 'Eins', readAt: expect.any(String) });
    // Again: still read, at the first time.
    const again = await t.http().post(`/api/notifications/${written[0].id}/read`).set('Authorization', ada.auth).expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await list(ada.auth)).unread).toBe(2);

    expect((await t.http().post('/api/notifications/read-all').set('Authorization', ada.auth).expect(200)).body).toEqual({ marked: 2 });
    const after = await list(ada.auth);
    expect(after.unread).toBe(0);
    expect(after.items.every((n) => n.readAt !== null)).toBe(true);
    expect((await t.http().post('/api/notifications/read-all').set('Authorization', ada.auth).expect(200)).body).toEqual({ marked: 0 });
  });

  it('keeps each person to her own: another’s notice is 404 and stays unread; no token, 401', async () => {
    const ada = await person('Ada');
    const bea = await person('Bea');
    const adas = (await writer.notify(ada.id, notice('Privat'))) as Notice;

    expect(await list(bea.auth)).toEqual({ items: [], total: 0, unread: 0 });
    const refused = await t.http().post(`/api/notifications/${adas.id}/read`).set('Authorization', bea.auth);
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ code: 'not_found', message: 'Diese Benachrichtigung gibt es nicht.' });
    await t.http().post('/api/notifications/read-all').set('Authorization', bea.auth).expect(200, { marked: 0 });
    expect(await readAt(adas.id)).toBeNull();
    expect((await list(ada.auth)).unread).toBe(1);

    // Unknown and malformed ids are unknown too.
    await t.http().post('/api/notifications/00000000-0000-4000-8000-000000000000/read').set('Authorization', ada.auth).expect(404);
    await t.http().post('/api/notifications/kein-id/read').set('Authorization', ada.auth).expect(404);

    await t.http().get('/api/notifications').expect(401);
    await t.http().post(`/api/notifications/${adas.id}/read`).expect(401);
    await t.http().post('/api/notifications/read-all').expect(401);
    expect(await readAt(adas.id)).toBeNull();
  });

  it('refuses a bad limit (400) in the caller’s language', async () => {
    const ada = await person('Ada');
    for (const limit of ['0', '101', 'abc', '2.5']) {
      const res = await t.http().get(`/api/notifications?limit=${limit}`).set('Authorization', ada.auth);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'validation_failed', fields: { limit: 'Bitte eine Anzahl zwischen 1 und 100 angeben' } });
    }
    const english = await t.http().get('/api/notifications?limit=500').set('Authorization', ada.auth).set('Accept-Language', 'en');
    expect(english.body.fields).toEqual({ limit: 'Please give a number between 1 and 100' });
    await t.http().get('/api/notifications?limit=100').set('Authorization', ada.auth).expect(200);
  });

  it('writes one notice per occasion and pushes only a new one to the person’s sockets', async () => {
    const ada = await person('Ada');
    const bea = await person('Bea');
    await t.app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/live`;
    const connect = async (token: string): Promise<Client> => {
      const socket: Client = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('session:ready', () => resolve());
        socket.once('connect_error', reject);
      });
      return socket;
    };
    const adaSocket = await connect(ada.token);
    const beaSocket = await connect(bea.token);
    const heardByAda: Notice[] = [];
    const heardByBea: Notice[] = [];
    adaSocket.on('notification:new', (n) => heardByAda.push(n));
    beaSocket.on('notification:new', (n) => heardByBea.push(n));

    const first = await writer.notify(ada.id, notice('Bereit', { dedupeKey: 'certificate:c-1' }));
    expect(first).toMatchObject({ title: 'Bereit', readAt: null });
    // The same occasion again (a job run twice, two writers at once): nothing new, nothing pushed.
    const twice = await Promise.all([
      writer.notify(ada.id, notice('Bereit', { dedupeKey: 'certificate:c-1' })),
      writer.notify(ada.id, notice('Bereit', { dedupeKey: 'certificate:c-1' })),
    ]);
    expect(twice).toEqual([null, null]);

    await waitFor(() => heardByAda.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(heardByAda).toEqual([first]);
    expect(heardByBea).toEqual([]);
    expect((await list(ada.auth)).total).toBe(1);

    // A link must stay inside the app.
    for (const link of ['https://example.org/x', '//example.org/x', 'bescheinigungen', '/\\example.org'])
      await expect(writer.notify(ada.id, notice('Weg', { link, dedupeKey: `link:${link}` }))).rejects.toThrow();
    expect((await list(ada.auth)).total).toBe(1);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('Zeitüberschreitung: Ereignis nicht angekommen');
    await new Promise((r) => setTimeout(r, 20));
  }
}
