import { Module } from '@nestjs/common';
import { LiveMediaModule } from '../media/live-media.module';
import { LiveSessionsCoreModule } from '../session/live-sessions-core.module';
import { LiveRoomGateway } from './live-room.gateway';
import { LiveRoomProcess } from './live-room.process';
import { LiveRoomRepository } from './live-room.repository';
import { LiveRoomService } from './live-room.service';
import { LiveRoomStore } from './live-room.store';
import { SlideMaterialsController } from './slide-materials.controller';
import { SlideMaterialsService } from './slide-materials.service';

/** The live room over Socket.IO (`/live`, media signalling included) and the slide picker's list. */
@Module({
  imports: [LiveSessionsCoreModule, LiveMediaModule],
  controllers: [SlideMaterialsController],
  providers: [LiveRoomRepository, LiveRoomStore, LiveRoomService, LiveRoomGateway, LiveRoomProcess, SlideMaterialsService],
})
export class LiveRoomModule {}
