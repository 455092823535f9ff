import { HttpException } from '@nestjs/common';
import type { AccountsService } from '@ecampus/api/identity/accounts';
import { ProgramAccessService } from '@ecampus/api/programs/access';
import type { ProgramRole, TandemStatus } from '@ecampus/shared/contracts';
import type { ProgramRow, ProgramsRepository, TandemRow } from './programs.repository';
import { ProgramsService } from './programs.service';
import { TandemsService } from './tandems.service';

/*
 * Unit tests of the rules with in-memory fakes of the repositories. The same rules are proven
 * against real PostgreSQL in the *.integration-spec.ts files.
 */

const P = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ADMIN = { id: id(1), isAdmin: true };
const COORD = { id: id(2), isAdmin: false };
const TRAINER = { id: id(3), isAdmin: false };
const MENTOR = { id: id(4), isAdmin: false };
const MENTEE = { id: id(5), isAdmin: false };
const OTHER = { id: id(6), isAdmin: false };
const OUTSIDER = { id: id(7), isAdmin: false };

function world() {
  const roles = new Map<string, ProgramRole[]>([
    [COORD.id, ['coordinator']],
    [TRAINER.id, ['trainer']],
    [MENTOR.id, ['mentor']],
    [MENTEE.id, ['mentee']],
    [OTHER.id, ['mentee']],
  ]);
  const tandem = { id: T, programId: P, mentorId: MENTOR.id, menteeId: MENTEE.id, status: 'active' as TandemStatus };
  const program: ProgramRow = {
    id: P,
    title: 'Programm',
    description: '',
    mode: 'reverse',
    status: 'draft',
    startsOn: '2027-03-01',
    endsOn: '2027-12-15',
    applicationDeadline: '2027-01-31',
    freeOfCharge: true,
    timeCommitment: '',
    contactName: '',
    contactEmail: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    myRoles: [],
    myTandemId: null,
  };
  const tandemRow = (): TandemRow => ({
    id: T,
    programId: P,
    status: tandem.status,
    endReason: null,
    goals: '',
    mentor: { userId: MENTOR.id, displayName: 'Mentorin', email: 'm@x' },
    mentee: { userId: MENTEE.id, displayName: 'Mentee', email: 'e@x' },
    createdAt: new Date(),
    updatedAt: new Date(),
    endedAt: null,
    lastMeetingOn: null,
    meetingCount: 0,
    quiet: true,
  });

  const accessRepo = {
    programExists: jest.fn(async (pid: string) => pid === P),
    rolesOf: jest.fn(async (pid: string, uid: string) => (pid === P ? (roles.get(uid) ?? []) : [])),
    currentTandemOf: jest.fn(async () => null),
    findTandem: jest.fn(async (tid: string) => (tid === T ? { ...tandem } : null)),
  };
  const repo = {
    insertProgram: jest.fn(async () => P),
    findProgram: jest.fn(async (pid: string) => (pid === P ? { ...program } : null)),
    listPrograms: jest.fn(async () => [program]),
    updateProgram: jest.fn(async () => true),
    addRole: jest.fn(async (): Promise<'added' | 'exists' | 'conflict'> => 'added'),
    removeRole: jest.fn(async (): Promise<'removed' | 'missing' | 'in_tandem'> => 'removed'),
    listMembers: jest.fn(async () => []),
    findMember: jest.fn(async (_p: string, uid: string) => ({
      userId: uid,
      displayName: 'X',
      email: 'x@x',
      roles: roles.get(uid) ?? [],
      municipality: null,
      bundesland: null,
      postalCode: null,
      office: null,
      channels: [],
      tandemId: null,
    })),
    listPeopleWithRole: jest.fn(async () => []),
    findProfile: jest.fn(async () => null),
    saveProfile: jest.fn(async () => undefined),
    insertTandem: jest.fn(async (): Promise<string> => T),
    listTandems: jest.fn(async () => [tandemRow()]),
    findTandem: jest.fn(async () => tandemRow()),
    updateTandem: jest.fn(async (): Promise<string> => 'updated'),
    insertMeeting: jest.fn(async () => id(99)),
    listMeetings: jest.fn(async () => [
      {
        id: id(99),
        tandemId: T,
        date: '2026-01-01',
        format: 'online' as const,
        durationMinutes: 30,
        notes: '',
        createdById: MENTEE.id,
        createdByName: 'Mentee',
        createdAt: new Date(),
      },
    ]),
  };
  const accounts = {
    findById: jest.fn(async (uid: string) => (uid === id(404) ? null : { id: uid, email: 'x@x', displayName: 'X', isAdmin: false })),
    inviteUser: jest.fn(),
  };
  // The real access service on a fake repository: its 404/403 decisions are part of what we test.
  const access = new ProgramAccessService(accessRepo as never);
  const programs = new ProgramsService(repo as unknown as ProgramsRepository, access, accounts as unknown as AccountsService);
  const tandems = new TandemsService(repo as unknown as ProgramsRepository, access);
  return { roles, tandem, program, repo, accounts, programs, tandems };
}

