import type {
  Assignment,
  AssignmentSummary,
  Lesson,
  LessonSummary,
  Material,
  ModuleDetail,
  ModuleHistoryEntry,
  ModuleSummary,
  Program,
  StoredFile,
  Submission,
  SubmissionReview,
  SubmissionVersion,
} from '@ecampus/shared/contracts';
import { DEFAULT_UPLOAD_MAX_BYTES } from '@ecampus/shared/contracts';

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
  return { ...aModule(overrides), lessons: [], materials: [], assignments: [], uploadMaxBytes: DEFAULT_UPLOAD_MAX_BYTES, canEdit: false, ...overrides };
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

export function aStoredFile(overrides: Partial<StoredFile> = {}): StoredFile {
  const id = overrides.id ?? 'f1';
  return {
    id,
    fileName: 'notizen.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    kind: 'document',
    sizeBytes: 48_128,
    pageCount: null,
    downloadUrl: `/api/submission-files/${id}/file`,
    createdAt: '2027-03-10T09:00:00.000Z',
    ...overrides,
  };
}

export function aMaterial(overrides: Partial<Material> = {}): Material {
  const id = overrides.id ?? 'mat1';
  return {
    id,
    moduleId: 'm1',
    position: 1,
    fileName: 'Leitfaden Facebook.pdf',
    contentType: 'application/pdf',
    kind: 'pdf',
    sizeBytes: 1_572_864,
    pageCount: 4,
    downloadUrl: `/api/materials/${id}/file`,
    createdAt: '2027-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function anAssignmentSummary(overrides: Partial<AssignmentSummary> = {}): AssignmentSummary {
  const id = overrides.id ?? 'a1';
  return {
    id,
    moduleId: 'm1',
    title: `Aufgabe ${id}`,
    dueAt: null,
    submissionKind: 'text',
    position: 1,
    myStatus: null,
    waitingForReview: 0,
    ...overrides,
  };
}

export function anAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    ...anAssignmentSummary(overrides),
    programId: 'p1',
    moduleTitle: 'Die eigene Facebook-Seite',
    instructions: '',
    instructionsHtml: '<p>Legen Sie gemeinsam eine Seite an.</p>',
    canEdit: false,
    canSubmit: false,
    uploadMaxBytes: DEFAULT_UPLOAD_MAX_BYTES,
    createdAt: '2027-03-01T10:00:00.000Z',
    updatedAt: '2027-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aSubmissionVersion(overrides: Partial<SubmissionVersion> = {}): SubmissionVersion {
  return {
    number: 1,
    text: 'Unsere Seite: facebook.com/beispiel',
    links: [],
    files: [],
    author: { userId: 'u-mentee', displayName: 'Anna Beispiel' },
    submittedAt: '2027-03-10T09:00:00.000Z',
    late: false,
    ...overrides,
  };
}

export function aReview(overrides: Partial<SubmissionReview> = {}): SubmissionReview {
  return {
    id: 'r1',
    versionNumber: 1,
    decision: 'changes_requested',
    feedback: 'Bitte noch ein Titelbild ergänzen.',
    reviewer: { userId: 'u-trainer', displayName: 'Miriam Schäfer' },
    createdAt: '2027-03-11T09:00:00.000Z',
    ...overrides,
  };
}

export function aSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: 's1',
    assignmentId: 'a1',
    tandemId: 't1',
    mentor: { userId: 'u-mentor', displayName: 'Jonas Weber' },
    mentee: { userId: 'u-mentee', displayName: 'Anna Beispiel' },
    status: 'submitted',
    late: false,
    versions: [aSubmissionVersion()],
    reviews: [],
    canReview: false,
    createdAt: '2027-03-10T09:00:00.000Z',
    updatedAt: '2027-03-10T09:00:00.000Z',
    ...overrides,
  };
}
