import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@ecampus/api/platform/config';
import type { Authenticator, EndedSessions } from '@ecampus/api/platform/auth';
import { createRedisClient } from '@ecampus/api/platform/queue';
import { negotiateLocale, t } from '@ecampus/shared/contracts';
import { closeSocketsOfEndedSessions, type SessionNamespace } from './ended-session-sockets';
import { handshakeAuth } from './handshake-auth';
import { allowedOrigins, isOriginAllowed } from './origins';
import { realtimeKeys } from './realtime.types';
import type { LocaleRunner } from './socket-locale';

// @nestjs/platform-socket.io ships its own copy of socket.io: use its types, not the root package's.
type IoServer = ReturnType<IoAdapter['createIOServer']>;
type IoOptions = NonNullable<Parameters<IoAdapter['create']>[1]>;

/** How long a dropped client may come back and get the events it missed. */
const RECOVERY_WINDOW_MS = 2 * 60 * 1000;
/** The largest message a client may send (the engine closes the connection above it; events have zod limits below it). */
const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * Socket.IO for every gateway of the API: cross-process broadcast and connection state recovery
 * through Redis streams, websocket before polling, no per-message compression, Origin check at
 * the engine (before any session exists), token and session check in every namespace (at the
 * handshake and for every event), and sockets of ended sessions closed in every process.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly redis: Redis;
  private readonly origins: Set<string>;
  private readonly guarded = new WeakSet<object>();
  private readonly duplicates: Redis[] = [];
  private readonly servers: IoServer[] = [];
  private readonly unsubscribes: (() => void)[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
    private readonly tokens: Authenticator,
    private readonly endedSessions: Pick<EndedSessions, 'onEnded'>,
    private readonly runWithLocale: LocaleRunner,
  ) {
    super(app);
    // The adapter blocks on XREAD with duplicates of this client; commands must queue while it connects.
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: null });
    // The adapter duplicates the client for its stream readers and never closes those while a read
    // waits on an unreachable Redis: keep them, so dispose() can close every connection.
    const duplicate = this.redis.duplicate.bind(this.redis);
    this.redis.duplicate = (...args: Parameters<Redis['duplicate']>) => {
      const copy = duplicate(...args);
      this.duplicates.push(copy);
      return copy;
    };
    this.origins = allowedOrigins(config);
  }

  override createIOServer(port: number, options?: IoOptions): IoServer {
    const cors = this.config.CORS_ORIGINS.trim() ? { origin: [...this.origins], credentials: true } : undefined;
    const server = super.createIOServer(port, {
      ...options,
      transports: ['websocket', 'polling'],
      perMessageDeflate: false,
      maxHttpBufferSize: MAX_MESSAGE_BYTES,
      cors,
      connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
      allowRequest: (
        req: { headers: { origin?: string; 'accept-language'?: string } },
        callback: (err: string | null, ok: boolean) => void,
      ) => {
        const ok = isOriginAllowed(req.headers.origin, this.origins);
        const refusal = () =>
          this.runWithLocale(negotiateLocale(req.headers['accept-language']), () => t('Herkunft nicht erlaubt', 'Origin not allowed'));
        callback(ok ? null : refusal(), ok);
      },
      adapter: createAdapter(this.redis, realtimeKeys(this.config.REDIS_PREFIX)) as IoOptions['adapter'],
    });
    server.use(handshakeAuth(this.tokens, this.runWithLocale));
    this.closeEndedSessions(server.of('/'));
    this.servers.push(server);
    return server;
  }

  /** Every namespace a gateway asks for gets the handshake authentication too (once). */
  override create(port: number, options?: IoOptions): IoServer {
    // With a namespace, this is `server.of(namespace)`: a Namespace, which has `use` as well.
    const created = super.create(port, options);
    if (options?.namespace && !this.guarded.has(created)) {
      created.use(handshakeAuth(this.tokens, this.runWithLocale));
      this.closeEndedSessions(created);
      this.guarded.add(created);
    }
    return created;
  }

  /** Sockets of sessions that end (logout, password change, deactivation …) close in every process. */
  private closeEndedSessions(nsp: object): void {
    this.unsubscribes.push(closeSocketsOfEndedSessions(nsp as SessionNamespace, this.endedSessions, this.runWithLocale));
  }

  /**
   * Nest only "closes" the namespaces it knows, which leaves the root server, its adapters
   * (heartbeat timers) and engine running: close the root servers here.
   */
  override async dispose(): Promise<void> {
    this.unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
    await Promise.all(this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    await super.dispose();
    for (const client of [this.redis, ...this.duplicates]) client.disconnect();
  }
}
