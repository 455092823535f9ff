import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import request from 'supertest';
import {
  createTestApi,
  createTestWorker,
  signAccessToken,
  type TestApi,
  type TestDatabase,
  type TestWorker,
} from '@ecampus/api/platform/testing';
import { EndedSessions } from '@ecampus/api/platform/auth';
import type { HealthCheckJob } from '@ecampus/shared/contracts';
import { HealthJobsModule, HealthModule } from './lib/health.module';

/** A port nothing listens on: Redis "down". */
const CLOSED_REDIS_URL = 'redis://127.0.0.1:1';

describe('health (API + worker, real PostgreSQL + Redis)', () => {
  let api: TestApi;
  let db: TestDatabase;
  let app: TestApi['app'];
  // The real worker: the round trip below crosses both processes' code.
  let worker: TestWorker;
  let admin: string;
  let user: string;

  beforeAll(async () => {
    api = await createTestApi({ features: [HealthModule] });
    ({ app, db } = api);
    worker = await createTestWorker({ jobs: [HealthJobsModule], services: api.services, env: { RECONCILE_INTERVAL_SECONDS: '3600' } });
    admin = (await signAccessToken(app, { id: randomUUID(), email: 'admin@example.org', isAdmin: true })).token;
    user = (await signAccessToken(app, { id: randomUUID(), email: 'mentee@example.org', isAdmin: false })).token;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('GET /api/health is public and 200 when PostgreSQL and Redis answer; only an admin sees the details', async () => {
    const http = request(app.getHttpServer());
    const res = await http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
    // Any other token gets the public answer, never a 401 (load balancers send none).
    expect((await http.get('/api/health').set('Authorization', `Bearer ${user}`).expect(200)).body).toEqual({ status: 'ok' });
    expect((await http.get('/api/health').set('Authorization', 'Bearer erfunden').expect(200)).body).toEqual({ status: 'ok' });
    const detailed = await http.get('/api/health').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(detailed.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('an admin token of an ended session gets the public answer only', async () => {
    const sessionId = randomUUID();
    const ended = (await signAccessToken(app, { id: randomUUID(), email: 'ehemals@example.org', isAdmin: true, sessionId })).token;
    await app.get(EndedSessions).end([sessionId]);
    const res = await request(app.getHttpServer()).get('/api/health').set('Authorization', `Bearer ${ended}`).expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('a queued health job round-trips: POST → worker → GET shows done', async () => {
    const http = request(app.getHttpServer());
    const { body } = await http.post('/api/health/jobs').set('Authorization', `Bearer ${admin}`).expect(202);
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);

    let job: HealthCheckJob | undefined;
    const until = Date.now() + 15000;
    while (Date.now() < until) {
      job = (await http.get(`/api/health/jobs/${body.id}`).set('Authorization', `Bearer ${admin}`).expect(200)).body;
      if (job?.status === 'done') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({ id: body.id, status: 'done', processedBy: `${hostname()}:${process.pid}` });
    expect(Date.parse(job?.processedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(job?.createdAt ?? ''));
  });

  it.each([
    ['no token', undefined, 401, 'unauthenticated'],
    ['a non-admin', 'user', 403, 'forbidden'],
  ])('refuses health jobs to %s', async (_who, token, status, code) => {
    const auth = token ? { Authorization: `Bearer ${user}` } : {};
    const post = await request(app.getHttpServer()).post('/api/health/jobs').set(auth).expect(status);
    expect(post.body).toMatchObject({ statusCode: status, code });
    expect(post.body.message).toEqual(expect.any(String));
    await request(app.getHttpServer()).get(`/api/health/jobs/${randomUUID()}`).set(auth).expect(status);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM health_check_job`);
    expect(n).toBe(1); // only the admin's job of the round trip
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const http = request(app.getHttpServer());
    const bad = await http.get('/api/health/jobs/kein-uuid').set('Authorization', `Bearer ${admin}`).expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, code: 'validation_failed', message: 'Die Auftragsnummer ist ungültig.' });
    const missing = await http.get(`/api/health/jobs/${randomUUID()}`).set('Authorization', `Bearer ${admin}`).expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  describe('with Redis unreachable', () => {
    let down: TestApi['app'];
    let downApi: TestApi;

    beforeAll(async () => {
      downApi = await createTestApi({ features: [HealthModule], services: api.services, env: { REDIS_URL: CLOSED_REDIS_URL } });
      down = downApi.app;
    });
    afterAll(async () => {
      await downApi?.close();
    });

    it('GET /api/health is 503 with up/down only for the public', async () => {
      const res = await request(down.getHttpServer()).get('/api/health').expect(503);
      expect(res.body).toEqual({
        statusCode: 503,
        code: 'service_unavailable',
        message: 'Der Dienst ist vorübergehend nicht verfügbar.',
        status: 'error',
      });
      expect(JSON.stringify(res.body)).not.toMatch(/redis|ECONNREFUSED|127\.0\.0\.1/i);
    });

    it('GET /api/health is 503 with details for an admin', async () => {
      const res = await request(down.getHttpServer()).get('/api/health').set('Authorization', `Bearer ${admin}`).expect(503);
      expect(res.body).toMatchObject({
        statusCode: 503,
        code: 'service_unavailable',
        status: 'error',
        details: { database: { status: 'up' }, redis: { status: 'down' } },
      });
      expect(res.body.message).toContain('redis');
    });

    it('still accepts a health job: the durable row waits for the reconciler', async () => {
      const res = await request(down.getHttpServer()).post('/api/health/jobs').set('Authorization', `Bearer ${admin}`).expect(202);
      const [row] = await db.dataSource.query(`SELECT status FROM health_check_job WHERE id = $1`, [res.body.id]);
      expect(row.status).toBe('pending');
    });
  });
});
