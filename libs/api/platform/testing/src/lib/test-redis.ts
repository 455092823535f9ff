import { randomBytes } from 'node:crypto';
import { createRedisClient, deleteKeysWithPrefix } from '@ecampus/api/platform/queue';

/** The Redis integration tests use: TEST_REDIS_URL, REDIS_URL, or the local default. */
export function testRedisUrl(): string {
  return process.env['TEST_REDIS_URL'] ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
}

/** A Redis key prefix unique to one test file, so parallel runs never see each other's keys. */
export function testRedisPrefix(): string {
  return `ect_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/**
 * Removes every key a test run wrote. BullMQ (`<prefix>:<queue>:…`), the login limits and session lists
 * (`<prefix>:attempts:…`, `<prefix>:auth:…`) and the Socket.IO streams adapter (`<prefix>:socket.io`,
 * `<prefix>:sio:session:…`) all write under `<prefix>:`, and nothing else does.
 */
export async function cleanTestRedis(url: string, prefix: string): Promise<void> {
  const redis = createRedisClient(url, { lazyConnect: false, enableOfflineQueue: true });
  try {
    await deleteKeysWithPrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}
