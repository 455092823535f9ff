import { Redis, type RedisOptions } from 'ioredis';

/**
 * A plain ioredis client for non-queue uses (health probe, Socket.IO adapter, eviction check).
 * Fails commands fast while disconnected instead of queueing them forever.
 */
export function createRedisClient(url: string, options: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: true,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...options,
  });
  // Without a listener ioredis reports every failed reconnect as an unhandled 'error' event.
  client.on('error', () => undefined);
  return client;
}

export interface EvictionPolicyCheck {
  ok: boolean;
  policy: string;
}

/** What the eviction check asks of a client (an ioredis `Redis` has both). */
export interface RedisSettingsReader {
  config(subcommand: 'GET', parameter: string): Promise<unknown>;
  info(section: string): Promise<string>;
}

/**
 * BullMQ loses jobs silently when Redis evicts keys: only `noeviction` is safe. Reads the policy
 * with CONFIG GET and falls back to INFO where CONFIG is disabled (managed Redis services).
 */
export async function checkRedisEvictionPolicy(client: RedisSettingsReader): Promise<EvictionPolicyCheck> {
  let policy: string | undefined;
  try {
    const answer = (await client.config('GET', 'maxmemory-policy')) as string[];
    policy = answer[1];
  } catch {
    const info = await client.info('memory');
    policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  }
  policy = policy ?? 'unbekannt';
  return { ok: policy === 'noeviction', policy };
}

/** Deletes every key under `<prefix>:` (tests, `db:reset`). SCAN, so Redis is never blocked. */
export async function deleteKeysWithPrefix(client: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) deleted += await client.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
