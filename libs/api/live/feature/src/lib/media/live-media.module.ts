import { Module } from '@nestjs/common';
import { LiveBreakoutStateModule } from '../breakout/live-breakout-state.module';
import { JanusGateway } from './janus.gateway';
import { LiveMediaRepository } from './live-media.repository';
import { LiveMediaRooms } from './live-media-rooms';
import { LiveMediaSignalling } from './live-media-signalling';
import { LiveMediaStore } from './live-media.store';

/** Audio and video through Janus (decision 026): the gateway and the session's rooms. API and worker. */
@Module({
  imports: [LiveBreakoutStateModule],
  providers: [JanusGateway, LiveMediaRepository, LiveMediaRooms, LiveMediaStore, LiveMediaSignalling],
  exports: [LiveMediaRooms, LiveMediaSignalling],
})
export class LiveMediaModule {}
