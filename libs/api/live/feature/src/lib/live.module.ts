import { Module } from '@nestjs/common';
import { LiveSessionsCoreModule } from './session/live-sessions-core.module';
import { LiveScheduleModule } from './schedule/live-schedule.module';
import { LiveAttendanceModule } from './attendance/live-attendance.module';
import { LiveRoomModule } from './room/live-room.module';

// The shared core lives in session/ (the parts import it from there: no import cycle); re-exported for readers of this file.
export { LiveSessionsCoreModule } from './session/live-sessions-core.module';

/** Live seminars (README.md): scheduling, the room over Socket.IO, attendance. */
@Module({
  imports: [LiveSessionsCoreModule, LiveScheduleModule, LiveAttendanceModule, LiveRoomModule],
})
export class LiveModule {}
