import { Module } from '@nestjs/common';
import { JanusGateway } from './janus.gateway';
import { LiveMediaRepository } from './live-media.repository';
import { LiveMediaRooms } from './live-media-rooms';

/** Audio and video through Janus (decision 026): the gateway and the session's rooms. API and worker. */
@Module({
  providers: [JanusGateway, LiveMediaRepository, LiveMediaRooms],
  exports: [LiveMediaRooms],
})
export class LiveMediaModule {}
