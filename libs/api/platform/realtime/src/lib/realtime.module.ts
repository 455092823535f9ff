import { Module } from '@nestjs/common';
import { LiveGateway } from './live.gateway';
import { RealtimeEmitter } from './realtime-emitter';

/** API side: the `/live` gateway (Socket.IO itself comes from `setupRealtime`). */
@Module({ providers: [LiveGateway] })
export class RealtimeModule {}

/** Any process (worker): push typed events to browsers through Redis. */
@Module({ providers: [RealtimeEmitter], exports: [RealtimeEmitter] })
export class RealtimeEmitterModule {}
