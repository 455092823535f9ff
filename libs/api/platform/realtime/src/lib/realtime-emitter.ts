import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';
import { REALTIME_NAMESPACE_LIVE, userRoom, type ServerToClientEvents } from '@ecampus/shared/contracts';
import { realtimeKeys } from './realtime.types';

/** socket.io-adapter's cluster message type BROADCAST, and socket.io-parser's EVENT packet type. */
const BROADCAST = '3';
const EVENT_PACKET = 2;
const STREAM_MAX_LEN = 10_000;

/**
 * Pushes typed server→client events from a process without a Socket.IO server (the worker).
 * `@socket.io/redis-streams-emitter` is not available here, so this writes the same stream entry
 * the redis-streams adapter writes for a room broadcast; every API process reads the stream and
 * delivers to its local sockets (and keeps it for connection state recovery).
 */
@Injectable()
export class RealtimeEmitter implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly streamName: string;

  constructor(@InjectConfig() config: AppConfig) {
    this.redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true });
    this.streamName = realtimeKeys(config.REDIS_PREFIX).streamName;
  }

  /** To every socket of one user in `/live`. */
  toUser<E extends keyof ServerToClientEvents>(userId: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): Promise<void> {
    return this.toRooms([userRoom(userId)], event, ...args);
  }

  async toRooms<E extends keyof ServerToClientEvents>(
    rooms: string[],
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): Promise<void> {
    const nsp = REALTIME_NAMESPACE_LIVE;
    const data = JSON.stringify({
      packet: { type: EVENT_PACKET, data: [event, ...args], nsp },
      opts: { rooms, except: [], flags: {} },
    });
    // uid: any id that is not an adapter's own (adapters ignore messages from themselves).
    await this.redis.xadd(
      this.streamName,
      'MAXLEN',
      '~',
      STREAM_MAX_LEN,
      '*',
      'uid',
      'emitter',
      'nsp',
      nsp,
      'type',
      BROADCAST,
      'data',
      data,
    );
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
