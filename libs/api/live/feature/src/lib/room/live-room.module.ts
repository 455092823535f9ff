import { Module } from '@nestjs/common';
import { LiveMediaModule } from '../media/live-media.module';
import { LiveBreakoutStateModule } from '../breakout/live-breakout-state.module';
import { LiveBreakoutRepository } from '../breakout/live-breakout.repository';
import { LiveBreakoutService } from '../breakout/live-breakout.service';
import { LiveSessionsCoreModule } from '../session/live-sessions-core.module';
import { LiveRoomGateway } from './live-room.gateway';
import { LiveRoomProcess } from './live-room.process';
import { LiveRoomRepository } from './live-room.repository';
import { LiveRoomService } from './live-room.service';
import { LiveRoomStore } from './live-room.store';
import { SlideMaterialsController } from './slide-materials.controller';
import { SlideMaterialsService } from './slide-materials.service';

/** The live room over Socket.IO (`/live`, media signalling and breakout rooms included) and the slide picker's list. */
@Module({
  imports: [LiveSessionsCoreModule, LiveMediaModule, LiveBreakoutStateModule],
  controllers: [SlideMaterialsController],
  providers: [
    LiveRoomRepository,
    LiveRoomStore,
    LiveRoomService,
    LiveRoomGateway,
    LiveRoomProcess,
    SlideMaterialsService,
    LiveBreakoutRepository,
    LiveBreakoutService,
  ],
})
export class LiveRoomModule {}
