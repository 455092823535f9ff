import { Logger } from '@nestjs/common';
import { SubscribeMessage, WebSocketGateway, type OnGatewayConnection } from '@nestjs/websockets';
import { REALTIME_NAMESPACE_LIVE, type SocketAck } from '@ecampus/shared/contracts';
import type { AppSocket } from './realtime.types';

/**
 * The `/live` namespace. Thin: the handshake already authenticated the socket and joined
 * `user:<id>`; later features add their events through their own services.
 */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE_LIVE })
export class LiveGateway implements OnGatewayConnection {
  private readonly logger = new Logger(LiveGateway.name);

  handleConnection(socket: AppSocket): void {
    this.logger.debug(`Socket ${socket.id} verbunden (Nutzer ${socket.data.user.id}, ${socket.recovered ? 'wiederhergestellt' : 'neu'})`);
    socket.emit('session:ready', { userId: socket.data.user.id });
  }

  /** Round-trip check for clients: answers through the acknowledgement. */
  @SubscribeMessage('ping')
  ping(): SocketAck<{ at: string }> {
    return { ok: true, at: new Date().toISOString() };
  }
}
