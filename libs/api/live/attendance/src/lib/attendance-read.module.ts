import { Module } from '@nestjs/common';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceSummaries } from './attendance-summaries';

/** Reading attendance: the repository and the program summaries (the live feature and certificates import this). */
@Module({ providers: [AttendanceRepository, AttendanceSummaries], exports: [AttendanceRepository, AttendanceSummaries] })
export class AttendanceReadModule {}
