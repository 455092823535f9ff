import { Inject, Injectable } from '@nestjs/common';
import type { AttendanceSummary, AttendanceSummaryEntry } from '@ecampus/shared/contracts';
import { AttendanceRepository, type HeldSessionRow, type ParticipantRow, type ProgramStayRow } from './attendance.repository';
import { attended, minutesLive, presenceOf, type AttendanceStay } from './attendance.rules';

export type SummaryQueries = Pick<AttendanceRepository, 'heldSessions' | 'participants' | 'programStays'>;

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
 * Live's public entry for attendance (`@ecampus/api/live/attendance`): per mentor and mentee of a
 * program, of its held sessions how many she attended. The live feature's summary route and the
 * certificates' criteria read the same numbers from here.
 */
@Injectable()
export class AttendanceSummaries {
  constructor(@Inject(AttendanceRepository) private readonly attendance: SummaryQueries) {}

  /**
   * Per mentor and mentee of the program (only `userIds` when given): of its held sessions (ended
   * after a start), how many she attended — present at least `ratio` (0–1) of the minutes the
   * session was live — and her minutes present. No access check: callers check theirs. Three
   * statements whatever the program's size.
   */
  async summaryOfProgram(
    programId: string,
    ratio: number,
    now: Date,
    options: { userIds?: readonly string[] } = {},
  ): Promise<AttendanceSummary> {
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
    return toAttendanceSummary(sessions, people, stays, ratio, now);
  }
}
