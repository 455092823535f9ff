// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- janode ships no types: its declarations must reach every program compiling this file
/// <reference path="./janode.d.ts" />
import { Injectable, Logger, ServiceUnavailableException, type OnApplicationShutdown } from '@nestjs/common';
import type { JanodeConnection, JanodeSession } from 'janode';
import type { VideoRoomHandle } from 'janode/plugins/videoroom';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { LiveErrorCode, t } from '@ecampus/shared/contracts';

export type JanusConfig = Pick<AppConfig, 'JANUS_URL' | 'JANUS_API_SECRET' | 'JANUS_ADMIN_KEY'>;

interface JanusLink {
  connection: JanodeConnection;
  session: JanodeSession;
  /** The handle that creates, guards and destroys rooms (every process has its own). */
  admin: VideoRoomHandle;
  plugin: { id: string; Handle: new (...args: never[]) => VideoRoomHandle };
}

export const mediaUnavailable = () =>
  new ServiceUnavailableException({
    code: LiveErrorCode.MediaUnavailable,
    message: t(
      'Audio und Video sind gerade nicht verfügbar. Chat, Folien und alles andere funktionieren weiter.',
      'Audio and video are not available right now. Chat, slides and everything else keep working.',
    ),
  });

/** The code of a Janus refusal (janode puts it in `_code`, or at the start of the message), else undefined. */
export const janusCode = (e: unknown): number | undefined =>
  (e as { _code?: number })._code ?? (Number(/^(\d{3}) /.exec((e as Error).message ?? '')?.[1]) || undefined);

/** janode is ESM only and loaded with import(); CommonJS interop may wrap its namespace once more. */
function defaultExport<T>(mod: { default: T }): T {
  const inner = mod.default as T & { default?: T };
  return inner && typeof inner === 'object' && 'default' in inner && inner.default ? inner.default : inner;
}

/**
 * This process's line to Janus (JANUS_URL, with Janus' api_secret): one janode connection and
 * session, opened on first use and again after it was lost. Browsers never talk to Janus; every
 * room and handle is made here (decision 026).
 */
@Injectable()
export class JanusGateway implements OnApplicationShutdown {
  private readonly logger = new Logger(JanusGateway.name);
  private link: Promise<JanusLink> | null = null;

  constructor(@InjectConfig() private readonly config: JanusConfig) {}

  /** Whether a media server is configured at all (else rooms have no audio and video). */
  get configured(): boolean {
    return Boolean(this.config.JANUS_URL);
  }

  get adminKey(): string {
    return this.config.JANUS_ADMIN_KEY ?? '';
  }

  /** The room-management handle; 503 `live_media_unavailable` when Janus is not configured or does not answer. */
  async admin(): Promise<VideoRoomHandle> {
    return (await this.connected()).admin;
  }

  /** A new VideoRoom handle on this process's session (one per participant role and peer connection). */
  async attach(): Promise<VideoRoomHandle> {
    const { session, plugin } = await this.connected();
    return session.attach(plugin);
  }

  private connected(): Promise<JanusLink> {
    if (!this.configured) return Promise.reject(mediaUnavailable());
    this.link ??= this.open().catch((e: unknown) => {
      this.link = null;
      this.logger.warn(`Janus ${this.config.JANUS_URL} nicht erreichbar: ${(e as Error).message}`);
      throw mediaUnavailable();
    });
    return this.link;
  }

  private async open(): Promise<JanusLink> {
    const Janode = defaultExport(await import('janode'));
    const plugin = defaultExport(await import('janode/plugins/videoroom'));
    Janode.Logger.setLevel('none');
    const connection = await Janode.connect({
      address: { url: this.config.JANUS_URL as string, apisecret: this.config.JANUS_API_SECRET },
      retry_time_secs: 1,
      max_retries: 1,
    });
    const lost = (what: string) => () => {
      this.logger.warn(`Verbindung zu Janus verloren (${what}); die nächste Anfrage verbindet neu.`);
      this.link = null;
    };
    connection.once(Janode.EVENT.CONNECTION_CLOSED, lost('connection closed'));
    connection.once(Janode.EVENT.CONNECTION_ERROR, lost('connection error'));
    const session = await connection.create();
    session.once(Janode.EVENT.SESSION_DESTROYED, lost('session destroyed'));
    const admin = await session.attach(plugin);
    return { connection, session, admin, plugin };
  }

  async onApplicationShutdown(): Promise<void> {
    const link = this.link;
    this.link = null;
    if (!link) return;
    try {
      const { connection, session } = await link;
      await session.destroy().catch(() => undefined);
      await connection.close().catch(() => undefined);
    } catch {
      /* never connected */
    }
  }
}
