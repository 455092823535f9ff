import { HttpException, NotFoundException } from '@nestjs/common';
import type { Caller, ProgramAccess } from '@ecampus/api/programs/access';
import type { SubmissionStatus } from '@ecampus/shared/contracts';
import { AssignmentAccess, type AssignmentLookups, type ModuleLists, type ProgramLookup } from './assignment-access';
import type { AssignmentRow } from './assignments.repository';
import type { ModuleRow } from './modules.repository';
import {
  acceptsFiles,
  canReview,
  distinctIds,
  hasContent,
  isLate,
  nextStatus,
  reviewRefusal,
  toAssignmentSummary,
  toStoredFile,
  type SubmissionEvent,
} from './submission.rules';

const tandem = { mentorId: 'mona', menteeId: 'erika' };

describe('isLate', () => {
  const due = new Date('2027-05-01T18:00:00Z');
  it('is never late without a due date', () => expect(isLate(null, new Date('2099-01-01T00:00:00Z'))).toBe(false));
  it('on the due instant is on time; a millisecond after is late', () => {
    expect(isLate(due, new Date('2027-05-01T18:00:00.000Z'))).toBe(false);
    expect(isLate(due, new Date('2027-05-01T18:00:00.001Z'))).toBe(true);
    expect(isLate(due, new Date('2027-04-30T10:00:00Z'))).toBe(false);
  });
});

describe('nextStatus: the submission state machine', () => {
  const table: [SubmissionStatus | null, SubmissionEvent, SubmissionStatus | null][] = [
    [null, 'submit', 'submitted'],
    ['submitted', 'submit', 'submitted'],
    ['changes_requested', 'submit', 'submitted'],
    ['approved', 'submit', null],
    ['submitted', 'approved', 'approved'],
    ['submitted', 'changes_requested', 'changes_requested'],
    ['changes_requested', 'approved', null],
    ['changes_requested', 'changes_requested', null],
    ['approved', 'approved', null],
    ['approved', 'changes_requested', null],
    [null, 'approved', null],
  ];
  it.each(table)('%s --%s--> %s', (current, event, expected) => expect(nextStatus(current, event)).toBe(expected));
});

describe('review rights', () => {
  it('staff review other tandems’ waiting submissions', () => {
    expect(reviewRefusal(true, tandem, 'tina', 'submitted')).toBeNull();
    expect(canReview(true, tandem, 'tina', 'submitted')).toBe(true);
  });
  it('nobody reviews her own tandem, staff or not (a coordinator who is also the mentor)', () => {
    expect(reviewRefusal(true, tandem, 'mona', 'submitted')).toBe('own_tandem');
    expect(reviewRefusal(true, tandem, 'erika', 'submitted')).toBe('own_tandem');
    expect(canReview(true, tandem, 'mona', 'submitted')).toBe(false);
  });
  it('participants never review; reviewed submissions wait for a new version', () => {
    expect(reviewRefusal(false, tandem, 'olga', 'submitted')).toBe('not_staff');
    expect(reviewRefusal(true, tandem, 'tina', 'changes_requested')).toBe('not_waiting');
    expect(reviewRefusal(true, tandem, 'tina', 'approved')).toBe('not_waiting');
  });
});

describe('hand-in content', () => {
  it('needs text, a link or a file', () => {
    expect(hasContent({})).toBe(false);
    expect(hasContent({ text: '   \n', links: [], fileIds: [] })).toBe(false);
    expect(hasContent({ text: 'Unsere Seite' })).toBe(true);
    expect(hasContent({ links: ['https://example.org'] })).toBe(true);
    expect(hasContent({ fileIds: ['f'] })).toBe(true);
  });
  it('files only where the assignment asks for them', () => {
    expect(acceptsFiles('files')).toBe(true);
    expect(acceptsFiles('text')).toBe(false);
    expect(acceptsFiles('links')).toBe(false);
  });
  it('counts each file once, whatever the case of its id', () =>
    expect(distinctIds(['AAAAAAAA-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001', 'b'])).toEqual([
      'aaaaaaaa-0000-4000-8000-000000000001',
      'b',
    ]));
});

describe('answers', () => {
  it('waiting reviews only for staff', () => {
    const row = {
      id: 'a',
      moduleId: 'm',
      title: 'Facebook-Seite',
      dueAt: new Date('2027-05-01T18:00:00Z'),
      submissionKind: 'text' as const,
      position: 1,
      myStatus: 'submitted' as const,
      waiting: 3,
    };
    expect(toAssignmentSummary(row, true)).toMatchObject({ waitingForReview: 3, dueAt: '2027-05-01T18:00:00.000Z', myStatus: 'submitted' });
    expect(toAssignmentSummary(row, false).waitingForReview).toBe(0);
  });
  it('files download through the API, with their numbers as numbers (json_agg and bigint)', () =>
    expect(
      toStoredFile({
        id: 'f1',
        fileName: 'Plan.pdf',
        contentType: 'application/pdf',
        kind: 'pdf',
        sizeBytes: '2048' as unknown as number,
        pageCount: 3,
        createdAt: '2027-05-01T18:00:00.123456+00:00',
      }),
    ).toEqual({
      id: 'f1',
      fileName: 'Plan.pdf',
      contentType: 'application/pdf',
      kind: 'pdf',
      sizeBytes: 2048,
      pageCount: 3,
      downloadUrl: '/api/submission-files/f1/file',
      createdAt: '2027-05-01T18:00:00.123Z',
    }));
});

