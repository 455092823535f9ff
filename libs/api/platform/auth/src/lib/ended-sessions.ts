import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';

/** Tolerated clock difference between processes: a refusal outlives its last token by this much. */
const CLOCK_SKEW_SECONDS = 60;

/** Where sessions are kept for good (identity answers from PostgreSQL). */
export interface EndedSessionsSource {
  /** Ids of the sessions that ended at or after `since`: to rebuild the list. */
  endedSince(since: Date): Promise<string[]>;
  /** Whether this session has ended: the answer while Redis is unreachable. */
  isEnded(sessionId: string): Promise<boolean>;
}

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
 * brings ended sessions back; every (re)connect rebuilds it too, for sessions ended while Redis was
 * away. While Redis is unreachable the source answers (a query per check: slower, still right);
 * without a source (a process without identity) sessions count as live (decision 018).
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
    // Commands wait briefly for a (re)connect, then fail over to the source (see isEnded).
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: 1 });
    this.keyPrefix = `${config.REDIS_PREFIX}:auth:ended:`;
    this.intactKey = `${config.REDIS_PREFIX}:auth:ended-list`;
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS;
    // Sessions ended while Redis was away are in PostgreSQL only: put them back on every (re)connect.
    this.redis.on('ready', () => this.restore());
  }

  /** Where to rebuild the list from (one source per process); the list is brought up to date at once. */
  useSource(source: EndedSessionsSource): void {
    this.source = source;
    if (this.redis.status === 'ready') this.restore();
  }

  /** Registers a listener; returns its removal. */
  onEnded(listener: EndedSessionsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One Redis round trip; the source's answer while Redis is unreachable; throws when neither answers. */
  async isEnded(sessionId: string): Promise<boolean> {
    if (this.redis.status !== 'ready') return this.fromSource(sessionId);
    try {
      return await this.fromList(sessionId);
    } catch {
      return this.fromSource(sessionId);
    }
  }

  /**
   * Refuses the sessions' access tokens from now on, in every process; then tells this process's
   * listeners. The caller has ended them in the source first: if Redis is away, the reconnect's
   * rebuild brings them into the list.
   */
  async end(sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    await this.write(sessionIds).catch((e: Error) => this.logger.warn(`Beendete Sitzungen nicht in Redis: ${e.message}`));
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

  private restore(): void {
    if (!this.source) return;
    this.rebuild().catch((e: Error) => this.logger.warn(`Liste beendeter Sitzungen nicht neu aufgebaut: ${e.message}`));
  }

  private async fromList(sessionId: string): Promise<boolean> {
    const [intact, ended] = await this.redis.mget(this.intactKey, this.keyPrefix + sessionId);
    if (ended !== null) return true;
    if (intact !== null) return false;
    await this.rebuild();
    return (await this.redis.exists(this.keyPrefix + sessionId)) === 1;
  }

  private async fromSource(sessionId: string): Promise<boolean> {
    return this.source ? this.source.isEnded(sessionId) : false;
  }

  /** One rebuild at a time per process; concurrent checks wait for it. */
  private rebuild(): Promise<void> {
    this.rebuilding ??= (async () => {
      const since = new Date(Date.now() - this.ttlSeconds * 1000);
      const ids = this.source ? await this.source.endedSince(since) : [];
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
