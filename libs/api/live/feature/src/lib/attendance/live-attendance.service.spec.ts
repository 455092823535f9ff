import { ForbiddenException } from '@nestjs/common';
import type { ProgramAccess } from '@ecampus/api/programs/access';
import type { HeldSessionRow, ParticipantRow, ProgramStayRow, SessionStayRow } from './attendance.repository';
import {
  LiveAttendanceService,
  toAttendanceEntries,
  toAttendanceSummary,
  type AttendanceQueries,
  type SessionModeration,
} from './live-attendance.service';

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

describe('toAttendanceEntries', () => {
  it('folds the stays of each person into one entry, keeping the rows’ order by name', () => {
    const row = (userId: string, displayName: string, from: number, to: number | null, roles: string[] = ['mentee']): SessionStayRow => ({
      userId,
      displayName,
      roles,
      isAdmin: false,
      joinedAt: at(from),
      leftAt: to === null ? null : at(to),
      lastSeenAt: to === null ? at(30) : at(to),
    });
    const entries = toAttendanceEntries(
      [row('a', 'Anna', -3, 10), row('a', 'Anna', 11, 20), row('t', 'Tina', -10, null, ['trainer', 'mentor'])],
      { startedAt: at(0), endedAt: null },
      at(30),
    );
    expect(entries).toEqual([
      {
        userId: 'a',
        displayName: 'Anna',
        role: 'mentee',
        minutesPresent: 20,
        firstJoinedAt: at(-3).toISOString(),
        lastLeftAt: at(20).toISOString(),
      },
      { userId: 't', displayName: 'Tina', role: 'trainer', minutesPresent: 30, firstJoinedAt: at(-10).toISOString(), lastLeftAt: null },
    ]);
  });
});

describe('LiveAttendanceService', () => {
  const calls: string[] = [];
  const queries: AttendanceQueries = {
    sessionStays: async () => (calls.push('sessionStays'), []),
    heldSessions: async () => (calls.push('heldSessions'), [session('s1', 60)]),
    participants: async (_p, userIds) => (calls.push(`participants ${JSON.stringify(userIds)}`), [{ userId: 'me', displayName: 'Ich' }]),
    programStays: async (_p, sessionIds, userIds) => (calls.push(`programStays ${sessionIds.join()} ${JSON.stringify(userIds)}`), []),
  };
  const refuse: SessionModeration = {
    toModerate: async () => {
      throw new ForbiddenException();
    },
  };
  const service = new LiveAttendanceService(queries, refuse, { now: () => NOW });
  const access = (roles: ProgramAccess['roles'], isAdmin = false): ProgramAccess => ({
    programId: PROGRAM,
    userId: 'me',
    isAdmin,
    roles,
    currentTandem: null,
    archived: false,
  });

  beforeEach(() => (calls.length = 0));

  it('gives staff everyone, participants their own row', async () => {
    await service.summaryFor(access(['trainer']), 0.5);
    await service.summaryFor(access([], true), 0.5);
    await service.summaryFor(access(['mentee']), 0.5);
    expect(calls.filter((c) => c.startsWith('participants'))).toEqual(['participants null', 'participants null', 'participants ["me"]']);
    expect(calls.filter((c) => c.startsWith('programStays'))).toEqual([
      'programStays s1 null',
      'programStays s1 null',
      'programStays s1 ["me"]',
    ]);
  });

  it('refuses a ratio outside 0–1 from code that bypasses the route', async () => {
    await expect(service.summaryOfProgram(PROGRAM, 1.5)).rejects.toThrow(RangeError);
    await expect(service.summaryOfProgram(PROGRAM, Number.NaN)).rejects.toThrow(RangeError);
  });

  it('reads nothing of a session the caller may not moderate', async () => {
    await expect(service.sessionAttendance({ id: 'me', isAdmin: false }, 's1')).rejects.toThrow(ForbiddenException);
    await expect(service.sessionAttendanceCsv({ id: 'me', isAdmin: false }, 's1')).rejects.toThrow(ForbiddenException);
    expect(calls).toEqual([]);
  });
});
