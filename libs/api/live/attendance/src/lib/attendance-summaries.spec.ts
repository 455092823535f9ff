import type { HeldSessionRow, ParticipantRow, ProgramStayRow } from './attendance.repository';
import { AttendanceSummaries, toAttendanceSummary, type SummaryQueries } from './attendance-summaries';

const at = (m: number) => new Date(Date.UTC(2027, 3, 1, 10, 0, 0) + m * 60_000);
const NOW = at(24 * 60);
const PROGRAM = '11111111-1111-4111-8111-111111111111';

const session = (id: string, minutes: number, startM = 0): HeldSessionRow => ({
  id,
  title: `Seminar ${id}`,
  startsAt: at(startM),
  startedAt: at(startM),
  endedAt: at(startM + minutes),
});
const stay = (sessionId: string, userId: string, from: number, to: number): ProgramStayRow => ({
  sessionId,
  userId,
  joinedAt: at(from),
  leftAt: at(to),
  lastSeenAt: at(to),
});

describe('toAttendanceSummary', () => {
  const sessions = [session('s1', 60), session('s2', 90, 1000)];
  const people: ParticipantRow[] = [
    { userId: 'anna', displayName: 'Anna' },
    { userId: 'berta', displayName: 'Berta' },
    { userId: 'carla', displayName: 'Carla' },
  ];
  const stays = [
    // Anna: all of s1; 45 of 90 minutes of s2, in two stays bridged by a reconnect.
    stay('s1', 'anna', -5, 65),
    stay('s2', 'anna', 1000, 1020),
    stay('s2', 'anna', 1021, 1045),
    // Berta: 29 minutes of s1, nothing of s2.
    stay('s1', 'berta', 0, 29),
  ];

  it('counts sessions attended by the ratio of the minutes each was live', () => {
    const summary = toAttendanceSummary(sessions, people, stays, 0.5, NOW);
    expect(summary.ratio).toBe(0.5);
    expect(summary.sessions).toEqual([
      { id: 's1', title: 'Seminar s1', startsAt: at(0).toISOString(), minutesHeld: 60 },
      { id: 's2', title: 'Seminar s2', startsAt: at(1000).toISOString(), minutesHeld: 90 },
    ]);
    expect(summary.people).toEqual([
      { userId: 'anna', displayName: 'Anna', sessionsHeld: 2, sessionsAttended: 2, minutesPresent: 105, share: 1 },
      { userId: 'berta', displayName: 'Berta', sessionsHeld: 2, sessionsAttended: 0, minutesPresent: 29, share: 0 },
      { userId: 'carla', displayName: 'Carla', sessionsHeld: 2, sessionsAttended: 0, minutesPresent: 0, share: 0 },
    ]);
  });

  it('moves with the ratio', () => {
    const strict = toAttendanceSummary(sessions, people, stays, 0.9, NOW);
    expect(strict.people.map((p) => [p.userId, p.sessionsAttended, p.share])).toEqual([
      ['anna', 1, 0.5],
      ['berta', 0, 0],
      ['carla', 0, 0],
    ]);
    const lenient = toAttendanceSummary(sessions, people, stays, 0.25, NOW);
    expect(lenient.people.map((p) => [p.userId, p.sessionsAttended])).toEqual([
      ['anna', 2],
      ['berta', 1],
      ['carla', 0],
    ]);
  });

  it('has a share of 0 when no session was held', () => {
    expect(toAttendanceSummary([], people, [], 0.5, NOW).people[0]).toEqual({
      userId: 'anna',
      displayName: 'Anna',
      sessionsHeld: 0,
      sessionsAttended: 0,
      minutesPresent: 0,
      share: 0,
    });
  });
});

describe('AttendanceSummaries', () => {
  const none: SummaryQueries = { heldSessions: async () => [], participants: async () => [], programStays: async () => [] };

  it('refuses a ratio outside 0–1 from code that bypasses the route', async () => {
    const summaries = new AttendanceSummaries(none);
    await expect(summaries.summaryOfProgram(PROGRAM, 1.5, NOW)).rejects.toThrow(RangeError);
    await expect(summaries.summaryOfProgram(PROGRAM, Number.NaN, NOW)).rejects.toThrow(RangeError);
  });
});
