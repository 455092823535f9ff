import type { Lesson, LessonSummary, ModuleDetail, ModuleHistoryEntry, ModuleSummary, Program } from '@ecampus/shared/contracts';

/** Contract-typed sample data for the unit tests of the curriculum libraries. */
export function aProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: 'p1',
    title: 'Politikerinnen ins Netz 2027',
    description: 'Reverse Mentoring',
    mode: 'reverse',
    status: 'running',
    startsOn: '2027-03-01',
    endsOn: '2027-12-31',
    applicationDeadline: null,
    freeOfCharge: true,
    timeCommitment: '',
    contactName: 'Programmbüro',
    contactEmail: null,
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    myRoles: ['trainer'],
    myTandemId: null,
    archived: false,
    archivedAt: null,
    ...overrides,
  };
}

export function aModule(overrides: Partial<ModuleSummary> = {}): ModuleSummary {
  const id = overrides.id ?? 'm1';
  return {
    id,
    programId: 'p1',
    title: `Modul ${id}`,
    summary: 'Worum es geht.',
    learningGoals: [],
    position: 1,
    status: 'published',
    releaseAt: null,
    prerequisiteModuleId: null,
    publishedAt: '2027-03-01T10:00:00.000Z',
    lessonCount: 0,
    estimatedMinutes: 0,
    lock: null,
    progress: { lessonsCompleted: 0, lessonCount: 0, assignmentsApproved: 0, assignmentCount: 0, completed: false },
    createdAt: '2027-03-01T10:00:00.000Z',
    updatedAt: '2027-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aLessonSummary(overrides: Partial<LessonSummary> = {}): LessonSummary {
  const id = overrides.id ?? 'l1';
  return { id, moduleId: 'm1', title: `Lektion ${id}`, position: 1, estimatedMinutes: null, completed: false, ...overrides };
}

export function aModuleDetail(overrides: Partial<ModuleDetail> = {}): ModuleDetail {
  return { ...aModule(overrides), lessons: [], materials: [], assignments: [], canEdit: false, ...overrides };
}

export function aLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    ...aLessonSummary(overrides),
    programId: 'p1',
    moduleTitle: 'Die eigene Facebook-Seite',
    body: '',
    html: '<p>Inhalt</p>',
    videoUrl: null,
    video: null,
    previousLessonId: null,
    nextLessonId: null,
    completedAt: null,
    updatedAt: '2027-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aHistoryEntry(overrides: Partial<ModuleHistoryEntry> = {}): ModuleHistoryEntry {
  return {
    id: 'h1',
    at: '2027-03-01T10:00:00.000Z',
    action: 'created',
    actor: { userId: 'u1', displayName: 'Miriam Schäfer' },
    lesson: null,
    changes: {},
    ...overrides,
  };
}
