import { Module } from '@nestjs/common';
import { LiveSessionsCoreModule } from '../session/live-sessions-core.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceReadModule } from '@ecampus/api/live/attendance';
import { LiveAttendanceService } from './live-attendance.service';

/** Attendance (README.md "Attendance"): the session list, its CSV, the program summary. */
@Module({
  imports: [LiveSessionsCoreModule, AttendanceReadModule],
  controllers: [AttendanceController],
  providers: [LiveAttendanceService],
  exports: [LiveAttendanceService],
})
export class LiveAttendanceModule {}
