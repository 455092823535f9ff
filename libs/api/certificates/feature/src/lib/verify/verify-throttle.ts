import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';

/** Checks per address and minute: enough for a person typing codes, too few to walk the code space. */
export const VERIFY_LIMIT = { max: 30, windowMs: 60_000 } as const;

/**
 * The public check's rate limit, shared by every API process (Redis fixed windows per client
 * address). 80 bits of code are not guessable anyway; the limit keeps the page from being a free
 * oracle for scripted lookups and the database from being its target.
 */
@Injectable()
export class VerifyThrottle implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@InjectConfig() config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>) {
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true });
    this.prefix = `${config.REDIS_PREFIX}:certificates:verify`;
  }

  /** Counts one check of `client` now; false when it is over the limit. */
  async take(client: string, now = Date.now()): Promise<boolean> {
    const key = `${this.prefix}:${client}:${Math.floor(now / VERIFY_LIMIT.windowMs)}`;
    const [[, count]] = ((await this.redis
      .multi()
      .incr(key)
      .pexpire(key, VERIFY_LIMIT.windowMs * 2)
      .exec()) ?? [[null, 0]]) as [unknown, number][];
    return Number(count) <= VERIFY_LIMIT.max;
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