// ---------------------------------------------------------------- AssignmentAccess on typed fakes

const PROGRAM = '11111111-1111-4111-8111-111111111111';
const NOW = new Date('2027-04-01T10:00:00Z');

const assignmentRow = (id: string, moduleId: string, moduleStatus: 'draft' | 'published'): AssignmentRow => ({
  id,
  moduleId,
  programId: PROGRAM,
  moduleTitle: `Modul ${moduleId}`,
  moduleStatus,
  title: `Aufgabe ${id}`,
  instructions: '',
  dueAt: null,
  submissionKind: 'text',
  position: 1,
  createdAt: NOW,
  updatedAt: NOW,
});

const moduleRow = (id: string, over: Partial<ModuleRow> = {}): ModuleRow => ({
  id,
  programId: PROGRAM,
  title: `Modul ${id}`,
  summary: '',
  learningGoals: [],
  position: 1,
  status: 'published',
  releaseAt: null,
  prerequisiteModuleId: null,
  publishedAt: NOW,
  createdAt: NOW,
  updatedAt: NOW,
  lessonCount: 1,
  estimatedMinutes: 0,
  lessonsCompleted: 0,
  assignmentCount: 1,
  assignmentsApproved: 0,
  ...over,
});

class Fakes implements AssignmentLookups, ModuleLists, ProgramLookup {
  readonly assignments = new Map<string, AssignmentRow>();
  readonly modules: ModuleRow[] = [];
  readonly roles = new Map<string, ProgramAccess['roles']>();
  async findAssignment(id: string) {
    return this.assignments.get(id) ?? null;
  }
  async listModules() {
    return this.modules;
  }
  async inProgram(caller: Caller, programId: string, notFound: () => HttpException): Promise<ProgramAccess> {
    const roles = this.roles.get(caller.id) ?? [];
    if (roles.length === 0 && !caller.isAdmin) throw notFound();
    return { programId, userId: caller.id, isAdmin: caller.isAdmin, roles, currentTandem: null, archived: caller.id === 'archivist' };
  }
}

async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (e) {
    if (e instanceof HttpException) return `${e.getStatus()} ${(e.getResponse() as { code: string }).code}`;
    throw e;
  }
}

describe('AssignmentAccess', () => {
  const fakes = new Fakes();
  const access = new AssignmentAccess(fakes, fakes, fakes);
  fakes.assignments.set('live', assignmentRow('live', 'open', 'published'));
  fakes.assignments.set('draft', assignmentRow('draft', 'hidden', 'draft'));
  fakes.assignments.set('later', assignmentRow('later', 'later', 'published'));
  fakes.modules.push(moduleRow('open'), moduleRow('later', { releaseAt: new Date('2027-06-01T00:00:00Z') }));
  fakes.roles.set('trainer', ['trainer']);
  fakes.roles.set('mentee', ['mentee']);
  fakes.roles.set('archivist', ['coordinator']);
  const who = (id: string, isAdmin = false): Caller => ({ id, isAdmin });

  it('an assignment in a draft module is the 404 of an unknown one for participants; staff see it', async () => {
    expect(await outcome(access.toAssignment(who('mentee'), 'draft'))).toBe('404 not_found');
    expect(await outcome(access.toAssignment(who('trainer'), 'draft'))).toBe('ok');
    expect(await outcome(access.toAssignment(who('admin', true), 'draft'))).toBe('ok');
  });

  it('outsiders and unknown ids get the assignment’s 404', async () => {
    const e = await access.toAssignment(who('outsider'), 'live').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NotFoundException);
    expect(JSON.stringify((e as NotFoundException).getResponse())).toContain('Aufgabe');
    expect(await outcome(access.toAssignment(who('trainer'), 'nothing'))).toBe('404 not_found');
  });

  it('editing: participants 403, archived program 422', async () => {
    expect(await outcome(access.toEditAssignment(who('mentee'), 'live'))).toBe('403 forbidden');
    expect(await outcome(access.toEditAssignment(who('archivist'), 'live'))).toBe('422 program_archived');
    expect(await outcome(access.toEditAssignment(who('trainer'), 'live'))).toBe('ok');
  });

  it('a module released later is locked for participants (403 module_locked), never for staff', async () => {
    const open = async (id: string, caller: Caller) => access.assertOpen(await access.toAssignment(caller, id), NOW);
    expect(await outcome(open('later', who('mentee')))).toBe('403 module_locked');
    expect(await outcome(open('live', who('mentee')))).toBe('ok');
    expect(await outcome(open('later', who('trainer')))).toBe('ok');
  });
});
