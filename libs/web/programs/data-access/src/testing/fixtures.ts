import type { Meeting, PersonProgram, Program, ProgramMember, Tandem, TandemDetail } from '@ecampus/shared/contracts';

/** Contract-typed sample data for the unit tests of the programs libraries. */
export function aProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: 'p1',
    title: 'Politikerinnen ins Netz 2027',
    description: 'Reverse Mentoring',
    mode: 'reverse',
    status: 'running',
    startsOn: '2027-03-01',
    endsOn: '2027-12-31',
    applicationDeadline: '2027-01-31',
    freeOfCharge: true,
    timeCommitment: 'etwa vier Stunden im Monat',
    contactName: 'Programmbüro',
    contactEmail: 'programm@ecampus.example',
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    myRoles: ['coordinator'],
    myTandemId: null,
    archived: false,
    archivedAt: null,
    ...overrides,
  };
}

export function aMember(overrides: Partial<ProgramMember> = {}): ProgramMember {
  return {
    userId: 'u1',
    displayName: 'Anna Beispiel',
    email: 'anna@ecampus.example',
    roles: ['mentee'],
    profile: { municipality: null, bundesland: null, postalCode: null, office: null, channels: [] },
    tandemId: null,
    ...overrides,
  };
}

export function aTandem(overrides: Partial<Tandem> = {}): Tandem {
  return {
    id: 't1',
    programId: 'p1',
    status: 'active',
    endReason: null,
    goals: '',
    mentor: { userId: 'mentor1', displayName: 'Mia Mentorin', email: 'mia@ecampus.example' },
    mentee: { userId: 'mentee1', displayName: 'Erika Mentee', email: 'erika@ecampus.example' },
    createdAt: '2027-03-01T10:00:00.000Z',
    updatedAt: '2027-03-01T10:00:00.000Z',
    endedAt: null,
    lastMeetingOn: null,
    meetingCount: 0,
    quiet: true,
    ...overrides,
  };
}

export function aTandemDetail(overrides: Partial<TandemDetail> = {}): TandemDetail {
  return {
    ...aTandem(),
    programTitle: 'Politikerinnen ins Netz 2027',
    coordinators: [{ userId: 'c1', displayName: 'Clara Koordination', email: 'koordination@ecampus.example' }],
    trainers: [],
    canEditGoals: true,
    canChangeStatus: false,
    canLogMeetings: true,
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    tandemId: 't1',
    date: '2027-03-10',
    format: 'online',
    durationMinutes: 60,
    notes: '',
    createdBy: { userId: 'mentee1', displayName: 'Erika Mentee' },
    createdAt: '2027-03-10T18:00:00.000Z',
    ...overrides,
  };
}

export function aPersonProgram(overrides: Partial<PersonProgram> = {}): PersonProgram {
  return {
    programId: 'p1',
    title: 'Politikerinnen ins Netz 2027',
    status: 'running',
    archived: false,
    roles: ['coordinator'],
    ...overrides,
  };
}