async function failure(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof HttpException)) throw e;
    const body = e.getResponse() as { code: string; message: string };
    return { status: e.getStatus(), code: body.code, message: body.message };
  }
  throw new Error('expected an HttpException');
}

describe('ProgramAccessService (through the services)', () => {
  it('404 for outsiders and unknown or malformed ids, 403 for members without the role, admins pass', async () => {
    const w = world();
    expect((await failure(w.programs.getProgram(OUTSIDER, P))).status).toBe(404);
    expect((await failure(w.programs.getProgram(ADMIN, id(500)))).status).toBe(404);
    expect((await failure(w.programs.getProgram(ADMIN, 'nope'))).status).toBe(404);
    expect(w.repo.findProgram).not.toHaveBeenCalledWith('nope', expect.anything());
    expect((await failure(w.programs.listMembers(MENTEE, P))).status).toBe(403);
    await expect(w.programs.listMembers(TRAINER, P)).resolves.toEqual([]);
    await expect(w.programs.listMembers(ADMIN, P)).resolves.toEqual([]);
  });
});

describe('ProgramsService', () => {
  it('only admins create programs; new programs start as draft', async () => {
    const w = world();
    expect((await failure(w.programs.createProgram(COORD, { title: 'X', mode: 'classic', startsOn: '2027-01-01', endsOn: '2027-02-01' }))).status).toBe(403);
    await w.programs.createProgram(ADMIN, { title: 'X', mode: 'classic', startsOn: '2027-01-01', endsOn: '2027-02-01', contactEmail: '' });
    expect(w.repo.insertProgram).toHaveBeenCalledWith(expect.objectContaining({ status: 'draft', contactEmail: null, freeOfCharge: true }), ADMIN.id);
  });

  it.each([
    ['draft', 'open', true],
    ['draft', 'running', true],
    ['draft', 'finished', false],
    ['open', 'draft', true],
    ['running', 'open', false],
    ['running', 'finished', true],
    ['finished', 'running', false],
  ] as const)('status %s → %s allowed: %s', async (from, to, allowed) => {
    const w = world();
    w.repo.findProgram.mockResolvedValue({ ...w.program, status: from });
    const result = w.programs.updateProgram(COORD, P, { status: to });
    if (allowed) {
      await result;
      expect(w.repo.updateProgram).toHaveBeenCalledWith(P, { status: to }, from);
    } else {
      expect(await failure(result)).toMatchObject({ status: 422, code: 'invalid_status_transition' });
      expect(w.repo.updateProgram).not.toHaveBeenCalled();
    }
  });

  it('a concurrent change makes an update stale (409); trainers may not edit (403)', async () => {
    const w = world();
    w.repo.updateProgram.mockResolvedValue(false);
    expect((await failure(w.programs.updateProgram(COORD, P, { title: 'Neu' }))).status).toBe(409);
    expect((await failure(w.programs.updateProgram(TRAINER, P, { title: 'Neu' }))).status).toBe(403);
  });

  it('checks the date order against the stored dates (400 with the field)', async () => {
    const w = world();
    const f = await failure(w.programs.updateProgram(COORD, P, { endsOn: '2027-01-01' }));
    expect(f).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(w.repo.updateProgram).not.toHaveBeenCalled();
  });

  it('members: unknown user 404, mentor+mentee conflict 422, duplicate role 422, the exclusion passed to the repository', async () => {
    const w = world();
    expect((await failure(w.programs.addMember(COORD, P, { userId: id(404), role: 'mentee' }))).status).toBe(404);
    w.repo.addRole.mockResolvedValueOnce('conflict');
    expect(await failure(w.programs.addMember(COORD, P, { userId: MENTOR.id, role: 'mentee' }))).toMatchObject({ status: 422, code: 'role_conflict' });
    expect(w.repo.addRole).toHaveBeenLastCalledWith(P, MENTOR.id, 'mentee', ['mentor']);
    w.repo.addRole.mockResolvedValueOnce('exists');
    expect(await failure(w.programs.addMember(COORD, P, { userId: MENTOR.id, role: 'mentor' }))).toMatchObject({ status: 422, code: 'role_already_held' });
    await w.programs.addMember(COORD, P, { userId: id(50), role: 'trainer' });
    expect(w.repo.addRole).toHaveBeenLastCalledWith(P, id(50), 'trainer', []);
    expect((await failure(w.programs.addMember(MENTOR, P, { userId: id(50), role: 'trainer' }))).status).toBe(403);
  });

  it('a role in a running tandem is not removed (422); unknown role names 400; missing 404', async () => {
    const w = world();
    w.repo.removeRole.mockResolvedValueOnce('in_tandem');
    expect(await failure(w.programs.removeMemberRole(COORD, P, MENTEE.id, 'mentee'))).toMatchObject({ status: 422, code: 'member_in_tandem' });
    expect((await failure(w.programs.removeMemberRole(COORD, P, MENTEE.id, 'king'))).status).toBe(400);
    w.repo.removeRole.mockResolvedValueOnce('missing');
    expect((await failure(w.programs.removeMemberRole(COORD, P, MENTEE.id, 'trainer'))).status).toBe(404);
  });

  it('profiles belong to members: an admin outside the program gets 403', async () => {
    const w = world();
    expect(await failure(w.programs.getMyProfile(ADMIN, P))).toMatchObject({ status: 403, code: 'not_a_member' });
    await expect(w.programs.getMyProfile(MENTEE, P)).resolves.toMatchObject({ municipality: null, channels: [] });
  });
});

