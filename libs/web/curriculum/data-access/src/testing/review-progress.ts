import type { ProgressCell, ProgressMatrix, ProgressModule, ProgressRow, ReviewQueueItem, TandemProgress } from '@ecampus/shared/contracts';

/** Contract-typed sample data of the review queue and the progress matrix, for the curriculum's specs. */
export function aReviewQueueItem(overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem {
  const submissionId = overrides.submissionId ?? 's1';
  return {
    submissionId,
    assignmentId: 'a1',
    assignmentTitle: 'Ihre erste Story',
    moduleId: 'm1',
    moduleTitle: 'Instagram-Stories für den Wahlkreis',
    tandemId: 't1',
    mentor: { userId: 'u-mentor', displayName: 'Lena Vogt' },
    mentee: { userId: 'u-mentee', displayName: 'Ursula Brandt' },
    versionNumber: 1,
    submittedAt: '2027-03-10T09:30:00.000Z',
    late: false,
    ownTandem: false,
    ...overrides,
  };
}

export function aProgressModule(overrides: Partial<ProgressModule> = {}): ProgressModule {
  const id = overrides.id ?? 'm1';
  return { id, title: `Modul ${id}`, position: 1, lessonCount: 4, assignmentCount: 1, ...overrides };
}

export function aProgressCell(overrides: Partial<ProgressCell> = {}): ProgressCell {
  return { moduleId: 'm1', lessonsCompleted: 0, assignmentsApproved: 0, completed: false, ...overrides };
}

export function aProgressRow(overrides: Partial<ProgressRow> = {}): ProgressRow {
  return {
    userId: 'u-mentee',
    displayName: 'Ursula Brandt',
    role: 'mentee',
    tandemId: 't1',
    cells: [],
    modulesCompleted: 0,
    ...overrides,
  };
}

/**
 * A program with two modules ("Die eigene Facebook-Seite": 4 lessons, 1 assignment; "Sicher im
 * Netz": 2 lessons, no assignment) and two tandems: Lena Vogt & Ursula Brandt (both completed the
 * first module) and Jonas Keller & Gisela Hartmann (under way).
 */
export function aProgressMatrix(overrides: Partial<ProgressMatrix> = {}): ProgressMatrix {
  const modules = [
    aProgressModule({ id: 'm1', title: 'Die eigene Facebook-Seite', position: 1, lessonCount: 4, assignmentCount: 1 }),
    aProgressModule({ id: 'm2', title: 'Sicher im Netz', position: 2, lessonCount: 2, assignmentCount: 0 }),
  ];
  const done = aProgressCell({ moduleId: 'm1', lessonsCompleted: 4, assignmentsApproved: 1, completed: true });
  const rows: ProgressRow[] = [
    aProgressRow({
      userId: 'u-gisela',
      displayName: 'Gisela Hartmann',
      role: 'mentee',
      tandemId: 't2',
      cells: [aProgressCell({ moduleId: 'm1', lessonsCompleted: 3 }), aProgressCell({ moduleId: 'm2' })],
    }),
    aProgressRow({
      userId: 'u-jonas',
      displayName: 'Jonas Keller',
      role: 'mentor',
      tandemId: 't2',
      cells: [
        aProgressCell({ moduleId: 'm1', lessonsCompleted: 1 }),
        aProgressCell({ moduleId: 'm2', lessonsCompleted: 2, completed: true }),
      ],
      modulesCompleted: 1,
    }),
    aProgressRow({
      userId: 'u-lena',
      displayName: 'Lena Vogt',
      role: 'mentor',
      tandemId: 't1',
      cells: [done, aProgressCell({ moduleId: 'm2', lessonsCompleted: 1 })],
      modulesCompleted: 1,
    }),
    aProgressRow({ userId: 'u-ursula', cells: [done, aProgressCell({ moduleId: 'm2' })], modulesCompleted: 1 }),
  ];
  const tandems: TandemProgress[] = [
    {
      tandemId: 't1',
      mentor: { userId: 'u-lena', displayName: 'Lena Vogt' },
      mentee: { userId: 'u-ursula', displayName: 'Ursula Brandt' },
      modulesCompletedByBoth: 1,
    },
    {
      tandemId: 't2',
      mentor: { userId: 'u-jonas', displayName: 'Jonas Keller' },
      mentee: { userId: 'u-gisela', displayName: 'Gisela Hartmann' },
      modulesCompletedByBoth: 0,
    },
  ];
  return { programId: 'p1', modules, rows, tandems, ...overrides };
}
