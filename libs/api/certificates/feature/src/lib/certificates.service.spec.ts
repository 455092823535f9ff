import { HttpException } from '@nestjs/common';
import type { ProgressModuleRow, ProgressPersonRow } from '@ecampus/api/curriculum/progress';
import type { ProgramAccess } from '@ecampus/api/programs/access';
import type { AttendanceSummary, CertificateCriteria } from '@ecampus/shared/contracts';
import { DEFAULT_CRITERIA } from './certificates.repository';
import { CertificatesService, type AttendanceQueries, type CertificatesQueries, type ProgressQueries } from './certificates.service';
import type { Override } from './eligibility.rules';

/*
 * The service's composition with in-memory fakes typed by what it needs (a changed signature fails
 * type-check here). The same rules run against real PostgreSQL in ../certificates.integration-spec.ts.
 */

const PROGRAM = '11111111-1111-4111-8111-111111111111';
const access = (archived = false): ProgramAccess => ({
  programId: PROGRAM,
  userId: 'coordinator',
  isAdmin: false,
  roles: ['coordinator'],
  currentTandem: null,
  archived,
});

class FakeCertificates implements CertificatesQueries {
  criteria: CertificateCriteria = DEFAULT_CRITERIA;
  overrides = new Map<string, Override>();
  async criteriaOf() {
    return this.criteria;
  }
  async saveCriteria(_p: string, c: Omit<CertificateCriteria, 'updatedAt'>) {
    this.criteria = { ...c, updatedAt: '2027-03-01T10:00:00.000Z' };
  }
  async overridesOf() {
    return this.overrides;
  }
  async saveOverride(_p: string, userId: string, o: Override) {
    this.overrides.set(userId, o);
  }
  async removeOverride(_p: string, userId: string) {
    return this.overrides.delete(userId);
  }
  async isParticipant(_p: string, userId: string) {
    return userId !== 'stranger';
  }
  async tandemMeetings() {
    return new Map([['anna', 2]]);
  }
}

const modules: ProgressModuleRow[] = [{ id: 'm1', title: 'Die eigene Facebook-Seite', position: 1, lessonCount: 2, assignmentCount: 1 }];
const progress: ProgressQueries = {
  publishedModules: async () => modules,
  matrix: async (_p, moduleIds): Promise<ProgressPersonRow[]> => [
    {
      userId: 'anna',
      displayName: 'Anna',
      role: 'mentee',
      tandemId: 't1',
      lessons: moduleIds.map(() => 2),
      approved: moduleIds.map(() => 1),
    },
    {
      userId: 'berta',
      displayName: 'Berta',
      role: 'mentor',
      tandemId: null,
      lessons: moduleIds.map(() => 0),
      approved: moduleIds.map(() => 0),
    },
  ],
};
const summary: AttendanceSummary = {
  ratio: 0.5,
  sessions: [{ id: 's1', title: 'S', startsAt: '2027-03-01T10:00:00.000Z', minutesHeld: 60 }],
  people: [
    { userId: 'anna', displayName: 'Anna', sessionsHeld: 1, sessionsAttended: 1, minutesPresent: 55, share: 1 },
    { userId: 'berta', displayName: 'Berta', sessionsHeld: 1, sessionsAttended: 0, minutesPresent: 10, share: 0 },
  ],
};

async function refusal(work: Promise<unknown>): Promise<HttpException> {
  try {
    await work;
  } catch (e) {
    if (e instanceof HttpException) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('CertificatesService', () => {
  let repo: FakeCertificates;
  let asked: { ratio: number }[];
  let service: CertificatesService;
  beforeEach(() => {
    repo = new FakeCertificates();
    asked = [];
    const attendance: AttendanceQueries = { summaryOfProgram: async (_p, ratio) => (asked.push({ ratio }), summary) };
    service = new CertificatesService(repo, progress, attendance, { now: () => new Date('2027-06-01T10:00:00Z') });
  });

  it('accepts only published modules of the program as required, and nothing in an archived program', async () => {
    expect((await refusal(service.saveCriteria(access(), { ...DEFAULT_CRITERIA, requiredModuleIds: ['m9'] }))).getStatus()).toBe(422);
    expect((await refusal(service.saveCriteria(access(true), { ...DEFAULT_CRITERIA }))).getStatus()).toBe(422);
    const saved = await service.saveCriteria(access(), {
      requiredModuleIds: ['m1', 'm1'],
      minAttendanceRatio: 1,
      requireApprovedAssignments: true,
      minTandemMeetings: 2,
    });
    expect(saved).toMatchObject({ requiredModuleIds: ['m1'], sessionPresenceRatio: 0.5, minTandemMeetings: 2 });
  });

  it('decides for everyone from the program-wide facts, reading attendance at the criteria’s session share', async () => {
    repo.criteria = {
      ...DEFAULT_CRITERIA,
      requiredModuleIds: ['m1'],
      minAttendanceRatio: 1,
      sessionPresenceRatio: 0.8,
      minTandemMeetings: 1,
    };
    const result = await service.eligibility(access());
    expect(asked).toEqual([{ ratio: 0.8 }]);
    expect(result.map((r) => [r.displayName, r.eligible, r.missing.map((m) => m.code)])).toEqual([
      ['Anna', true, []],
      ['Berta', false, ['modules', 'attendance', 'meetings']],
    ]);
  });

  it('keeps the allow/block list for the program’s participants only', async () => {
    expect((await refusal(service.setOverride(access(), 'stranger', { kind: 'allow', reason: 'x' }))).getStatus()).toBe(404);
    await service.setOverride(access(), 'berta', { kind: 'allow', reason: 'Krank, Nachholtermin vereinbart' });
    expect((await service.eligibility(access())).find((r) => r.userId === 'berta')?.eligible).toBe(true);
    await service.removeOverride(access(), 'berta');
    expect((await refusal(service.removeOverride(access(), 'berta'))).getStatus()).toBe(404);
  });
});
