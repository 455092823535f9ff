import { ForbiddenException } from '@nestjs/common';
import type { ProgramAccess } from '@ecampus/api/programs/access';
import { AttendanceSummaries, type HeldSessionRow, type SessionStayRow } from '@ecampus/api/live/attendance';
import { LiveAttendanceService, toAttendanceEntries, type AttendanceQueries, type SessionModeration } from './live-attendance.service';

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
  const queries: AttendanceQueries & ConstructorParameters<typeof AttendanceSummaries>[0] = {
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
  const service = new LiveAttendanceService(queries, refuse, { now: () => NOW }, new AttendanceSummaries(queries));
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

  it('reads nothing of a session the caller may not moderate', async () => {
    await expect(service.sessionAttendance({ id: 'me', isAdmin: false }, 's1')).rejects.toThrow(ForbiddenException);
    await expect(service.sessionAttendanceCsv({ id: 'me', isAdmin: false }, 's1')).rejects.toThrow(ForbiddenException);
    expect(calls).toEqual([]);
  });
});
