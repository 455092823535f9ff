import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';

/** One counter of failed attempts (per account, IP, device, link …) and how many are free. */
export interface Budget {
  key: string;
  limit: number;
}

/** The first wait once a budget is used up; every further failure doubles it, up to LOGIN_RATE_WINDOW_SECONDS. */
export const FIRST_WAIT_MS = 15_000;
/** Failures are forgotten this long after the last one (or at a success that resets them). */
export const MEMORY_MS = 24 * 60 * 60 * 1000;

/**
 * Atomically: if any budget must wait (failures ≥ limit and its wait since the last failure has
 * not passed), answer the longest wait and count nothing; else count the attempt on every budget
 * (as a failure until a success gives it back) and answer 0. Counting before the work means a
 * burst of parallel attempts cannot all pass the check.
 * KEYS: the budgets' keys. ARGV: now, first wait, longest wait, memory, then each budget's limit.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local first = tonumber(ARGV[2])
local longest = tonumber(ARGV[3])
local memory = tonumber(ARGV[4])
local wait = 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[4 + i])
  local state = redis.call('HMGET', key, 'n', 'last')
  local n = tonumber(state[1]) or 0
  local last = tonumber(state[2]) or 0
  if n >= limit then
    local left = last + math.min(longest, first * 2 ^ (n - limit)) - now
    if left > wait then wait = left end
  end
end
if wait > 0 then return math.ceil(wait) end
for _, key in ipairs(KEYS) do
  redis.call('HINCRBY', key, 'n', 1)
  redis.call('HSET', key, 'last', now)
  redis.call('PEXPIRE', key, memory)
end
return 0
`;

/** Gives a counted attempt back (a success), without creating counters that expired meanwhile. */
const REFUND = `
for _, key in ipairs(KEYS) do
  if redis.call('HINCRBY', key, 'n', -1) < 1 then redis.call('DEL', key) end
end
return 0
`;

/** Counter keys name no person: e-mails, IPs and tokens are hashed. */
export const budgetKey = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('base64url').slice(0, 32)}`;

/**
 * Progressive limits on failed attempts, counted in Redis so they hold across API processes:
 * the first `limit` failures are free, then each further attempt waits 15 s, 30 s, 60 s … up to
 * LOGIN_RATE_WINDOW_SECONDS after the last failure (decision 019).
 */
@Injectable()
export class AttemptThrottle implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly longestWaitMs: number;

  constructor(@InjectConfig() config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX' | 'LOGIN_RATE_WINDOW_SECONDS'>) {
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: 1 });
    this.prefix = `${config.REDIS_PREFIX}:attempts:`;
    this.longestWaitMs = config.LOGIN_RATE_WINDOW_SECONDS * 1000;
  }

  /** 0: go ahead (the attempt is counted on every budget); else how many ms to wait (nothing counted). */
  async take(budgets: Budget[]): Promise<number> {
    if (!budgets.length) return 0;
    const keys = budgets.map((b) => this.prefix + b.key);
    const args = [Date.now(), Math.min(FIRST_WAIT_MS, this.longestWaitMs), this.longestWaitMs, MEMORY_MS, ...budgets.map((b) => b.limit)];
    return Number(await this.redis.eval(TAKE, keys.length, ...keys, ...args));
  }

  /** The attempt succeeded: it does not count on these budgets. */
  async refund(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.eval(REFUND, keys.length, ...keys.map((k) => this.prefix + k));
  }

  /** The attempt succeeded: these budgets start again from nothing. */
  async reset(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.del(...keys.map((k) => this.prefix + k));
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
