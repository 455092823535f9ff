import type { ApiApplication } from '@ecampus/api/platform/http';
import request from 'supertest';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import {
  cookieFrom,
  requiredCookie,
  tokenFromMail,
  createTestApi,
  createTestServices,
  type TestApi,
  type TestDatabase,
  type TestEnv,
  type TestServices,
} from '@ecampus/api/platform/testing';
import { IdentityModule } from './lib/identity.module';
import { REFRESH_REUSE_GRACE_SECONDS } from './lib/sessions.service';

/** Identity's routes on the real API edge; `services` shared by the processes of one describe. */
const identityApi = (services: TestServices, env: TestEnv) => createTestApi({ features: [IdentityModule], env, services });

const ADMIN = { email: 'admin@ecampus.test', password: 'admin-passwort-123' };
const REFRESH = 'ecampus_refresh';

describe('accounts and sessions (real app, PostgreSQL, Redis)', () => {
  let db: TestDatabase;
  let services: TestServices;
  let processes: TestApi[] = [];
  let api: ApiApplication;

  const http = (app = api) => request(app.getHttpServer());
  const login = (email: string, password: string, app = api) => http(app).post('/api/auth/login').send({ email, password });
  /** Moves a token's first use to before the reuse grace, as if it had been rotated a minute ago. */
  const usedLongAgo = (token: string) =>
    db.dataSource.query(
      `UPDATE refresh_session SET used_at = now() - make_interval(secs => $2) WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
      [token, REFRESH_REUSE_GRACE_SECONDS + 30],
    );
  const usedAt = async (token: string): Promise<Date> =>
    (await db.dataSource.query(`SELECT used_at FROM refresh_session WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]))[0]
      .used_at;
  const adminToken = async () => (await login(ADMIN.email, ADMIN.password).expect(200)).body.accessToken as string;

  beforeAll(async () => {
    services = await createTestServices();
    db = services.db;
    // Two processes starting at once against one empty database: exactly one first admin.
    const env = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
    processes = await Promise.all([identityApi(services, env), identityApi(services, env)]);
    api = processes[0].app;
  });

  afterAll(async () => {
    for (const p of processes) await p.close();
    await services?.release();
  });

  it('creates the first admin once, even when two API processes start together', async () => {
    const rows = await db.dataSource.query(`SELECT email, is_admin FROM app_user WHERE is_admin`);
    expect(rows).toEqual([{ email: ADMIN.email, is_admin: true }]);
  });

  it('logs in with an access token, the user and an httpOnly refresh cookie scoped to /api/auth', async () => {
    const res = await login('ADMIN@ecampus.test', ADMIN.password).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      expiresIn: 900,
      user: { id: expect.any(String), email: ADMIN.email, displayName: expect.any(String), isAdmin: true },
    });
    const cookie = cookieFrom(res.headers['set-cookie'], REFRESH);
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie?.raw).toMatch(/HttpOnly/);
    expect(cookie?.raw).toMatch(/SameSite=Strict/);
    expect(cookie?.raw).toMatch(/Path=\/api\/auth/);
    // Stored only as a hash.
    const stored = await db.dataSource.query(`SELECT token_hash FROM refresh_session`);
    expect(stored.some((r: { token_hash: string }) => r.token_hash === cookie?.value)).toBe(false);
  });

  it('answers GET /api/me for the bearer and 401 without or with a bad token', async () => {
    const token = await adminToken();
    const me = await http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toEqual({ id: expect.any(String), email: ADMIN.email, displayName: expect.any(String), isAdmin: true });

    const none = await http().get('/api/me').expect(401);
    expect(none.body).toEqual({ statusCode: 401, code: 'unauthenticated', message: expect.any(String) });
    const forged = await http()
      .get('/api/me')
      .set('Authorization', `Bearer ${token.slice(0, -2)}xx`)
      .expect(401);
    expect(forged.body.code).toBe('unauthenticated');
    await http().get('/api/me').set('Authorization', token).expect(401);
  });

  it('gives the identical 401 for an unknown e-mail and a wrong password, in similar time', async () => {
    const unknown = await login('niemand@ecampus.test', 'irgendein-passwort').expect(401);
    const wrong = await login(ADMIN.email, 'falsches-passwort-1').expect(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body).toEqual({ statusCode: 401, code: 'invalid_credentials', message: 'E-Mail-Adresse oder Passwort ist falsch.' });

    const time = async (email: string) => {
      const t: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = process.hrtime.bigint();
        await login(email, 'falsches-passwort-1').expect(401);
        t.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      return t.sort((a, b) => a - b)[1];
    };
    const tUnknown = await time('niemand@ecampus.test');
    const tWrong = await time(ADMIN.email);
    // Both pay one argon2 verification; without the dummy hash the unknown case is ~10× faster.
    expect(tUnknown / tWrong).toBeGreaterThan(0.5);
    expect(tUnknown / tWrong).toBeLessThan(2);
  });

  it('rotates the refresh token: the new one works, the old one no longer does', async () => {
    const first = requiredCookie((await login(ADMIN.email, ADMIN.password).expect(200)).headers['set-cookie'], REFRESH);
    const r1 = await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${first.value}`).expect(200);
    expect(r1.body.accessToken).toEqual(expect.any(String));
    expect(r1.body.user.email).toBe(ADMIN.email);
    const second = requiredCookie(r1.headers['set-cookie'], REFRESH);
    expect(second.value).not.toBe(first.value);

    const r2 = await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${second.value}`).expect(200);
    const third = requiredCookie(r2.headers['set-cookie'], REFRESH);
    await http().get('/api/me').set('Authorization', `Bearer ${r2.body.accessToken}`).expect(200);

    // Presenting the rotated first token again after the grace is reuse: 401 …
    await usedLongAgo(first.value);
    const reuse = await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${first.value}`).expect(401);
    expect(reuse.body).toEqual({ statusCode: 401, code: 'unauthenticated', message: expect.any(String) });
    // … and it kills the whole family, including the newest token.
    await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${third.value}`).expect(401);
    const family = await db.dataSource.query(
      `SELECT count(*)::int AS live FROM refresh_session WHERE family_id = (SELECT family_id FROM refresh_session WHERE token_hash = encode(sha256($1::bytea), 'hex')) AND revoked_at IS NULL`,
      [third.value],
    );
    expect(family[0].live).toBe(0);
  });

  it('keeps the session when the browser presents a just-rotated token again (two tabs, a cut-off page load)', async () => {
    const c = requiredCookie((await login(ADMIN.email, ADMIN.password).expect(200)).headers['set-cookie'], REFRESH);
    // Two tabs opening at once send the same cookie; the browser keeps whichever answer comes last.
    const both = await Promise.all([0, 1].map(() => http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${c.value}`)));
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const successors = both.map((r) => requiredCookie(r.headers['set-cookie'], REFRESH).value);
    expect(new Set([c.value, ...successors]).size).toBe(3);
    const firstUse = await usedAt(c.value);
    // A page load cut off after the server rotated: the old cookie once more, still within the grace.
    const late = await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${c.value}`).expect(200);
    for (const next of [...successors, requiredCookie(late.headers['set-cookie'], REFRESH).value]) {
      await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${next}`).expect(200);
    }
    // The grace runs from the first use: presenting the token again does not extend it.
    expect(await usedAt(c.value)).toEqual(firstUse);
  });

  it('does not let another login of the same person suffer from a revoked family', async () => {
    const a = requiredCookie((await login(ADMIN.email, ADMIN.password).expect(200)).headers['set-cookie'], REFRESH);
    const b = requiredCookie((await login(ADMIN.email, ADMIN.password).expect(200)).headers['set-cookie'], REFRESH);
    await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${a.value}`).expect(200);
    await usedLongAgo(a.value);
    await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${a.value}`).expect(401);
    await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${b.value}`).expect(200);
  });

  it('logs out: the refresh cookie is cleared and no longer works; refresh without cookie is 401', async () => {
    const c = requiredCookie((await login(ADMIN.email, ADMIN.password).expect(200)).headers['set-cookie'], REFRESH);
    const out = await http().post('/api/auth/logout').set('Cookie', `${REFRESH}=${c.value}`).expect(204);
    expect(cookieFrom(out.headers['set-cookie'], REFRESH)?.raw).toMatch(/Expires=Thu, 01 Jan 1970/);
    await http().post('/api/auth/refresh').set('Cookie', `${REFRESH}=${c.value}`).expect(401);
    await http().post('/api/auth/refresh').expect(401);
    await http().post('/api/auth/logout').expect(204);
  });

  describe('POST /api/users (admin only)', () => {
    it('is 401 without a token and 403 for a non-admin', async () => {
      await http().post('/api/users').send({ email: 'x@ecampus.test', displayName: 'X' }).expect(401);
      const token = await adminToken();
      await http()
        .post('/api/users')
        .set('Authorization', `Bearer ${token}`)
        .send({ email: 'nicht.admin@ecampus.test', displayName: 'Nicht Admin', password: 'ein-langes-passwort' })
        .expect(201);
      const userToken = (await login('nicht.admin@ecampus.test', 'ein-langes-passwort').expect(200)).body.accessToken;
      const res = await http()
        .post('/api/users')
        .set('Authorization', `Bearer ${userToken}`)
        .send({ email: 'y@ecampus.test', displayName: 'Y', password: 'ein-langes-passwort' })
        .expect(403);
      expect(res.body).toEqual({ statusCode: 403, code: 'forbidden', message: expect.any(String) });
      expect(await db.dataSource.query(`SELECT 1 FROM app_user WHERE email = 'y@ecampus.test'`)).toEqual([]);
    });

    it('creates a user (201) and answers 409 for the same e-mail in other letter case', async () => {
      const token = await adminToken();
      const created = await http()
        .post('/api/users')
        .set('Authorization', `Bearer ${token}`)
        .send({ email: 'Marta.Muster@ecampus.test', displayName: 'Marta Muster', password: 'marta-passwort-1' })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        email: 'Marta.Muster@ecampus.test',
        displayName: 'Marta Muster',
        isAdmin: false,
      });
      const dup = await http()
        .post('/api/users')
        .set('Authorization', `Bearer ${token}`)
        .send({ email: 'marta.muster@ECAMPUS.test', displayName: 'Andere Marta', password: 'marta-passwort-2' })
        .expect(409);
      expect(dup.body).toEqual({ statusCode: 409, code: 'email_taken', message: 'Diese E-Mail-Adresse ist bereits registriert.' });
      // Login is case-insensitive too.
      await login('MARTA.muster@ecampus.test', 'marta-passwort-1').expect(200);
    });

    it('answers 400 with a German message and fields for malformed input', async () => {
      const token = await adminToken();
      const res = await http()
        .post('/api/users')
        .set('Authorization', `Bearer ${token}`)
        .send({ email: 'keine-adresse', displayName: '', password: 'kurz' })
        .expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        code: 'validation_failed',
        message: 'Bitte eine gültige E-Mail-Adresse angeben',
        fields: {
          email: 'Bitte eine gültige E-Mail-Adresse angeben',
          displayName: 'Bitte einen Namen angeben',
          password: 'Das Passwort braucht mindestens 10 Zeichen',
        },
      });
      const wrongType = await http().post('/api/users').set('Authorization', `Bearer ${token}`).send({ email: 42 }).expect(400);
      expect(wrongType.body.code).toBe('validation_failed');
      expect(wrongType.body.message).toMatch(/Ungültig|Eingabe|erwartet/i);
    });
  });

  it('invites without a password: the set-password link works once, then never again', async () => {
    const token = await adminToken();
    const res = await http()
      .post('/api/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ email: 'eingeladen@ecampus.test', displayName: 'Erika Eingeladen' })
      .expect(201);
    expect(res.body.email).toBe('eingeladen@ecampus.test');
    await login('eingeladen@ecampus.test', 'irgendein-passwort').expect(401);

    const [mail] = await api.get(MailOutboxService).findOutboxMail({ to: 'eingeladen@ecampus.test', kind: 'invitation' });
    expect(mail.subject).toBe('Ihre Einladung zu eCampus');
    expect(mail.text).toContain('Hallo Erika Eingeladen');
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/passwort-setzen\?token=[A-Za-z0-9_-]+/);
    const setToken = tokenFromMail(mail.text);

    const weak = await http().post('/api/auth/set-password').send({ token: setToken, password: 'kurz' }).expect(400);
    expect(weak.body.fields.password).toBe('Das Passwort braucht mindestens 10 Zeichen');

    const ok = await http().post('/api/auth/set-password').send({ token: setToken, password: 'mein-neues-passwort' }).expect(200);
    expect(ok.body.user.email).toBe('eingeladen@ecampus.test');
    expect(cookieFrom(ok.headers['set-cookie'], REFRESH)).toBeDefined();
    await http().get('/api/me').set('Authorization', `Bearer ${ok.body.accessToken}`).expect(200);

    const again = await http().post('/api/auth/set-password').send({ token: setToken, password: 'noch-ein-passwort' }).expect(400);
    expect(again.body).toEqual({ statusCode: 400, code: 'invalid_token', message: expect.stringContaining('ungültig') });
    await login('eingeladen@ecampus.test', 'mein-neues-passwort').expect(200);
    await login('eingeladen@ecampus.test', 'noch-ein-passwort').expect(401);
    await http().post('/api/auth/set-password').send({ token: 'erfunden', password: 'noch-ein-passwort' }).expect(400);
  });

  it('refuses an expired set-password link', async () => {
    const token = await adminToken();
    await http()
      .post('/api/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ email: 'abgelaufen@ecampus.test', displayName: 'Abgelaufen' })
      .expect(201);
    const [mail] = await api.get(MailOutboxService).findOutboxMail({ to: 'abgelaufen@ecampus.test', kind: 'invitation' });
    const setToken = tokenFromMail(mail.text);
    await db.dataSource.query(
      `UPDATE password_token SET expires_at = now() - interval '1 minute'
        WHERE user_id = (SELECT id FROM app_user WHERE email = 'abgelaufen@ecampus.test')`,
    );
    const res = await http().post('/api/auth/set-password').send({ token: setToken, password: 'mein-neues-passwort' }).expect(400);
    expect(res.body.code).toBe('invalid_token');
  });
});

