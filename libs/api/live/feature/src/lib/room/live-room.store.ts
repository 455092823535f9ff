import { randomUUID } from 'node:crypto';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';
import type { LiveHand, LiveParticipant, LiveSlide } from '@ecampus/shared/contracts';
import { groupPresence, type PresenceEntry } from './live-room.rules';

/** Room keys live this long after their last write (a room left alone goes away by itself). */
export const ROOM_TTL_MS = 12 * 60 * 60 * 1000;
/** A process counts as alive while its key exists; it refreshes the key every LIVENESS_REFRESH_MS. */
export const PROCESS_TTL_MS = 8000;

/** Fixed windows of the per-user rate limit (hold across processes). */
export const RATE_LIMITS = {
  all: { max: 20, windowMs: 1000 },
  chat: { max: 5, windowMs: 3000 },
} as const;

export interface PersonEntry {
  displayName: string;
  role: string;
  moderator: boolean;
}

export interface RateCheck {
  allowed: boolean;
  removed: boolean;
}

/**
 * The room state every API process shares, in Redis under `<REDIS_PREFIX>:live:…`: presence (per
 * socket, with its process), people (names of whoever joined), hands (sorted by raise time), the
 * current slide, chat lock, mutes, removals (mirror of live_session_removal for the per-event
 * check), the set of rooms with presence, process liveness and the rate-limit counters.
 */
