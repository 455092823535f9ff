import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';

/** Floor keys live this long after their last write (like the room's keys). */
const FLOOR_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * Who holds the floor in a session besides its moderators, shared by every API process
 * (`<REDIS_PREFIX>:live:room:<id>:floor`). The published feeds are not kept here: Janus lists them.
 */
@Injectable()
export class LiveMediaStore implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@InjectConfig() config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>) {
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true });
    this.prefix = `${config.REDIS_PREFIX}:live`;
  }

  private key(sessionId: string, part: 'floor' | 'muted' | 'audio-mids' | 'open-floor' = 'floor'): string {
    return `${this.prefix}:room:${sessionId}:${part}`;
  }

  async floor(sessionId: string): Promise<string[]> {
    return (await this.redis.smembers(this.key(sessionId))).sort();
  }

  async hasFloor(sessionId: string, userId: string): Promise<boolean> {
    return (await this.redis.sismember(this.key(sessionId), userId)) === 1;
  }

  async setFloor(sessionId: string, userId: string, granted: boolean): Promise<void> {
    const key = this.key(sessionId);
    if (granted) await this.redis.multi().sadd(key, userId).pexpire(key, FLOOR_TTL_MS).exec();
    else await this.redis.srem(key, userId);
  }

  /** Whether everyone may publish in the main room (the session's open-floor setting). */
  async openFloor(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(this.key(sessionId, 'open-floor'))) === 1;
  }

  async setOpenFloor(sessionId: string, open: boolean): Promise<void> {
    if (open) await this.redis.set(this.key(sessionId, 'open-floor'), '1', 'PX', FLOOR_TTL_MS);
    else await this.redis.del(this.key(sessionId, 'open-floor'));
  }

  /** Whose microphone a moderator muted (enforced by Janus). */
  async muted(sessionId: string): Promise<string[]> {
    return (await this.redis.smembers(this.key(sessionId, 'muted'))).sort();
  }

  async isMuted(sessionId: string, userId: string): Promise<boolean> {
    return (await this.redis.sismember(this.key(sessionId, 'muted'), userId)) === 1;
  }

  async setMuted(sessionId: string, userId: string, muted: boolean): Promise<void> {
    const key = this.key(sessionId, 'muted');
    if (muted) await this.redis.multi().sadd(key, userId).pexpire(key, FLOOR_TTL_MS).exec();
    else await this.redis.srem(key, userId);
  }

  /** The `mid` of a camera feed's audio (from its offer): what Janus' `moderate` names. */
  async setAudioMid(sessionId: string, feed: number, mid: string): Promise<void> {
    const key = this.key(sessionId, 'audio-mids');
    await this.redis.multi().hset(key, String(feed), mid).pexpire(key, FLOOR_TTL_MS).exec();
  }

  async audioMid(sessionId: string, feed: number): Promise<string | null> {
    return this.redis.hget(this.key(sessionId, 'audio-mids'), String(feed));
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
