import type { AddressInfo } from 'node:net';
import type { ApiApplication } from '@ecampus/api/platform/http';
import * as argon2 from 'argon2';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import { deleteKeysWithPrefix, createRedisClient } from '@ecampus/api/platform/queue';
import {
  cookieFrom,
  createTestApi,
  createTestServices,
  requiredCookie,
  tokenFromMail,
  type TestApi,
  type TestServices,
} from '@ecampus/api/platform/testing';
import type { ClientToServerEvents, ServerToClientEvents } from '@ecampus/shared/contracts';
import { IdentityModule } from './lib/identity.module';

// Counts every argon2 hash of the processes in this file (the accounts library hashes through this module).
jest.mock('argon2', () => {
  const actual = jest.requireActual<typeof import('argon2')>('argon2');
  return { ...actual, hash: jest.fn((...args: Parameters<typeof actual.hash>) => actual.hash(...args)) };
});
const argonHashes = () => (argon2.hash as unknown as jest.Mock).mock.calls.length;

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const ADMIN = { email: 'admin@ecampus.test', password: 'admin-passwort-123' };
const REFRESH = 'ecampus_refresh';
const DEVICE = 'ecampus_device';
const PASSWORD = 'Bergsee-Laterne-Honig-7';

/**
 * Issue 7 on two API processes (one database, one Redis): sessions that end everywhere at once —
 * HTTP tokens and sockets —, passwords, login limits that cannot lock a person out, account
 * administration, the refresh cookie's name and flags.
 */
