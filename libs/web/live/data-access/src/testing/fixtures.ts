import type { AttendanceEntry, LiveSession, ModuleSummary, Program, ProgramMember } from '@ecampus/shared/contracts';

/*
 * Contract-typed sample data for the scheduling and attendance specs (data-access, ui and feature).
 * Times are fixed instants; specs move a clock relative to them.
 */

const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** A scheduled session of program p1, 1 March 2027 18:00 UTC, 90 minutes, as a participant sees it. */
export function aLiveSession(overrides: Partial<LiveSession> = {}): LiveSession {
  const id = overrides.id ?? 's1';
  const startsAt = overrides.startsAt ?? '2027-03-01T18:00:00.000Z';
  const durationMinutes = overrides.durationMinutes ?? 90;
  return {
    id,
    programId: 'p1',
    title: `Live-Seminar ${id}`,
    description: '',
    startsAt,
    durationMinutes,
    endsAt: addMinutes(startsAt, durationMinutes),
    joinableFrom: addMinutes(startsAt, -15),
    moduleId: null,
    moduleTitle: null,
    trainers: [{ userId: 'u-trainer', displayName: 'Tanja Trainer' }],
    status: 'scheduled',
    startedAt: null,
    endedAt: null,
    canModerate: false,
    createdAt: '2027-02-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aLiveProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: 'p1',
    title: 'Politikerinnen ins Netz 2027',
    description: 'Reverse Mentoring',
    mode: 'reverse',
    status: 'running',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    applicationDeadline: null,
    freeOfCharge: true,
    timeCommitment: '',
    contactName: 'Programmbüro',
    contactEmail: null,
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    myRoles: ['mentee'],
    myTandemId: null,
    archived: false,
    archivedAt: null,
    ...overrides,
  };
}

export function aLiveModule(id: string, title: string): ModuleSummary {
  return {
    id,
    programId: 'p1',
    title,
    summary: '',
    learningGoals: [],
    position: 1,
    status: 'published',
    releaseAt: null,
    prerequisiteModuleId: null,
    publishedAt: '2027-01-01T10:00:00.000Z',
    lessonCount: 0,
    estimatedMinutes: 0,
    lock: null,
    progress: { lessonsCompleted: 0, lessonCount: 0, assignmentsApproved: 0, assignmentCount: 0, completed: false },
    createdAt: '2027-01-01T10:00:00.000Z',
    updatedAt: '2027-01-01T10:00:00.000Z',
  };
}

export function aMember(userId: string, displayName: string, roles: ProgramMember['roles']): ProgramMember {
  return {
    userId,
    displayName,
    email: `${userId}@example.org`,
    roles,
    profile: { municipality: null, bundesland: null, postalCode: null, office: null, channels: [] },
    tandemId: null,
  };
}

export function anAttendanceEntry(overrides: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return {
    userId: 'u-mentee',
    displayName: 'Mia Mentee',
    role: 'mentee',
    minutesPresent: 85,
    firstJoinedAt: '2027-03-01T17:55:00.000Z',
    lastLeftAt: '2027-03-01T19:30:00.000Z',
    ...overrides,
  };
}
