import { createRedisClient, deleteKeysWithPrefix } from '@ecampus/api/platform/queue';
import { testRedisPrefix, testRedisUrl } from '@ecampus/api/platform/testing';
import { AttemptThrottle, budgetKey, FIRST_WAIT_MS } from './attempt-throttle';

describe('AttemptThrottle (real Redis)', () => {
  const prefix = testRedisPrefix();
  const redis = createRedisClient(testRedisUrl(), { lazyConnect: false, enableOfflineQueue: true });
  const throttle = new AttemptThrottle({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, LOGIN_RATE_WINDOW_SECONDS: 300 });
  const account = { key: budgetKey('login-account', 'ana@example.org'), limit: 3 };
  const ip = { key: budgetKey('login-ip', '192.0.2.1'), limit: 100 };
  /** Moves the last failure of a budget into the past, as if time had passed. */
  const age = (key: string, ms: number) => redis.hincrby(`${prefix}:attempts:${key}`, 'last', -ms);

  afterAll(async () => {
    await deleteKeysWithPrefix(redis, prefix);
    redis.disconnect();
    throttle.onApplicationShutdown();
  });

  it('names no person in its keys', () => {
    expect(account.key).not.toContain('ana');
    expect(account.key).toMatch(/^login-account:[A-Za-z0-9_-]{32}$/);
  });

  it('lets the free attempts through, then makes every further one wait longer', async () => {
    for (let i = 0; i < 3; i++) expect(await throttle.take([account, ip])).toBe(0);
    const wait = await throttle.take([account, ip]);
    expect(wait).toBeGreaterThan(FIRST_WAIT_MS - 1000);
    expect(wait).toBeLessThanOrEqual(FIRST_WAIT_MS);
    // A refused attempt counts nothing.
    expect(await redis.hget(`${prefix}:attempts:${ip.key}`, 'n')).toBe('3');

    await age(account.key, FIRST_WAIT_MS);
    expect(await throttle.take([account, ip])).toBe(0); // the fourth failure may be tried …
    const longer = await throttle.take([account, ip]); // … and the fifth waits twice as long
    expect(longer).toBeGreaterThan(2 * FIRST_WAIT_MS - 1000);
    expect(longer).toBeLessThanOrEqual(2 * FIRST_WAIT_MS);
  });

  it('caps the wait at LOGIN_RATE_WINDOW_SECONDS', async () => {
    const key = { key: budgetKey('login-account', 'ben@example.org'), limit: 1 };
    await throttle.take([key]);
    await redis.hset(`${prefix}:attempts:${key.key}`, 'n', 40);
    expect(await throttle.take([key])).toBeLessThanOrEqual(300_000);
  });

  it('forgets on reset, gives back on refund (never below nothing)', async () => {
    await throttle.reset([account.key]);
    expect(await throttle.take([account])).toBe(0);
    await throttle.refund([ip.key]);
    expect(await redis.hget(`${prefix}:attempts:${ip.key}`, 'n')).toBe('3'); // four failures, one given back
    const fresh = budgetKey('login-ip', '192.0.2.2');
    await throttle.refund([fresh]);
    expect(await redis.exists(`${prefix}:attempts:${fresh}`)).toBe(0);
  });
});
