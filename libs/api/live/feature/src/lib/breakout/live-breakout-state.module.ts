import { Module } from '@nestjs/common';
import { LiveBreakoutStore } from './live-breakout.store';

/** Who is in which breakout room (Redis): read by the media signalling and the room, written by the breakout service. */
@Module({ providers: [LiveBreakoutStore], exports: [LiveBreakoutStore] })
export class LiveBreakoutStateModule {}
