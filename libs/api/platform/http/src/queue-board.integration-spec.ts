import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { EndedSessions } from '@ecampus/api/platform/auth';
import { QueueName } from '@ecampus/api/platform/queue';
import { cookieFrom, createTestApi, createTestServices, signAccessToken, type TestApi, type TestServices } from '@ecampus/api/platform/testing';
import { QUEUE_BOARD_PATH } from './lib/queue-board';

/** Bull Board for admins only: the token hand-off into a board-only cookie, and every refusal. */
describe('Bull Board for admins (issue 11, item 6)', () => {
  let services: TestServices;
  let t: TestApi;
  let queue: Queue;

  beforeAll(async () => {
    services = await createTestServices();
    t = await createTestApi({ features: [], services });
    queue = new Queue(QueueName.Certificates, { connection: { url: services.redisUrl }, prefix: t.config.REDIS_PREFIX });
    await queue.add('render', { certificateId: 'c1', version: 1 }, { jobId: 'board-probe', delay: 60_000 });
  });
  afterAll(async () => {
    await queue?.close();
    await t?.close();
    await services?.release();
  });

  const admin = () => signAccessToken(t.app, { id: randomUUID(), email: 'admin@example.org', isAdmin: true });
  const mentee = () => signAccessToken(t.app, { id: randomUUID(), email: 'mentee@example.org', isAdmin: false });

  /** The cookie an admin's hand-off sets, as a Cookie header. */
  async function boardCookie(auth: string): Promise<string> {
    const res = await t.http().post('/api/admin/queues/session').set('Authorization', auth).expect(200);
    expect(res.body.url).toBe(`${QUEUE_BOARD_PATH}/`);
    const cookie = cookieFrom(res.headers['set-cookie'], 'ecampus_queue_board');
    expect(cookie?.raw).toMatch(/HttpOnly/i);
    expect(cookie?.raw).toMatch(/SameSite=Strict/i);
    expect(cookie?.raw).toContain(`Path=${QUEUE_BOARD_PATH}`);
    expect(cookie?.raw).toMatch(/Expires=/);
    return `ecampus_queue_board=${cookie?.value}`;
  }

  it('hands the board cookie only to admins: 401 without a token, 403 to others', async () => {
    await t.http().post('/api/admin/queues/session').expect(401);
    const res = await t.http().post('/api/admin/queues/session').set('Authorization', (await mentee()).auth).expect(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('shows an admin the board with every queue of eCampus and its jobs', async () => {
    const cookie = await boardCookie((await admin()).auth);
    const page = await t.http().get(`${QUEUE_BOARD_PATH}/`).set('Cookie', cookie).expect(200);
    expect(page.text).toContain('eCampus – Warteschlangen');
    // The page's own script loads from our origin (the Content-Security-Policy allows 'self' only).
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    await t.http().get(`${QUEUE_BOARD_PATH}/${script}`).set('Cookie', cookie).expect(200);
    const queues = await t.http().get(`${QUEUE_BOARD_PATH}/api/queues`).query({ activeQueue: QueueName.Certificates, status: 'delayed' }).set('Cookie', cookie).expect(200);
    const names = (queues.body.queues as { name: string }[]).map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(QueueName)));
    const certificates = (queues.body.queues as { name: string; counts: Record<string, number> }[]).find((q) => q.name === QueueName.Certificates);
    expect(certificates?.counts['delayed']).toBe(1);
  });

  it('refuses the board without the cookie, to a non-admin and after the session ended', async () => {
    const none = await t.http().get(`${QUEUE_BOARD_PATH}/`).expect(401);
    expect(none.text).toContain('als Administratorin oder Administrator an');
    await t.http().get(`${QUEUE_BOARD_PATH}/api/queues`).set('Cookie', 'ecampus_queue_board=forged').expect(401);
    // A participant's token placed into the cookie by hand: authenticated, not an admin.
    await t.http().get(`${QUEUE_BOARD_PATH}/api/queues`).set('Cookie', `ecampus_queue_board=${(await mentee()).token}`).expect(403);
    // The cookie is the token itself: logging out (the session ends) ends the board too.
    const sessionId = randomUUID();
    const { auth } = await signAccessToken(t.app, { id: randomUUID(), email: 'admin2@example.org', isAdmin: true, sessionId });
    const cookie = await boardCookie(auth);
    await t.http().get(`${QUEUE_BOARD_PATH}/api/queues`).set('Cookie', cookie).expect(200);
    await t.app.get(EndedSessions).end([sessionId]);
    await t.http().get(`${QUEUE_BOARD_PATH}/api/queues`).set('Cookie', cookie).expect(401);
  });

  it('lets an admin act on a queue from eCampus itself, never from another origin', async () => {
    const cookie = await boardCookie((await admin()).auth);
    const pause = `${QUEUE_BOARD_PATH}/api/queues/${QueueName.Certificates}/pause`;
    await t.http().put(pause).set('Cookie', cookie).set('Origin', 'https://evil.example').expect(403);
    expect(await queue.isPaused()).toBe(false);
    await t.http().put(pause).set('Cookie', cookie).set('Origin', new URL(t.config.PUBLIC_URL).origin).expect(200);
    expect(await queue.isPaused()).toBe(true);
    await t.http().put(`${QUEUE_BOARD_PATH}/api/queues/${QueueName.Certificates}/resume`).set('Cookie', cookie).expect(200);
    expect(await queue.isPaused()).toBe(false);
  });

  it('ends the board cookie on request', async () => {
    const res = await t.http().delete('/api/admin/queues/session').set('Authorization', (await admin()).auth).expect(204);
    expect(cookieFrom(res.headers['set-cookie'], 'ecampus_queue_board')?.raw).toMatch(/Expires=Thu, 01 Jan 1970/);
  });
});
