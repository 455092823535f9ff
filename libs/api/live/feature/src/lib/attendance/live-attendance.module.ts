import { Module } from '@nestjs/common';
import { LiveSessionsCoreModule } from '../session/live-sessions-core.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { LiveAttendanceService } from './live-attendance.service';

/** Attendance (README.md "Attendance"): the session list, its CSV, the program summary; exports the service for certificates. */
@Module({
  imports: [LiveSessionsCoreModule],
  controllers: [AttendanceController],
  providers: [AttendanceRepository, LiveAttendanceService],
  exports: [LiveAttendanceService],
})
export class LiveAttendanceModule {}
