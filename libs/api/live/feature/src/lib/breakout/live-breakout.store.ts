import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';
import type { LiveBreakout } from '@ecampus/shared/contracts';

/** Breakout keys live this long after their last write (like the room's keys). */
const BREAKOUT_TTL_MS = 12 * 60 * 60 * 1000;

/** What is kept of an open breakout besides who is where. */
export interface BreakoutMeta {
  openedAt: string;
  endsAt: string;
  rooms: { id: string; name: string }[];
}

/** What a close took out of Redis: the rooms and who was where (null: nothing was open). */
export interface ClosedBreakout {
  rooms: { id: string; name: string }[];
  where: Record<string, string>;
}

/**
 * The live state of a session's breakout rooms, shared by every API process (decision 027):
 * `<prefix>:live:room:<id>:breakout` (a hash: openedAt, endsAt, rooms, `help:<roomId>`),
 * `…:breakout-where` (user id → room id; absent = the main room) and one sorted set of the timers
 * of all sessions (`<prefix>:live:breakout-timers`, scored by the end) that every process sweeps.
 * Opening claims the hash with HSETNX, closing takes it with one MULTI: two trainers (or a trainer
 * and the timer) at once open or close only once.
 */
@Injectable()
export class LiveBreakoutStore implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@InjectConfig() config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>) {
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true });
    this.prefix = `${config.REDIS_PREFIX}:live`;
  }

  private key(sessionId: string, part: 'breakout' | 'breakout-where'): string {
    return `${this.prefix}:room:${sessionId}:${part}`;
  }
  private get timersKey(): string {
    return `${this.prefix}:breakout-timers`;
  }

  /** Opens the rooms with their first assignment; false when rooms were open already. */
  async open(sessionId: string, meta: BreakoutMeta, where: Record<string, string>): Promise<boolean> {
    const key = this.key(sessionId, 'breakout');
    if ((await this.redis.hsetnx(key, 'rooms', JSON.stringify(meta.rooms))) === 0) return false;
    const m = this.redis
      .multi()
      .hset(key, { openedAt: meta.openedAt, endsAt: meta.endsAt })
      .pexpire(key, BREAKOUT_TTL_MS)
      .zadd(this.timersKey, Date.parse(meta.endsAt), sessionId);
    if (Object.keys(where).length > 0)
      m.hset(this.key(sessionId, 'breakout-where'), where).pexpire(this.key(sessionId, 'breakout-where'), BREAKOUT_TTL_MS);
    await m.exec();
    return true;
  }

  /** The open breakout with who is in which room now; null when none is open. */
  async get(sessionId: string): Promise<LiveBreakout | null> {
    const [h, where] = await Promise.all([
      this.redis.hgetall(this.key(sessionId, 'breakout')),
      this.redis.hgetall(this.key(sessionId, 'breakout-where')),
    ]);
    if (!h['rooms'] || !h['endsAt']) return null;
    const rooms = JSON.parse(h['rooms']) as BreakoutMeta['rooms'];
    return {
      openedAt: h['openedAt'] ?? h['endsAt'],
      endsAt: h['endsAt'],
      rooms: rooms.map((r) => ({
        id: r.id,
        name: r.name,
        userIds: Object.keys(where)
          .filter((userId) => where[userId] === r.id)
          .sort(),
        helpRequestedAt: h[`help:${r.id}`] ?? null,
      })),
    };
  }

  /** The rooms of the open breakout (ids and names); null when none is open. */
  async rooms(sessionId: string): Promise<BreakoutMeta['rooms'] | null> {
    const json = await this.redis.hget(this.key(sessionId, 'breakout'), 'rooms');
    return json ? (JSON.parse(json) as BreakoutMeta['rooms']) : null;
  }

  /** The breakout room she is in (null: the main room, or no breakout open). */
  async locationOf(sessionId: string, userId: string): Promise<string | null> {
    const [[, open], [, roomId]] = ((await this.redis
      .multi()
      .hexists(this.key(sessionId, 'breakout'), 'rooms')
      .hget(this.key(sessionId, 'breakout-where'), userId)
      .exec()) ?? [
      [null, 0],
      [null, null],
    ]) as [unknown, unknown][];
    return Number(open) === 1 && typeof roomId === 'string' ? roomId : null;
  }

  /** Puts her into a room (null: the main room); her room before. */
  async move(sessionId: string, userId: string, roomId: string | null): Promise<string | null> {
    const key = this.key(sessionId, 'breakout-where');
    const m = this.redis.multi().hget(key, userId);
    if (roomId) m.hset(key, userId, roomId).pexpire(key, BREAKOUT_TTL_MS);
    else m.hdel(key, userId);
    const [[, before]] = ((await m.exec()) ?? [[null, null]]) as [unknown, unknown][];
    return typeof before === 'string' ? before : null;
  }

  /** The rooms now close at `endsAt`. */
  async setEndsAt(sessionId: string, endsAt: Date): Promise<void> {
    await this.redis
      .multi()
      .hset(this.key(sessionId, 'breakout'), 'endsAt', endsAt.toISOString())
      .zadd(this.timersKey, endsAt.getTime(), sessionId)
      .exec();
  }

  /** Someone in the room called for help (at), or the call was answered or taken back (null). */
  async setHelp(sessionId: string, roomId: string, at: Date | null): Promise<void> {
    const key = this.key(sessionId, 'breakout');
    if (at) await this.redis.hset(key, `help:${roomId}`, at.toISOString());
    else await this.redis.hdel(key, `help:${roomId}`);
  }

  /** Takes the open breakout out of Redis at once (so only one closer gets it); null when none was open. */
  async close(sessionId: string): Promise<ClosedBreakout | null> {
    const [[, h], [, where]] = ((await this.redis
      .multi()
      .hgetall(this.key(sessionId, 'breakout'))
      .hgetall(this.key(sessionId, 'breakout-where'))
      .del(this.key(sessionId, 'breakout'), this.key(sessionId, 'breakout-where'))
      .zrem(this.timersKey, sessionId)
      .exec()) ?? [
      [null, {}],
      [null, {}],
    ]) as [unknown, Record<string, string>][];
    if (!h?.['rooms']) return null;
    return { rooms: JSON.parse(h['rooms']) as BreakoutMeta['rooms'], where: where ?? {} };
  }

  /** Sessions whose breakout timer ran out by `now`. */
  async due(now: Date): Promise<string[]> {
    return this.redis.zrangebyscore(this.timersKey, '-inf', now.getTime());
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
