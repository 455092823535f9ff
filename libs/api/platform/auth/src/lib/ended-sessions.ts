import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';

/** Tolerated clock difference between processes: a refusal outlives its last token by this much. */
const CLOCK_SKEW_SECONDS = 60;

/** Ids of the sessions that ended at or after `since` (the domain that owns sessions answers from its tables). */
export type EndedSessionsSource = (since: Date) => Promise<string[]>;

/** Told in this process about every session this process ends (realtime closes the sockets). */
export type EndedSessionsListener = (sessionIds: string[]) => void;

export type EndedSessionsConfig = Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX' | 'ACCESS_TOKEN_TTL_SECONDS'>;

/**
 * The sessions whose access tokens must be refused before they expire: a deny-list in Redis, one
 * key per ended session that lives as long as its last access token could (ACCESS_TOKEN_TTL +
 * skew), so it stays small and cleans itself up. Checking a session is one round trip (MGET of its
 * key and the list's "intact" marker); ending writes the keys and tells this process's listeners.
 *
 * After a Redis flush the marker is gone: the first check rebuilds the list from the source
 * (PostgreSQL, registered by identity) before answering, so a flush neither logs anyone out nor
 * brings ended sessions back (decision 018).
 */
@Injectable()
export class EndedSessions implements OnApplicationShutdown {
  private readonly logger = new Logger(EndedSessions.name);
  private readonly redis: Redis;
  private readonly keyPrefix: string;
  private readonly intactKey: string;
  private readonly ttlSeconds: number;
  private readonly listeners = new Set<EndedSessionsListener>();
  private source: EndedSessionsSource | null = null;
  private rebuilding: Promise<void> | null = null;

  constructor(@InjectConfig() config: EndedSessionsConfig) {
    // Commands wait briefly for a (re)connect, then fail: the caller answers 503, never "logged in".
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: 1 });
    this.keyPrefix = `${config.REDIS_PREFIX}:auth:ended:`;
    this.intactKey = `${config.REDIS_PREFIX}:auth:ended-list`;
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS;
  }

  /** Where to rebuild the list from after a Redis flush (one source per process). */
  useSource(source: EndedSessionsSource): void {
    this.source = source;
  }

  /** Registers a listener; returns its removal. */
  onEnded(listener: EndedSessionsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One Redis round trip; throws when Redis does not answer. */
  async isEnded(sessionId: string): Promise<boolean> {
    const [intact, ended] = await this.redis.mget(this.intactKey, this.keyPrefix + sessionId);
    if (ended !== null) return true;
    if (intact !== null) return false;
    await this.rebuild();
    return (await this.redis.exists(this.keyPrefix + sessionId)) === 1;
  }

  /** Refuses the sessions' access tokens from now on, in every process; then tells this process's listeners. */
  async end(sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    await this.write(sessionIds);
    for (const listener of this.listeners) {
      try {
        listener(sessionIds);
      } catch (e) {
        this.logger.error(`Listener für beendete Sitzungen fehlgeschlagen: ${(e as Error).message}`);
      }
    }
  }

  private write(sessionIds: string[], withMarker = false): Promise<unknown> {
    const batch = this.redis.multi();
    for (const id of sessionIds) batch.set(this.keyPrefix + id, '1', 'EX', this.ttlSeconds);
    if (withMarker) batch.set(this.intactKey, new Date().toISOString());
    return batch.exec();
  }

  /** One rebuild at a time per process; concurrent checks wait for it. */
  private rebuild(): Promise<void> {
    this.rebuilding ??= (async () => {
      const since = new Date(Date.now() - this.ttlSeconds * 1000);
      const ids = this.source ? await this.source(since) : [];
      await this.write(ids, true);
      this.logger.log(`Liste beendeter Sitzungen in Redis neu aufgebaut (${ids.length} Sitzungen)`);
    })().finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