describe('login rate limit across two API processes (shared Redis)', () => {
  let services: TestServices;
  let processes: TestApi[] = [];
  let a: ApiApplication;
  let b: ApiApplication;

  beforeAll(async () => {
    services = await createTestServices();
    // One trusted proxy hop, so tests can speak for different client IPs via X-Forwarded-For.
    const env = {
      LOGIN_RATE_LIMIT: '3',
      LOGIN_IP_RATE_LIMIT: '3',
      LOGIN_RATE_WINDOW_SECONDS: '60',
      TRUST_PROXY_HOPS: '1',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
    processes = await Promise.all([identityApi(services, env), identityApi(services, env)]);
    [a, b] = processes.map((p) => p.app);
  });

  afterAll(async () => {
    for (const p of processes) await p.close();
    await services?.release();
  });

  const attempt = (app: ApiApplication, email: string, ip: string, password = 'falsches-passwort') =>
    request(app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('limits one account from changing IPs, alternating between the processes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt(i % 2 ? b : a, ADMIN.email, `198.51.100.${i + 1}`)).status);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await attempt(b, ADMIN.email, '198.51.100.50', ADMIN.password);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ statusCode: 429, code: 'rate_limited', message: expect.stringContaining('Zu viele Anmeldeversuche') });
    const other = await attempt(a, ADMIN.email, '198.51.100.51', ADMIN.password);
    expect(other.status).toBe(429);
  });

  it('limits one IP trying many accounts, alternating between the processes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt(i % 2 ? a : b, `person${i}@ecampus.test`, '203.0.113.7')).status);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await attempt(a, 'noch.jemand@ecampus.test', '203.0.113.7');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    // Another IP and another account are unaffected.
    expect((await attempt(b, 'frei@ecampus.test', '203.0.113.8')).status).toBe(401);
  });
});

describe('login rate limit per IP is separate from the one per account', () => {
  let t: TestApi;
  let app: ApiApplication;

  beforeAll(async () => {
    t = await createTestApi({
      features: [IdentityModule],
      env: { LOGIN_RATE_LIMIT: '2', LOGIN_IP_RATE_LIMIT: '8', TRUST_PROXY_HOPS: '1' },
    });
    app = t.app;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lets a room full of people behind one address log in, up to the IP limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await request(app.getHttpServer())
        .post('/api/auth/login')
        .set('X-Forwarded-For', '192.0.2.10')
        .send({ email: `teilnehmerin${i}@ecampus.test`, password: 'falsches-passwort' });
      statuses.push(res.status);
    }
    // Eight different accounts pass the per-account limit of 2; the ninth request hits the IP limit.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
  });
});
