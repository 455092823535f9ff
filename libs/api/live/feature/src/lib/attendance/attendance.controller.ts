import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import {
  AttendanceEntrySchema,
  AttendanceQuerySchema,
  AttendanceSummaryQuerySchema,
  AttendanceSummarySchema,
  type AttendanceEntry,
  type AttendanceSummary,
} from '@ecampus/shared/contracts';
import { liveSessionNotFound } from '../live.errors';
import { attachmentDisposition } from './attendance-csv';
import { LiveAttendanceService } from './live-attendance.service';

// Queries are validated by the API's global zod pipe (a bad format or ratio → 400 validation_failed).
export class AttendanceQueryDto extends createZodDto(AttendanceQuerySchema) {}
export class AttendanceSummaryQueryDto extends createZodDto(AttendanceSummaryQuerySchema) {}
export class AttendanceEntryDto extends createZodDto(AttendanceEntrySchema) {}
export class AttendanceSummaryDto extends createZodDto(AttendanceSummarySchema) {}

/** A malformed id answers like an unknown session. */
const SessionId = () => IdParam('sessionId', liveSessionNotFound);

/** Attendance: HTTP → LiveAttendanceService, which checks the caller's role in the session's program. */
@ApiTags('live')
@ApiBearerAuth()
@Controller()
export class AttendanceController {
  constructor(private readonly attendance: LiveAttendanceService) {}

  /** API.md: a bare array (`[{userId, displayName, …}]`); `?format=csv` the same as a file. */
  @Get('live-sessions/:sessionId/attendance')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: AttendanceEntryDto, isArray: true })
  async list(
    @CurrentUser() caller: AuthUser,
    @SessionId() sessionId: string,
    @Query() query: AttendanceQueryDto,
  ): Promise<AttendanceEntry[] | StreamableFile> {
    if (query.format !== 'csv') return this.attendance.sessionAttendance(caller, sessionId);
    const file = await this.attendance.sessionAttendanceCsv(caller, sessionId);
    return new StreamableFile(Buffer.from(file.content, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: attachmentDisposition(file.fileName),
    });
  }

  /** Members only (`@ProgramRoles()`: outsiders 404); whose rows she sees is the service's decision. */
  @Get('programs/:programId/attendance-summary')
  @ProgramRoles()
  @ApiOkResponse({ type: AttendanceSummaryDto })
  summary(@CurrentProgramAccess() access: ProgramAccess, @Query() query: AttendanceSummaryQueryDto): Promise<AttendanceSummary> {
    return this.attendance.summaryFor(access, query.ratio);
  }
}
