import { Inject, Injectable } from '@nestjs/common';
import type { Caller, ProgramAccess } from '@ecampus/api/programs/access';
import {
  AttendanceRepository,
  AttendanceSummaries,
  attendanceRole,
  presenceOf,
  type AttendanceStay,
  type SessionStayRow,
} from '@ecampus/api/live/attendance';
import type { AttendanceEntry, AttendanceSummary } from '@ecampus/shared/contracts';
import { LiveClock, LiveSessionAccess, isModerator, type LiveSessionView } from '../session';
import { attendanceCsv, attendanceFileName } from './attendance-csv';

export type AttendanceQueries = Pick<AttendanceRepository, 'sessionStays'>;
export type Summaries = Pick<AttendanceSummaries, 'summaryOfProgram'>;
export type SessionModeration = Pick<LiveSessionAccess, 'toModerate'>;
export type Clock = Pick<LiveClock, 'now'>;

/** The attendance list as a downloadable file. */
export interface AttendanceFile {
  fileName: string;
  content: string;
}

/** The list from a session's stays (rows by name, person, join): one entry per person (pure). */
export function toAttendanceEntries(
  rows: readonly SessionStayRow[],
  session: Pick<LiveSessionView, 'startedAt' | 'endedAt'>,
  now: Date,
): AttendanceEntry[] {
  const people = new Map<string, { first: SessionStayRow; stays: AttendanceStay[] }>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? { first: row, stays: [] };
    person.stays.push(row);
    people.set(row.userId, person);
  }
  // Map keeps insertion order: the rows' order by display name.
  return [...people.values()].map(({ first, stays }) => {
    const presence = presenceOf(stays, session, now);
    return {
      userId: first.userId,
      displayName: first.displayName,
      role: attendanceRole(first.roles, first.isAdmin),
      minutesPresent: presence.minutesPresent,
      firstJoinedAt: (presence.firstJoinedAt as Date).toISOString(),
      lastLeftAt: presence.lastLeftAt?.toISOString() ?? null,
    };
  });
}

/**
 * Attendance (issue 9, item 3): the list of a session for its moderators (JSON or CSV) and the
 * per-person summary of a program (computed by live/attendance, which certificates read too). Minutes are computed in
 * TypeScript by the one pure rule (attendance.rules) from stays loaded in one statement, so the
 * list, the CSV and the summary can never disagree; a program's held sessions hold a few stays per
 * person, tens of thousands of small rows at most for 500 people.
 */
@Injectable()
export class LiveAttendanceService {
  constructor(
    @Inject(AttendanceRepository) private readonly attendance: AttendanceQueries,
    @Inject(LiveSessionAccess) private readonly sessions: SessionModeration,
    @Inject(LiveClock) private readonly clock: Clock,
    @Inject(AttendanceSummaries) private readonly summaries: Summaries,
  ) {}

  /** Everyone who was in the session's room, by name (moderators; others 403, outsiders 404). */
  async sessionAttendance(caller: Caller, sessionId: string): Promise<AttendanceEntry[]> {
    const { session } = await this.sessions.toModerate(caller, sessionId);
    return this.entriesOf(session);
  }

  /** The same list as a CSV file. */
  async sessionAttendanceCsv(caller: Caller, sessionId: string): Promise<AttendanceFile> {
    const { session } = await this.sessions.toModerate(caller, sessionId);
    return { fileName: attendanceFileName(session.title), content: attendanceCsv(await this.entriesOf(session)) };
  }

  /**
   * The summary as the route shows it: staff (coordinators, trainers, admins) see every mentor and
   * mentee, participants only their own row. The caller's standing was checked by the route.
   */
  summaryFor(access: ProgramAccess, ratio: number): Promise<AttendanceSummary> {
    return this.summaryOfProgram(access.programId, ratio, isModerator(access) ? {} : { userIds: [access.userId] });
  }

  /** The program's summary (live/attendance's AttendanceSummaries) at the clock's now. */
  summaryOfProgram(programId: string, ratio: number, options: { userIds?: readonly string[] } = {}): Promise<AttendanceSummary> {
    return this.summaries.summaryOfProgram(programId, ratio, this.clock.now(), options);
  }

  private async entriesOf(session: LiveSessionView): Promise<AttendanceEntry[]> {
    const rows = await this.attendance.sessionStays(session.id, session.programId);
    return toAttendanceEntries(rows, session, this.clock.now());
  }
}