describe('TandemsService', () => {
  it('mentor ≠ mentee; role fit on both sides; a second active tandem is a 422', async () => {
    const w = world();
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTOR.id, menteeId: MENTOR.id }))).toMatchObject({ status: 422, code: 'same_person' });
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTEE.id, menteeId: OTHER.id }))).toMatchObject({ status: 422, code: 'role_mismatch' });
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTOR.id, menteeId: TRAINER.id }))).toMatchObject({ status: 422, code: 'role_mismatch' });
    w.repo.insertTandem.mockResolvedValueOnce('active_tandem_conflict');
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTOR.id, menteeId: OTHER.id }))).toMatchObject({ status: 422, code: 'already_in_active_tandem' });
    await expect(w.tandems.createTandem(ADMIN, P, { mentorId: MENTOR.id, menteeId: OTHER.id })).resolves.toMatchObject({ id: T });
    expect((await failure(w.tandems.createTandem(TRAINER, P, { mentorId: MENTOR.id, menteeId: OTHER.id }))).status).toBe(403);
  });

  it('participants list their own tandems only, staff all', async () => {
    const w = world();
    await w.tandems.listTandems(OTHER, P);
    expect(w.repo.listTandems).toHaveBeenLastCalledWith(P, OTHER.id);
    await w.tandems.listTandems(TRAINER, P);
    expect(w.repo.listTandems).toHaveBeenLastCalledWith(P, undefined);
    await w.tandems.listTandems(ADMIN, P);
    expect(w.repo.listTandems).toHaveBeenLastCalledWith(P, undefined);
  });

  it('another participant of the program does not see the tandem (404); the trainer does', async () => {
    const w = world();
    expect((await failure(w.tandems.getTandem(OTHER, T))).status).toBe(404);
    expect((await failure(w.tandems.getTandem(OUTSIDER, T))).status).toBe(404);
    await expect(w.tandems.getTandem(TRAINER, T)).resolves.toMatchObject({ canLogMeetings: false, canChangeStatus: false, canEditGoals: false });
    await expect(w.tandems.getTandem(MENTEE, T)).resolves.toMatchObject({ canLogMeetings: true, canEditGoals: true });
  });

  it('status by coordinators only, goals by partners or coordinators, nothing after the end', async () => {
    const w = world();
    expect((await failure(w.tandems.updateTandem(MENTOR, T, { status: 'paused' }))).status).toBe(403);
    expect((await failure(w.tandems.updateTandem(TRAINER, T, { goals: 'x' }))).status).toBe(403);
    await w.tandems.updateTandem(MENTEE, T, { goals: 'Ziele' });
    expect(w.repo.updateTandem).toHaveBeenLastCalledWith(T, { goals: 'Ziele' }, 'active');
    await w.tandems.updateTandem(COORD, T, { status: 'ended', endReason: 'Umzug' });
    expect(w.repo.updateTandem).toHaveBeenLastCalledWith(T, { goals: undefined, status: 'ended', endReason: 'Umzug' }, 'active');
    w.tandem.status = 'ended';
    expect(await failure(w.tandems.updateTandem(COORD, T, { goals: 'x' }))).toMatchObject({ status: 422, code: 'tandem_ended' });
    expect(await failure(w.tandems.createMeeting(MENTEE, T, { date: '2026-01-01', format: 'online', durationMinutes: 5 }))).toMatchObject({
      status: 422,
      code: 'tandem_ended',
    });
  });

  it('resuming into a second active tandem is a 422; a lost race is a 409', async () => {
    const w = world();
    w.tandem.status = 'paused';
    w.repo.updateTandem.mockResolvedValueOnce('active_tandem_conflict');
    expect(await failure(w.tandems.updateTandem(COORD, T, { status: 'active' }))).toMatchObject({ status: 422, code: 'already_in_active_tandem' });
    w.repo.updateTandem.mockResolvedValueOnce('stale');
    expect((await failure(w.tandems.updateTandem(COORD, T, { status: 'active' }))).status).toBe(409);
  });

  it('meetings: only the two partners write; coordinators read; trainers neither', async () => {
    const w = world();
    const body = { date: '2026-01-01', format: 'online' as const, durationMinutes: 30 };
    expect(await failure(w.tandems.createMeeting(COORD, T, body))).toMatchObject({ status: 403, code: 'not_tandem_member' });
    expect(await failure(w.tandems.createMeeting(ADMIN, T, body))).toMatchObject({ status: 403, code: 'not_tandem_member' });
    expect((await failure(w.tandems.createMeeting(OTHER, T, body))).status).toBe(404);
    await expect(w.tandems.createMeeting(MENTOR, T, body)).resolves.toMatchObject({ tandemId: T });
    expect(w.repo.insertMeeting).toHaveBeenCalledWith(expect.objectContaining({ createdBy: MENTOR.id, notes: '' }));
    await expect(w.tandems.listMeetings(COORD, T)).resolves.toHaveLength(1);
    expect((await failure(w.tandems.listMeetings(TRAINER, T))).status).toBe(403);
  });
});