describe('sessions, passwords and accounts (two API processes, PostgreSQL, Redis)', () => {
  let services: TestServices;
  let first: TestApi;
  let second: TestApi;
  let a: ApiApplication;
  let b: ApiApplication;
  let socketUrl: string;
  const sockets: Client[] = [];
  let adminAuth: string;
  let people = 0;

  const http = (app: ApiApplication = a) => request(app.getHttpServer());
  const login = (email: string, password: string, app = a, ip = '198.51.100.1', deviceCookie?: string) => {
    const req = http(app).post('/api/auth/login').set('X-Forwarded-For', ip);
    if (deviceCookie) req.set('Cookie', `${DEVICE}=${deviceCookie}`);
    return req.send({ email, password });
  };

  /** A new person with a password, created by the admin; and one signed-in session of hers. */
  const person = async (name: string) => {
    const email = `person${++people}@ecampus.test`;
    const created = await http()
      .post('/api/users')
      .set('Authorization', adminAuth)
      .send({ email, displayName: name, password: PASSWORD })
      .expect(201);
    return { id: created.body.id as string, email, displayName: name };
  };
  const signIn = async (email: string, app = a) => {
    const res = await login(email, PASSWORD, app)
      .set('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')
      .expect(200);
    return {
      token: res.body.accessToken as string,
      auth: `Bearer ${res.body.accessToken}`,
      refresh: requiredCookie(res.headers['set-cookie'], REFRESH).value,
      device: requiredCookie(res.headers['set-cookie'], DEVICE).value,
    };
  };

  const connect = async (token: string): Promise<Client> => {
    const socket: Client = io(socketUrl, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  };
  /** Resolves with the notice and the close reason of a socket the server ends. */
  const ended = (socket: Client) =>
    Promise.all([
      new Promise<string>((resolve) => socket.once('session:expired', ({ message }) => resolve(message))),
      new Promise<string>((resolve) => socket.once('disconnect', resolve)),
    ]);

  beforeAll(async () => {
    services = await createTestServices();
    const env = {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      TRUST_PROXY_HOPS: '1',
      LOGIN_RATE_LIMIT: '5',
      LOGIN_IP_RATE_LIMIT: '1000',
    };
    first = await createTestApi({ features: [IdentityModule], env, services });
    second = await createTestApi({ features: [IdentityModule], env, services });
    [a, b] = [first.app, second.app];
    // Sockets go to the *other* process than the requests that end sessions.
    await b.listen(0, '127.0.0.1');
    socketUrl = `http://127.0.0.1:${(b.getHttpServer().address() as AddressInfo).port}/live`;
    adminAuth = `Bearer ${(await login(ADMIN.email, ADMIN.password).expect(200)).body.accessToken}`;
  });

  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await second?.close();
    await first?.close();
    await services?.release();
  });

  describe('sessions that end', () => {
    it('logout ends the session on every process: its access token gets 401 there and its socket is closed', async () => {
      const ida = await person('Ida Abmeldung');
      const s = await signIn(ida.email);
      await http(b).get('/api/me').set('Authorization', s.auth).expect(200);
      const socket = await connect(s.token);
      const closing = ended(socket);

      await http(a).post('/api/auth/logout').set('Cookie', `${REFRESH}=${s.refresh}`).expect(204);

      const refused = await http(b).get('/api/me').set('Authorization', s.auth).expect(401);
      expect(refused.body).toEqual({ statusCode: 401, code: 'unauthenticated', message: expect.stringContaining('Sitzung wurde beendet') });
      expect(await closing).toEqual([expect.stringContaining('Sitzung wurde beendet'), 'io server disconnect']);
      await http(b).post('/api/auth/refresh').set('Cookie', `${REFRESH}=${s.refresh}`).expect(401);
    });

    it('logout with only the bearer token ends that session too', async () => {
      const jan = await person('Jan Jetzt');
      const s = await signIn(jan.email);
      await http(a).post('/api/auth/logout').set('Authorization', s.auth).expect(204);
      await http(b).get('/api/me').set('Authorization', s.auth).expect(401);
      await http(b).post('/api/auth/refresh').set('Cookie', `${REFRESH}=${s.refresh}`).expect(401);
    });

    it('a password change ends every other session (tokens and sockets) and keeps this one', async () => {
      const pia = await person('Pia Passwort');
      const here = await signIn(pia.email);
      const phone = await signIn(pia.email);
      const phoneSocket = await connect(phone.token);
      const hereSocket = await connect(here.token);
      const closing = ended(phoneSocket);

      await http(a)
        .post('/api/me/password')
        .set('Authorization', here.auth)
        .send({ currentPassword: PASSWORD, newPassword: 'Wolkenkratzer-Ahorn-Fluss-3' })
        .expect(204);

      await http(b).get('/api/me').set('Authorization', phone.auth).expect(401);
      expect(await closing).toEqual([expect.any(String), 'io server disconnect']);
      await http(b).post('/api/auth/refresh').set('Cookie', `${REFRESH}=${phone.refresh}`).expect(401);
      // This session goes on: its token, its socket, its refresh cookie.
      await http(b).get('/api/me').set('Authorization', here.auth).expect(200);
      expect(await hereSocket.timeout(3000).emitWithAck('ping', {})).toMatchObject({ ok: true });
      await http(b).post('/api/auth/refresh').set('Cookie', `${REFRESH}=${here.refresh}`).expect(200);
      await login(pia.email, PASSWORD).expect(401);
      await login(pia.email, 'Wolkenkratzer-Ahorn-Fluss-3').expect(200);
    });

    it('refuses a wrong current password at currentPassword and a guessable new one at newPassword, in German and English', async () => {
      const uwe = await person('Uwe Umstellung');
      const s = await signIn(uwe.email);
      const change = (body: object, language = 'de') =>
        http(a).post('/api/me/password').set('Authorization', s.auth).set('Accept-Language', language).send(body);

      const wrong = await change({ currentPassword: 'nicht-das-richtige', newPassword: 'Wolkenkratzer-Ahorn-Fluss-3' }).expect(400);
      expect(wrong.body).toEqual({
        statusCode: 400,
        code: 'validation_failed',
        message: 'Das bisherige Passwort stimmt nicht.',
        fields: { currentPassword: 'Das bisherige Passwort stimmt nicht.' },
      });
      const weak = await change({ currentPassword: PASSWORD, newPassword: 'Passwort123!' }).expect(400);
      expect(weak.body.fields).toEqual({ newPassword: expect.stringMatching(/^Dieses Passwort ist zu leicht zu erraten\./) });
      const ownName = await change({ currentPassword: PASSWORD, newPassword: 'UweUmstellung2027' }, 'en').expect(400);
      expect(ownName.body.fields).toEqual({ newPassword: expect.stringMatching(/^This password is too easy to guess\. .+/) });
      await login(uwe.email, PASSWORD).expect(200);
    });

    it('deactivation ends all her sessions at once; her login answers like a wrong password until reactivated', async () => {
      const dora = await person('Dora Deaktiviert');
      const laptop = await signIn(dora.email);
      const phone = await signIn(dora.email);
      const closing = [ended(await connect(laptop.token)), ended(await connect(phone.token))];

      const res = await http(a).patch(`/api/users/${dora.id}`).set('Authorization', adminAuth).send({ active: false }).expect(200);
      expect(res.body).toMatchObject({ id: dora.id, active: false, status: 'deactivated' });

      for (const s of [laptop, phone]) await http(b).get('/api/me').set('Authorization', s.auth).expect(401);
      expect((await Promise.all(closing)).map(([, reason]) => reason)).toEqual(['io server disconnect', 'io server disconnect']);
      await http(b).post('/api/auth/refresh').set('Cookie', `${REFRESH}=${phone.refresh}`).expect(401);
      const refused = await login(dora.email, PASSWORD).expect(401);
      const wrong = await login('niemand@ecampus.test', PASSWORD).expect(401);
      expect(refused.body).toEqual(wrong.body);

      await http(a).patch(`/api/users/${dora.id}`).set('Authorization', adminAuth).send({ active: true }).expect(200);
      await login(dora.email, PASSWORD).expect(200);
    });

    it('lists her sessions (device, created, last used, current), ends one, and logs out everywhere', async () => {
      const sam = await person('Sam Sitzungen');
      const one = await signIn(sam.email);
      const two = await signIn(sam.email);
      const three = await signIn(sam.email);

      const list = await http(b).get('/api/me/sessions').set('Authorization', two.auth).expect(200);
      expect(list.body.total).toBe(3);
      expect(list.body.items).toHaveLength(3);
      expect(list.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
      expect(list.body.items[0]).toEqual({
        id: expect.any(String),
        device: 'Firefox auf Linux',
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
        current: expect.any(Boolean),
      });
      const english = await http(b).get('/api/me/sessions').set('Authorization', two.auth).set('Accept-Language', 'en').expect(200);
      expect(english.body.items[0].device).toBe('Firefox on Linux');

      const closing = ended(await connect(one.token));
      const threeSocket = await connect(three.token);
      // Another person's session, an unknown one, a malformed id: 404.
      const other = await signIn((await person('Otto Anders')).email);
      const others = await http(b).get('/api/me/sessions').set('Authorization', other.auth).expect(200);
      await http(a).delete(`/api/me/sessions/${others.body.items[0].id}`).set('Authorization', two.auth).expect(404);
      await http(a).delete('/api/me/sessions/keine-id').set('Authorization', two.auth).expect(404);
      await http(b).get('/api/me').set('Authorization', other.auth).expect(200);

      // End session "one" from session "two" (its id from its own listing, where it is the current one).
      const oneOwn = await http(b).get('/api/me/sessions').set('Authorization', one.auth).expect(200);
      const oneSession = oneOwn.body.items.find((s: { current: boolean }) => s.current).id as string;
      await http(a).delete(`/api/me/sessions/${oneSession}`).set('Authorization', two.auth).expect(204);
      await http(b).get('/api/me').set('Authorization', one.auth).expect(401);
      expect((await closing)[1]).toBe('io server disconnect');
      await http(b).get('/api/me').set('Authorization', three.auth).expect(200);

      const everywhere = ended(threeSocket);
      await http(a).post('/api/auth/logout-all').set('Authorization', two.auth).expect(204);
      for (const s of [two, three]) await http(b).get('/api/me').set('Authorization', s.auth).expect(401);
      await everywhere;
      await http(b).post('/api/auth/refresh').set('Cookie', `${REFRESH}=${two.refresh}`).expect(401);
      await http(a).post('/api/auth/logout-all').expect(401);
    });

    it('cannot renew a session older than SESSION_ABSOLUTE_DAYS, however recently it was used', async () => {
      const alt = await person('Alma Alt');
      const s = await signIn(alt.email);
      const renewed = await http(a).post('/api/auth/refresh').set('Cookie', `${REFRESH}=${s.refresh}`).expect(200);
      const next = requiredCookie(renewed.headers['set-cookie'], REFRESH).value;
      await first.db.dataSource.query(`UPDATE auth_session SET created_at = now() - interval '30 days 1 minute' WHERE user_id = $1`, [
        alt.id,
      ]);
      await http(b).post('/api/auth/refresh').set('Cookie', `${REFRESH}=${next}`).expect(401);
    });

    it('keeps ended sessions ended, and live ones live, after the Redis list is lost', async () => {
      const rita = await person('Rita Redis');
      const gone = await signIn(rita.email);
      const live = await signIn(rita.email);
      await http(a).post('/api/auth/logout').set('Authorization', gone.auth).expect(204);
      const redis = createRedisClient(services.redisUrl, { lazyConnect: false, enableOfflineQueue: true });
      try {
        expect(await deleteKeysWithPrefix(redis, `${services.redisPrefix}:auth`)).toBeGreaterThan(0);
      } finally {
        redis.disconnect();
      }
      await http(b).get('/api/me').set('Authorization', gone.auth).expect(401);
      await http(a).get('/api/me').set('Authorization', live.auth).expect(200);
    });
  });

  describe('while Redis is unreachable', () => {
    let down: TestApi;

    beforeAll(async () => {
      down = await createTestApi({ features: [IdentityModule], services, env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    });
    afterAll(() => down?.close());

    it('still refuses ended sessions and serves live ones (PostgreSQL answers); logins wait for Redis (503)', async () => {
      const rosa = await person('Rosa Ruhig');
      const gone = await signIn(rosa.email);
      const live = await signIn(rosa.email);
      await http(a).post('/api/auth/logout').set('Authorization', gone.auth).expect(204);

      await request(down.app.getHttpServer()).get('/api/me').set('Authorization', gone.auth).expect(401);
      await request(down.app.getHttpServer()).get('/api/me').set('Authorization', live.auth).expect(200);
      const login = await request(down.app.getHttpServer())
        .post('/api/auth/login')
        .send({ email: rosa.email, password: PASSWORD })
        .expect(503);
      expect(login.body.code).toBe('service_unavailable');
      // Logging out there ends the session in PostgreSQL: refused there at once (the others: after its reconnect).
      await request(down.app.getHttpServer()).post('/api/auth/logout').set('Authorization', live.auth).expect(204);
      await request(down.app.getHttpServer()).get('/api/me').set('Authorization', live.auth).expect(401);
    });
  });

  describe('set-password through an invitation link', () => {
    it('costs no argon2 work for bad links and answers 429 after too many (per IP)', async () => {
      const before = argonHashes();
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        const res = await http(i % 2 ? a : b)
          .post('/api/auth/set-password')
          .set('X-Forwarded-For', '203.0.113.99')
          .send({ token: `erfunden-${i}`, password: 'Wolkenkratzer-Ahorn-Fluss-3' });
        statuses.push(res.status);
      }
      expect(argonHashes() - before).toBe(0);
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(400));
      expect(new Set(statuses.slice(20))).toEqual(new Set([429]));
      // Another address is not affected.
      await http()
        .post('/api/auth/set-password')
        .set('X-Forwarded-For', '203.0.113.100')
        .send({ token: 'erfunden', password: PASSWORD })
        .expect(400);
    });

    it('refuses a guessable password at the field (German, English), keeps the link, and limits one link', async () => {
      await http()
        .post('/api/users')
        .set('Authorization', adminAuth)
        .send({ email: 'lina.link@ecampus.test', displayName: 'Lina Link' })
        .expect(201);
      const [mail] = await a.get(MailOutboxService).findOutboxMail({ to: 'lina.link@ecampus.test', kind: 'invitation' });
      const token = tokenFromMail(mail.text);
      const attempt = (password: string, language = 'de', ip = '203.0.113.50') =>
        http().post('/api/auth/set-password').set('X-Forwarded-For', ip).set('Accept-Language', language).send({ token, password });

      const before = argonHashes();
      const weak = await attempt('Passwort123!').expect(400);
      expect(weak.body).toMatchObject({
        code: 'validation_failed',
        fields: { password: expect.stringMatching(/^Dieses Passwort ist zu leicht/) },
      });
      const ownName = await attempt('LinaLink2027', 'en').expect(400);
      expect(ownName.body.fields.password).toMatch(/^This password is too easy to guess\./);
      expect(argonHashes() - before).toBe(0);
      const ok = await attempt(PASSWORD, 'de').expect(200);
      expect(argonHashes() - before).toBe(1);
      expect(cookieFrom(ok.headers['set-cookie'], REFRESH)).toBeDefined();

      // One link cannot be tried more than SET_PASSWORD_TOKEN_RATE_LIMIT (5) times, from any address.
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt(PASSWORD, 'de', `203.0.113.${60 + i}`)).status);
      expect(statuses).toEqual([400, 400, 429, 429, 429]);
    });
  });

  describe('login limits that cannot lock her out', () => {
    it('lets her correct password through from her known device while an attacker is slowed', async () => {
      const vera = await person('Vera Vertraut');
      const own = await signIn(vera.email);
      expect(own.device).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);

      const attacker = [];
      for (let i = 0; i < 10; i++) attacker.push((await login(vera.email, `rate-mal-${i}`, i % 2 ? a : b, '192.0.2.66')).status);
      expect(attacker).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
      // Her account is throttled for unknown devices — even with her correct password …
      const unknown = await login(vera.email, PASSWORD, a, '192.0.2.67').expect(429);
      expect(unknown.body).toEqual({ statusCode: 429, code: 'rate_limited', message: expect.stringContaining('Zu viele Anmeldeversuche') });
      // … but her own browser gets in.
      await login(vera.email, PASSWORD, b, '198.51.100.7', own.device).expect(200);
      // Her device cookie does not help anyone with another account, nor with a forged signature.
      const otto = await person('Otto Ohne');
      await login(otto.email, PASSWORD, a, '198.51.100.7', own.device).expect(200);
      const forged = `${own.device.split('.')[0]}.${'A'.repeat(43)}`;
      await login(vera.email, PASSWORD, a, '192.0.2.68', forged).expect(429);
    });

    it('counts failures only: correct logins never add up', async () => {
      const emil = await person('Emil Erfolg');
      for (let i = 0; i < 8; i++) await login(emil.email, PASSWORD, i % 2 ? a : b, `192.0.2.${100 + i}`).expect(200);
    });
  });

  describe('account administration', () => {
    it('lists accounts with search and paging (admins only)', async () => {
      for (const name of ['Zara Zweig', 'Yannick Zweig', 'Xenia Zweig']) await person(name);
      const page = await http().get('/api/users?q=zweig&page=1&pageSize=2').set('Authorization', adminAuth).expect(200);
      expect(page.body).toEqual({
        items: [
          expect.objectContaining({ displayName: 'Xenia Zweig', status: 'active', active: true, isAdmin: false }),
          expect.objectContaining({ displayName: 'Yannick Zweig' }),
        ],
        total: 3,
        page: 1,
        pageSize: 2,
      });
      const next = await http().get('/api/users?q=ZWEIG&page=2&pageSize=2').set('Authorization', adminAuth).expect(200);
      expect(next.body.items.map((u: { displayName: string }) => u.displayName)).toEqual(['Zara Zweig']);
      const admin = await http().get('/api/users?q=admin@ecampus').set('Authorization', adminAuth).expect(200);
      expect(admin.body.items).toEqual([expect.objectContaining({ email: ADMIN.email, isAdmin: true, lastSeenAt: expect.any(String) })]);
      const none = await http().get('/api/users?q=%25').set('Authorization', adminAuth).expect(200);
      expect(none.body).toMatchObject({ items: [], total: 0 });
      await http().get('/api/users?page=0').set('Authorization', adminAuth).expect(400);

      const user = await signIn((await person('Nora Nichtadmin')).email);
      const forbidden = await http().get('/api/users').set('Authorization', user.auth).expect(403);
      expect(forbidden.body.code).toBe('forbidden');
      await http().get('/api/users').expect(401);
    });

    it('shows one account; renames; refuses to deactivate herself; 404 for unknown ids', async () => {
      const kim = await person('Kim Konto');
      const one = await http().get(`/api/users/${kim.id}`).set('Authorization', adminAuth).expect(200);
      expect(one.body).toEqual({
        id: kim.id,
        email: kim.email,
        displayName: 'Kim Konto',
        isAdmin: false,
        active: true,
        status: 'active',
        createdAt: expect.any(String),
        lastSeenAt: null,
      });
      const renamed = await http()
        .patch(`/api/users/${kim.id}`)
        .set('Authorization', adminAuth)
        .send({ displayName: 'Kim König' })
        .expect(200);
      expect(renamed.body).toMatchObject({ displayName: 'Kim König', active: true });
      await http().patch(`/api/users/${kim.id}`).set('Authorization', adminAuth).send({}).expect(400);

      const me = await http().get('/api/me').set('Authorization', adminAuth).expect(200);
      const self = await http().patch(`/api/users/${me.body.id}`).set('Authorization', adminAuth).send({ active: false }).expect(422);
      expect(self.body.code).toBe('rule_violated');
      await http().get('/api/users/00000000-0000-4000-8000-000000000000').set('Authorization', adminAuth).expect(404);
      await http().get('/api/users/keine-id').set('Authorization', adminAuth).expect(404);
      await http().patch('/api/users/keine-id').set('Authorization', adminAuth).send({ active: true }).expect(404);
    });

    it('sends a new invitation to someone without a password (older links void), never to someone with one', async () => {
      const created = await http()
        .post('/api/users')
        .set('Authorization', adminAuth)
        .send({ email: 'nele.neu@ecampus.test', displayName: 'Nele Neu' })
        .expect(201);
      const listed = await http().get(`/api/users/${created.body.id}`).set('Authorization', adminAuth).expect(200);
      expect(listed.body.status).toBe('invited');

      await http().post(`/api/users/${created.body.id}/invitation`).set('Authorization', adminAuth).expect(202);
      const mails = await a.get(MailOutboxService).findOutboxMail({ to: 'nele.neu@ecampus.test', kind: 'invitation' });
      expect(mails).toHaveLength(2);
      const tokens = mails.map((m) => tokenFromMail(m.text));
      const [older, newer] = mails[0].createdAt < mails[1].createdAt ? tokens : [tokens[1], tokens[0]];
      const set = (token: string) =>
        http().post('/api/auth/set-password').set('X-Forwarded-For', '203.0.113.77').send({ token, password: PASSWORD });
      expect((await set(older).expect(400)).body.code).toBe('invalid_token');
      await set(newer).expect(200);

      const again = await http().post(`/api/users/${created.body.id}/invitation`).set('Authorization', adminAuth).expect(409);
      expect(again.body.code).toBe('password_already_set');
      await http().post('/api/users/00000000-0000-4000-8000-000000000000/invitation').set('Authorization', adminAuth).expect(404);
    });

    it('refuses a guessable password when an admin creates an account, at the field, in German and English', async () => {
      const weak = await http()
        .post('/api/users')
        .set('Authorization', adminAuth)
        .send({ email: 'wanda.weak@ecampus.test', displayName: 'Wanda Weak', password: 'Passwort123!' })
        .expect(400);
      expect(weak.body).toMatchObject({
        code: 'validation_failed',
        fields: { password: expect.stringMatching(/^Dieses Passwort ist zu leicht/) },
      });
      const ownName = await http()
        .post('/api/users')
        .set('Authorization', adminAuth)
        .set('Accept-Language', 'en')
        .send({ email: 'wanda.weak@ecampus.test', displayName: 'Wanda Weak', password: 'WandaWeak2027' })
        .expect(400);
      expect(ownName.body.fields.password).toMatch(/^This password is too easy to guess\./);
      expect(await first.db.dataSource.query(`SELECT 1 FROM app_user WHERE email = 'wanda.weak@ecampus.test'`)).toEqual([]);
    });
  });

  describe('the refresh cookie over TLS', () => {
    it('is Secure and __Secure- prefixed when the request came over https (behind a trusted proxy), plain on http', async () => {
      const tia = await person('Tia Tls');
      const tls = await login(tia.email, PASSWORD).set('X-Forwarded-Proto', 'https').expect(200);
      const cookie = requiredCookie(tls.headers['set-cookie'], `__Secure-${REFRESH}`);
      expect(cookie.raw).toMatch(/; Secure/);
      expect(cookie.raw).toMatch(/HttpOnly/);
      expect(cookie.raw).toMatch(/Path=\/api\/auth/);
      expect(cookieFrom(tls.headers['set-cookie'], `__Secure-${DEVICE}`)?.raw).toMatch(/; Secure/);
      expect(cookieFrom(tls.headers['set-cookie'], REFRESH)).toBeUndefined();
      // Over https only the prefixed name is read.
      await http().post('/api/auth/refresh').set('X-Forwarded-Proto', 'https').set('Cookie', `${REFRESH}=${cookie.value}`).expect(401);
      await http()
        .post('/api/auth/refresh')
        .set('X-Forwarded-Proto', 'https')
        .set('Cookie', `__Secure-${REFRESH}=${cookie.value}`)
        .expect(200);

      const plain = await login(tia.email, PASSWORD).expect(200);
      expect(cookieFrom(plain.headers['set-cookie'], REFRESH)?.raw).not.toMatch(/Secure/);
    });

    it('is Secure whenever PUBLIC_URL is https', async () => {
      const tlsApi = await createTestApi({ features: [IdentityModule], env: { PUBLIC_URL: 'https://campus.example.org' }, services });
      try {
        const res = await request(tlsApi.app.getHttpServer()).post('/api/auth/login').send(ADMIN).expect(200);
        expect(cookieFrom(res.headers['set-cookie'], `__Secure-${REFRESH}`)?.raw).toMatch(/; Secure/);
      } finally {
        await tlsApi.close();
      }
    });
  });
});
