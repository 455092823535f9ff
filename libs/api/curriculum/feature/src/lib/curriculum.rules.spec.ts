import { HttpException, NotFoundException } from '@nestjs/common';
import type { Caller, ProgramAccess } from '@ecampus/api/programs/access';
import { CurriculumAccess, type LessonLookups, type ModuleLookups, type ProgramStandings } from './curriculum-access';
import type { LessonRow } from './lessons.repository';
import type { ModuleRef, ModuleRow } from './modules.repository';
import { changesBetween, isExactOrder, lockOf, prerequisiteProblem } from './curriculum.rules';

const NOW = new Date('2027-04-01T10:00:00Z');
const PROGRAM = '11111111-1111-4111-8111-111111111111';

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
  lessonCount: 2,
  estimatedMinutes: 0,
  lessonsCompleted: 0,
  assignmentCount: 0,
  assignmentsApproved: 0,
  ...over,
});

describe('lockOf', () => {
  const a = moduleRow('a');
  const b = moduleRow('b', { prerequisiteModuleId: 'a', releaseAt: new Date('2027-05-01T00:00:00Z') });

  it('never locks for staff', () => expect(lockOf(b, [a, b], true, NOW)).toBeNull());
  it('locks while the release is ahead and the prerequisite is not completed', () =>
    expect(lockOf(b, [a, b], false, NOW)).toEqual({ releaseAt: '2027-05-01T00:00:00.000Z', prerequisite: { id: 'a', title: 'Modul a' } }));
  it('opens once both are met', () =>
    expect(lockOf(b, [{ ...a, lessonsCompleted: 2 }, b], false, new Date('2027-06-01T00:00:00Z'))).toBeNull());
  it('keeps a prerequisite locked until its assignments are approved for her tandem', () => {
    const open = { ...b, releaseAt: null };
    const withAssignment = { ...a, lessonsCompleted: 2, assignmentCount: 1 };
    expect(lockOf(open, [withAssignment, open], false, NOW)?.prerequisite).toEqual({ id: 'a', title: 'Modul a' });
    expect(lockOf(open, [{ ...withAssignment, assignmentsApproved: 1 }, open], false, NOW)).toBeNull();
  });
  it('ignores a prerequisite the participant cannot see or complete (draft, nothing to do)', () => {
    const open = { ...b, releaseAt: null };
    expect(lockOf(open, [open], false, NOW)).toBeNull();
    expect(lockOf(open, [{ ...a, lessonCount: 0 }, open], false, NOW)).toBeNull();
  });
});

describe('order and prerequisites', () => {
  it('an order names every module exactly once', () => {
    expect(isExactOrder(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isExactOrder(['A', 'b'], ['a', 'b'])).toBe(true);
    expect(isExactOrder(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isExactOrder(['a'], ['a', 'b'])).toBe(false);
    expect(isExactOrder(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
  });

  it('a prerequisite is not the module itself, of the same program, and makes no cycle', () => {
    const edges = [
      { id: 'a', prerequisiteModuleId: null },
      { id: 'b', prerequisiteModuleId: 'a' },
      { id: 'c', prerequisiteModuleId: 'b' },
    ];
    expect(prerequisiteProblem('a', 'a', edges)).toBe('self');
    expect(prerequisiteProblem('a', 'x', edges)).toBe('other_program');
    expect(prerequisiteProblem('a', 'c', edges)).toBe('cycle');
    expect(prerequisiteProblem('c', 'a', edges)).toBeNull();
    expect(prerequisiteProblem(null, 'c', edges)).toBeNull();
  });
});

describe('history changes', () => {
  it('records changed fields only, long texts shortened, dates as ISO strings', () => {
    const changes = changesBetween(
      { title: 'A', summary: 'kurz', at: new Date(NOW), goals: ['x'] },
      { title: 'A', summary: 'y'.repeat(500), at: new Date('2027-05-01T00:00:00Z'), goals: ['x'] },
    );
    expect(Object.keys(changes)).toEqual(['summary', 'at']);
    expect(String(changes['summary'].to)).toHaveLength(201);
    expect(changes['at']).toEqual({ from: NOW.toISOString(), to: '2027-05-01T00:00:00.000Z' });
    expect(changesBetween({}, { title: 'Neu' })).toEqual({ title: { from: null, to: 'Neu' } });
  });
});

/** Modules and program standings in memory, typed by what `CurriculumAccess` needs. */
class FakeLookups implements ModuleLookups, LessonLookups {
  readonly modules = new Map<string, ModuleRef>();
  async findModuleRef(moduleId: string): Promise<ModuleRef | null> {
    return this.modules.get(moduleId) ?? null;
  }
  async findLesson(): Promise<LessonRow | null> {
    return null;
  }
}

class FakeStandings implements ProgramStandings {
  readonly roles = new Map<string, ProgramAccess['roles']>();
  async accessOf(caller: Caller, programId: string): Promise<ProgramAccess> {
    const roles = this.roles.get(caller.id) ?? [];
    if (roles.length === 0 && !caller.isAdmin) throw new NotFoundException({ code: 'not_found', message: 'Programm' });
    return { programId, userId: caller.id, isAdmin: caller.isAdmin, roles, currentTandem: null, archived: caller.id === 'archivist' };
  }
}

async function status(work: Promise<unknown>): Promise<number | string> {
  try {
    await work;
    return 'ok';
  } catch (e) {
    if (e instanceof HttpException) return `${e.getStatus()} ${(e.getResponse() as { code: string }).code}`;
    throw e;
  }
}

describe('CurriculumAccess', () => {
  const lookups = new FakeLookups();
  const standings = new FakeStandings();
  const access = new CurriculumAccess(lookups, lookups, standings);
  lookups.modules.set('draft', { id: 'draft', programId: PROGRAM, status: 'draft' });
  lookups.modules.set('live', { id: 'live', programId: PROGRAM, status: 'published' });
  standings.roles.set('trainer', ['trainer']);
  standings.roles.set('mentee', ['mentee']);
  standings.roles.set('archivist', ['coordinator']);
  const who = (id: string, isAdmin = false): Caller => ({ id, isAdmin });

  it('drafts: staff see them, participants get the 404 of an unknown module', async () => {
    expect(await status(access.toModule(who('trainer'), 'draft'))).toBe('ok');
    expect(await status(access.toModule(who('admin', true), 'draft'))).toBe('ok');
    expect(await status(access.toModule(who('mentee'), 'draft'))).toBe('404 not_found');
    expect(await status(access.toModule(who('mentee'), 'live'))).toBe('ok');
  });

  it('outsiders get the module’s 404, unknown modules too', async () => {
    const outsider = await access.toModule(who('outsider'), 'live').catch((e: unknown) => e);
    expect(outsider).toBeInstanceOf(NotFoundException);
    expect(JSON.stringify((outsider as NotFoundException).getResponse())).toContain('Modul');
    expect(await status(access.toModule(who('trainer'), 'nothing'))).toBe('404 not_found');
  });

  it('editing: participants who see the module 403, archived program 422', async () => {
    expect(await status(access.toEditModule(who('mentee'), 'live'))).toBe('403 forbidden');
    expect(await status(access.toEditModule(who('archivist'), 'live'))).toBe('422 program_archived');
    expect(await status(access.toEditModule(who('trainer'), 'live'))).toBe('ok');
  });
});
