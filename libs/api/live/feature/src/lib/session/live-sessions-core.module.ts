import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgramAccessModule } from '@ecampus/api/programs/access';
import { LIVE_ENTITIES } from '../entities';
import { AttendanceRecorder } from '../attendance/attendance-recorder';
import { LiveClock } from './live-clock';
import { LiveSessionAccess } from './live-session-access';
import { LiveSessionViewsRepository } from './live-session-views.repository';

/**
 * What every part of the live domain shares: the entities, the session views, the access check,
 * the clock and the attendance recorder (the room writes, attendance reads).
 * The parts (schedule, room, attendance, jobs) import it from here — not from live.module.ts, which
 * imports the parts (a part importing live.module.ts would be an import cycle: its decorator would
 * see an undefined module). LiveModule puts the parts together.
 */
@Module({
  imports: [TypeOrmModule.forFeature(LIVE_ENTITIES), ProgramAccessModule],
  providers: [LiveSessionViewsRepository, LiveSessionAccess, LiveClock, AttendanceRecorder],
  exports: [TypeOrmModule, ProgramAccessModule, LiveSessionViewsRepository, LiveSessionAccess, LiveClock, AttendanceRecorder],
})
export class LiveSessionsCoreModule {}
