import type { ChildProcess } from 'node:child_process';
import { createRedisClient } from '@ecampus/api/platform/queue';
import {
  createTestApi,
  createTestServices,
  eventually,
  startTestRedisServer,
  type TestApi,
  type TestRedisServer,
  type TestServices,
} from '@ecampus/api/platform/testing';
import { CertificatesModule } from './lib/certificates.module';
import { issuingFixtures } from './testing/issuing-fixtures';
import { killWorker, startWorkerProcess } from './testing/worker-process';

/*
 * Issuing with real worker processes (the production builder in child processes): one is killed
 * with SIGKILL in the middle of a batch, Redis is flushed (FLUSHALL) in the middle of another, two
 * workers take the same queue — in each case every eligible person ends with exactly one valid,
 * rendered certificate. A redis-server of this file's own, so FLUSHALL hurts nobody else.
 */
describe('certificates: worker processes die, Redis forgets, two workers race', () => {
  let redisServer: TestRedisServer;
  let services: TestServices;
  let api: TestApi;
  let f: ReturnType<typeof issuingFixtures>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    redisServer = await startTestRedisServer();
    services = await createTestServices({ redisUrl: redisServer.url });
    api = await createTestApi({ features: [CertificatesModule], services });
    f = issuingFixtures(api);
  }, 60_000);

  afterAll(async () => {
    for (const child of children) await killWorker(child);
    await api?.close();
    await services?.release();
    await redisServer?.stop();
  });

  const worker = async () => {
    const child = await startWorkerProcess(api.services);
    children.push(child);
    return child;
  };
  const done = async (programId: string) => (await f.holdings(programId)).done;
  const start = async (programId: string, auth: string) =>
    (await api.http().post(`/api/programs/${programId}/certificate-batches`).set('Authorization', auth).send({}).expect(202)).body
      .id as string;

  it('kill -9 of the worker in the middle of a batch: a new worker finishes it, one certificate each', async () => {
    const { programId, coordinator } = await f.program(60);
    const first = await worker();
    await start(programId, coordinator.auth);
    await eventually(async () => (await done(programId)) >= 6, 'erste Bescheinigungen', 60_000);
    await killWorker(first);
    expect(await done(programId)).toBeLessThan(60);
    await worker();
    await eventually(async () => (await done(programId)) === 60, 'alle Bescheinigungen nach dem Neustart', 120_000);
    expect(await f.holdings(programId)).toEqual({ valid: 60, done: 60, people: 60, duplicates: 0 });
  }, 240_000);

  it('FLUSHALL in the middle of a batch: the reconciler re-enqueues what is pending, one certificate each', async () => {
    const { programId, coordinator } = await f.program(80);
    await worker();
    await start(programId, coordinator.auth);
    await eventually(async () => (await done(programId)) >= 5, 'erste Bescheinigungen', 60_000);
    const redis = createRedisClient(services.redisUrl, { lazyConnect: false, enableOfflineQueue: true });
    try {
      expect(await redis.flushall()).toBe('OK');
      expect(await redis.dbsize()).toBe(0);
    } finally {
      redis.disconnect();
    }
    expect(await done(programId)).toBeLessThan(80);
    await eventually(async () => (await done(programId)) === 80, 'alle Bescheinigungen nach dem Abgleich', 120_000);
    expect(await f.holdings(programId)).toEqual({ valid: 80, done: 80, people: 80, duplicates: 0 });
  }, 240_000);

  it('two workers at once issue no duplicate', async () => {
    const { programId, coordinator } = await f.program(60);
    await Promise.all([worker(), worker()]);
    const batchId = await start(programId, coordinator.auth);
    await eventually(async () => (await done(programId)) === 60, 'alle Bescheinigungen', 120_000);
    expect(await f.holdings(programId)).toEqual({ valid: 60, done: 60, people: 60, duplicates: 0 });
    const batch = (await api.http().get(`/api/certificate-batches/${batchId}`).set('Authorization', coordinator.auth).expect(200)).body;
    expect(batch).toMatchObject({ status: 'done', total: 60, completed: 60, failed: 0 });
  }, 240_000);
});
