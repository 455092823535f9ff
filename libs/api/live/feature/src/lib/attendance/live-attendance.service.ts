import { Inject, Injectable } from '@nestjs/common';
import type { Caller, ProgramAccess } from '@ecampus/api/programs/access';
import type { AttendanceEntry, AttendanceSummary, AttendanceSummaryEntry } from '@ecampus/shared/contracts';
import { LiveClock, LiveSessionAccess, isModerator, type LiveSessionView } from '../session';
import { attendanceCsv, attendanceFileName } from './attendance-csv';
import {
  AttendanceRepository,
  type HeldSessionRow,
  type ParticipantRow,
  type ProgramStayRow,
  type SessionStayRow,
} from './attendance.repository';
import { attendanceRole, attended, minutesLive, presenceOf, type AttendanceStay } from './attendance.rules';

export type AttendanceQueries = Pick<AttendanceRepository, 'sessionStays' | 'heldSessions' | 'participants' | 'programStays'>;
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
 * The certificate criteria's view of a program (pure): per participant, of the held sessions, how
 * many she attended (attendance.rules `attended`) and her minutes in all of them.
 */
export function toAttendanceSummary(
  sessions: readonly HeldSessionRow[],
  people: readonly ParticipantRow[],
  stays: readonly ProgramStayRow[],
  ratio: number,
  now: Date,
): AttendanceSummary {
  const staysOf = new Map<string, AttendanceStay[]>();
  for (const stay of stays) {
    const key = `${stay.userId} ${stay.sessionId}`;
    const list = staysOf.get(key) ?? [];
    list.push(stay);
    staysOf.set(key, list);
  }
  const held = sessions.map((s) => ({ ...s, minutesHeld: minutesLive(s, now) }));
  const entries: AttendanceSummaryEntry[] = people.map((person) => {
    let sessionsAttended = 0;
    let minutesPresent = 0;
    for (const session of held) {
      const presence = presenceOf(staysOf.get(`${person.userId} ${session.id}`) ?? [], session, now);
      minutesPresent += presence.minutesPresent;
      if (attended(presence, session.minutesHeld, ratio)) sessionsAttended += 1;
    }
    return {
      userId: person.userId,
      displayName: person.displayName,
      sessionsHeld: held.length,
      sessionsAttended,
      minutesPresent,
      share: held.length === 0 ? 0 : sessionsAttended / held.length,
    };
  });
  return {
    ratio,
    sessions: held.map((s) => ({ id: s.id, title: s.title, startsAt: s.startsAt.toISOString(), minutesHeld: s.minutesHeld })),
    people: entries,
  };
}

/**
 * Attendance (issue 9, item 3): the list of a session for its moderators (JSON or CSV) and the
 * per-person summary of a program that the certificate criteria read. Minutes are computed in
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

  /**
   * Per mentor and mentee of the program (only `userIds` when given): of its held sessions (ended
   * after a start), how many she attended — present at least `ratio` (0–1) of the minutes the
   * session was live — and her minutes present. No access check: for the certificates domain,
   * which checks its caller itself. Three statements whatever the program's size.
   */
  async summaryOfProgram(programId: string, ratio: number, options: { userIds?: readonly string[] } = {}): Promise<AttendanceSummary> {
    if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`ratio must be between 0 and 1, was ${ratio}`);
    const userIds = options.userIds ?? null;
    const [sessions, people] = await Promise.all([
      this.attendance.heldSessions(programId),
      this.attendance.participants(programId, userIds),
    ]);
    const stays = await this.attendance.programStays(
      programId,
      sessions.map((s) => s.id),
      userIds,
    );
    return toAttendanceSummary(sessions, people, stays, ratio, this.clock.now());
  }

  private async entriesOf(session: LiveSessionView): Promise<AttendanceEntry[]> {
    const rows = await this.attendance.sessionStays(session.id, session.programId);
    return toAttendanceEntries(rows, session, this.clock.now());
  }
}