@Injectable()
export class LiveRoomStore implements OnApplicationShutdown {
  readonly processId = randomUUID();
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@InjectConfig() config: AppConfig) {
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true });
    this.prefix = `${config.REDIS_PREFIX}:live`;
  }

  private key(sessionId: string, part: 'presence' | 'people' | 'hands' | 'slide' | 'settings' | 'mutes' | 'removed'): string {
    return `${this.prefix}:room:${sessionId}:${part}`;
  }
  private get roomsKey(): string {
    return `${this.prefix}:rooms`;
  }
  private processKey(processId: string): string {
    return `${this.prefix}:process:${processId}`;
  }

  // ---------------------------------------------------------------- presence

  async addPresence(sessionId: string, socketId: string, userId: string, person: PersonEntry): Promise<void> {
    const entry: PresenceEntry = { userId, ...person, processId: this.processId };
    await this.redis
      .multi()
      .hset(this.key(sessionId, 'presence'), socketId, JSON.stringify(entry))
      .pexpire(this.key(sessionId, 'presence'), ROOM_TTL_MS)
      .hset(this.key(sessionId, 'people'), userId, JSON.stringify(person))
      .pexpire(this.key(sessionId, 'people'), ROOM_TTL_MS)
      .sadd(this.roomsKey, sessionId)
      .exec();
  }

  async removePresence(sessionId: string, socketIds: string[]): Promise<void> {
    if (socketIds.length > 0) await this.redis.hdel(this.key(sessionId, 'presence'), ...socketIds);
  }

  /** Removes every presence entry of the person (all her tabs, on every process). */
  async removeUserPresence(sessionId: string, userId: string): Promise<void> {
    const entries = await this.presence(sessionId);
    const ids = Object.entries(entries)
      .filter(([, e]) => e.userId === userId)
      .map(([socketId]) => socketId);
    await this.removePresence(sessionId, ids);
  }

  private async presence(sessionId: string): Promise<Record<string, PresenceEntry>> {
    const raw = await this.redis.hgetall(this.key(sessionId, 'presence'));
    const entries: Record<string, PresenceEntry> = {};
    for (const [socketId, json] of Object.entries(raw)) {
      try {
        entries[socketId] = JSON.parse(json) as PresenceEntry;
      } catch {
        // A damaged entry is dropped from the list (the sweep of its process removes it).
      }
    }
    return entries;
  }

  /** One participant per person, however many tabs (sockets) she has in the room. */
  async participants(sessionId: string): Promise<LiveParticipant[]> {
    const [entries, mutes] = await Promise.all([this.presence(sessionId), this.redis.smembers(this.key(sessionId, 'mutes'))]);
    return groupPresence(Object.values(entries), new Set(mutes));
  }

  async person(sessionId: string, userId: string): Promise<PersonEntry | null> {
    const json = await this.redis.hget(this.key(sessionId, 'people'), userId);
    return json ? (JSON.parse(json) as PersonEntry) : null;
  }

  // ---------------------------------------------------------------- liveness

  async heartbeat(): Promise<void> {
    await this.redis.set(this.processKey(this.processId), '1', 'PX', PROCESS_TTL_MS);
  }

  /**
   * Removes the presence entries of processes that stopped refreshing their key (SIGKILL, crash,
   * network split) from every room with presence; returns the rooms that changed. Rooms without
   * presence leave the set of rooms.
   */
  async sweepDeadProcesses(): Promise<string[]> {
    const changed: string[] = [];
    const alive = new Map<string, boolean>([[this.processId, true]]);
    for (const sessionId of await this.redis.smembers(this.roomsKey)) {
      const entries = await this.presence(sessionId);
      if (Object.keys(entries).length === 0) {
        await this.redis.srem(this.roomsKey, sessionId);
        continue;
      }
      const dead: string[] = [];
      for (const [socketId, entry] of Object.entries(entries)) {
        if (!alive.has(entry.processId)) alive.set(entry.processId, (await this.redis.exists(this.processKey(entry.processId))) === 1);
        if (!alive.get(entry.processId)) dead.push(socketId);
      }
      if (dead.length > 0) {
        await this.removePresence(sessionId, dead);
        changed.push(sessionId);
      }
    }
    return changed;
  }

  /** On a clean shutdown the others need not wait for the key to expire. */
  async forgetProcess(): Promise<void> {
    await this.redis.del(this.processKey(this.processId));
  }

  // ---------------------------------------------------------------- hands

  /** Raises her hand (kept at its first raise time); her position in the queue (1 = next). */
  async raiseHand(sessionId: string, userId: string, at: Date): Promise<number> {
    const key = this.key(sessionId, 'hands');
    const [, , rank] =
      (await this.redis.multi().zadd(key, 'NX', at.getTime(), userId).pexpire(key, ROOM_TTL_MS).zrank(key, userId).exec()) ?? [];
    return Number(rank?.[1] ?? 0) + 1;
  }

  async lowerHand(sessionId: string, userId: string): Promise<void> {
    await this.redis.zrem(this.key(sessionId, 'hands'), userId);
  }

  async hands(sessionId: string): Promise<LiveHand[]> {
    const flat = await this.redis.zrange(this.key(sessionId, 'hands'), 0, -1, 'WITHSCORES');
    const ids = flat.filter((_, i) => i % 2 === 0);
    const people = ids.length ? await this.redis.hmget(this.key(sessionId, 'people'), ...ids) : [];
    return ids.map((userId, i) => ({
      userId,
      displayName: people[i] ? (JSON.parse(people[i] as string) as PersonEntry).displayName : '',
      at: new Date(Number(flat[i * 2 + 1])).toISOString(),
    }));
  }

  // ---------------------------------------------------------------- slide and settings

  async slide(sessionId: string): Promise<LiveSlide | null> {
    const h = await this.redis.hgetall(this.key(sessionId, 'slide'));
    if (!h['materialId']) return null;
    return {
      materialId: h['materialId'],
      page: Number(h['page']),
      pageCount: h['pageCount'] ? Number(h['pageCount']) : null,
      fileName: h['fileName'] ?? '',
      freeBrowse: h['freeBrowse'] === '1',
    };
  }

  async setSlide(sessionId: string, slide: Omit<LiveSlide, 'freeBrowse'>): Promise<LiveSlide> {
    const key = this.key(sessionId, 'slide');
    await this.redis
      .multi()
      .hset(key, { materialId: slide.materialId, page: slide.page, pageCount: slide.pageCount ?? '', fileName: slide.fileName })
      .pexpire(key, ROOM_TTL_MS)
      .exec();
    return (await this.slide(sessionId)) as LiveSlide;
  }

  async setFreeBrowse(sessionId: string, freeBrowse: boolean): Promise<LiveSlide | null> {
    const key = this.key(sessionId, 'slide');
    await this.redis
      .multi()
      .hset(key, 'freeBrowse', freeBrowse ? '1' : '0')
      .pexpire(key, ROOM_TTL_MS)
      .exec();
    return this.slide(sessionId);
  }

  async clearSlide(sessionId: string): Promise<void> {
    await this.redis.del(this.key(sessionId, 'slide'));
  }

  async chatLocked(sessionId: string): Promise<boolean> {
    return (await this.redis.hget(this.key(sessionId, 'settings'), 'chatLocked')) === '1';
  }

  async setChatLocked(sessionId: string, locked: boolean): Promise<void> {
    const key = this.key(sessionId, 'settings');
    await this.redis
      .multi()
      .hset(key, 'chatLocked', locked ? '1' : '0')
      .pexpire(key, ROOM_TTL_MS)
      .exec();
  }

  // ---------------------------------------------------------------- mutes and removals

  async setMuted(sessionId: string, userId: string, muted: boolean): Promise<void> {
    const key = this.key(sessionId, 'mutes');
    if (muted) await this.redis.multi().sadd(key, userId).pexpire(key, ROOM_TTL_MS).exec();
    else await this.redis.srem(key, userId);
  }

  async isMuted(sessionId: string, userId: string): Promise<boolean> {
    return (await this.redis.sismember(this.key(sessionId, 'mutes'), userId)) === 1;
  }

  async markRemoved(sessionId: string, userId: string): Promise<void> {
    const key = this.key(sessionId, 'removed');
    await this.redis.multi().sadd(key, userId).pexpire(key, ROOM_TTL_MS).zrem(this.key(sessionId, 'hands'), userId).exec();
  }

  // ---------------------------------------------------------------- rate limit

  /**
   * Counts one event of the person (and one chat message when `chat`) in fixed windows, and tells
   * whether she was removed from the session: one round trip per event.
   */
  async countEvent(userId: string, sessionId: string | null, chat: boolean, now: number): Promise<RateCheck> {
    const all = `${this.prefix}:rate:${userId}:all:${Math.floor(now / RATE_LIMITS.all.windowMs)}`;
    const m = this.redis
      .multi()
      .incr(all)
      .pexpire(all, RATE_LIMITS.all.windowMs * 2);
    const chatKey = `${this.prefix}:rate:${userId}:chat:${Math.floor(now / RATE_LIMITS.chat.windowMs)}`;
    if (chat) m.incr(chatKey).pexpire(chatKey, RATE_LIMITS.chat.windowMs * 2);
    if (sessionId) m.sismember(this.key(sessionId, 'removed'), userId);
    const results = ((await m.exec()) ?? []).map(([err, value]) => {
      if (err) throw err;
      return Number(value);
    });
    const allowed = results[0] <= RATE_LIMITS.all.max && (!chat || results[2] <= RATE_LIMITS.chat.max);
    return { allowed, removed: sessionId ? results[results.length - 1] === 1 : false };
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
