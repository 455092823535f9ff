import { HttpException } from '@nestjs/common';
import { ProgramAccessService } from '@ecampus/api/programs/access';
import { DEFAULT_LOCALE, setLocaleSource, type PersonProgram, type ProgramRole, type TandemStatus } from '@ecampus/shared/contracts';
import type { LockedMember, MemberRow, PersonRow } from './members.repository';
import type { ProfileValues } from './profiles.repository';
import type { ProgramRow } from './programs.repository';
import { ProgramsService, type Accounts, type MemberQueries, type ProfileQueries, type ProgramQueries } from './programs.service';
import type { ACTIVE_TANDEM_CONFLICT, TandemRow } from './tandems.repository';
import { TandemsService, type ContactQueries, type MeetingQueries, type TandemQueries } from './tandems.service';

/*
 * Unit tests of the rules with in-memory fakes of the repositories, typed by what the services
 * need: a changed repository signature fails type-check here. The same rules are proven against
 * real PostgreSQL in the *.integration-spec.ts files.
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

type AccessQueries = ConstructorParameters<typeof ProgramAccessService>[0];

/** Roles in program P with the member lock's contract: `work` sees and changes one person's roles. */
class FakeMembers implements MemberQueries {
  readonly locked: string[] = [];
  /** `mentor:<userId>` / `mentee:<userId>` of people in an active or paused tandem. */
  readonly inOpenTandem = new Set<string>();

  constructor(private readonly roles: Map<string, ProgramRole[]>) {}

  async withMemberLock<T>(programId: string, userId: string, work: (member: LockedMember) => Promise<T>): Promise<T> {
    this.locked.push(`${programId}:${userId}`);
    const held = () => (programId === P ? (this.roles.get(userId) ?? []) : []);
    return work({
      roles: async () => [...held()],
      addRole: async (role) => void this.roles.set(userId, [...held(), role]),
      removeRole: async (role) => {
        const before = held();
        this.roles.set(
          userId,
          before.filter((r) => r !== role),
        );
        return before.includes(role);
      },
      inOpenTandemAs: async (side) => this.inOpenTandem.has(`${side}:${userId}`),
    });
  }

  listMembers = jest.fn(async (): Promise<MemberRow[]> => []);

  listProgramsOf = jest.fn(async (): Promise<PersonProgram[]> => []);

  findMember = jest.fn(async (_p: string, uid: string): Promise<MemberRow | null> => ({
    userId: uid,
    displayName: 'X',
    email: 'x@x',
    roles: this.roles.get(uid) ?? [],
    municipality: null,
    bundesland: null,
    postalCode: null,
    office: null,
    channels: [],
    tandemId: null,
  }));
}

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
    archivedAt: null,
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

  /** Program P's archived flag as the access checks read it. */
  const state = { archived: false };
  const accessRepo = {
    standingOf: jest.fn(async (pid: string, uid: string) =>
      pid === P ? { roles: roles.get(uid) ?? [], currentTandem: null, archived: state.archived } : null,
    ),
    findTandem: jest.fn(async (tid: string) => (tid === T ? { ...tandem } : null)),
  } satisfies AccessQueries;
  const programsRepo = {
    insertProgram: jest.fn(async () => P),
    findProgram: jest.fn(async (pid: string) => (pid === P ? { ...program } : null)),
    listPrograms: jest.fn(async () => [program]),
    updateProgram: jest.fn(async (): Promise<boolean> => true),
    setArchived: jest.fn(async (_pid: string, archived: boolean): Promise<boolean> => {
      const changed = state.archived !== archived;
      state.archived = archived;
      return changed;
    }),
  } satisfies ProgramQueries;
  const members = new FakeMembers(roles);
  const contacts = {
    listPeopleWithRole: jest.fn(async (): Promise<PersonRow[]> => []),
  } satisfies ContactQueries;
  const profiles = {
    findProfile: jest.fn(async (): Promise<ProfileValues | null> => null),
    saveProfile: jest.fn(async () => undefined),
  } satisfies ProfileQueries;
  const tandemsRepo = {
    insertTandem: jest.fn(async (): Promise<string> => T),
    listTandems: jest.fn(async () => [tandemRow()]),
    findTandem: jest.fn(async (): Promise<TandemRow | null> => tandemRow()),
    updateTandem: jest.fn(async (): Promise<'updated' | 'stale' | typeof ACTIVE_TANDEM_CONFLICT> => 'updated'),
  } satisfies TandemQueries;
  const meetingsRepo = {
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
  } satisfies MeetingQueries;
  const accounts = {
    findById: jest.fn(async (uid: string) => (uid === id(404) ? null : { id: uid, email: 'x@x', displayName: 'X', isAdmin: false })),
    inviteUser: jest.fn(),
  } satisfies Accounts;
  // The real access service on a fake repository: its 404/403 decisions are part of what we test.
  const access = new ProgramAccessService(accessRepo);
  const programs = new ProgramsService(programsRepo, members, profiles, access, accounts);
  const tandems = new TandemsService(tandemsRepo, meetingsRepo, contacts, programsRepo, access);
  return { roles, tandem, program, state, programsRepo, members, tandemsRepo, meetingsRepo, profiles, accounts, programs, tandems };
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
  it('404 for outsiders and unknown programs, 403 for members without the role, admins pass', async () => {
    const w = world();
    expect((await failure(w.programs.getProgram(OUTSIDER, P))).status).toBe(404);
    expect((await failure(w.programs.getProgram(ADMIN, id(500)))).status).toBe(404);
    expect(w.programsRepo.findProgram).not.toHaveBeenCalledWith(id(500), expect.anything());
    expect((await failure(w.programs.listMembers(MENTEE, P))).status).toBe(403);
    await expect(w.programs.listMembers(TRAINER, P)).resolves.toEqual([]);
    await expect(w.programs.listMembers(ADMIN, P, 'mentor')).resolves.toEqual([]);
    expect(w.members.listMembers).toHaveBeenLastCalledWith(P, 'mentor');
  });
});

describe('ProgramsService', () => {
  it('only admins create programs; new programs start as draft', async () => {
    const w = world();
    expect(
      (await failure(w.programs.createProgram(COORD, { title: 'X', mode: 'classic', startsOn: '2027-01-01', endsOn: '2027-02-01' })))
        .status,
    ).toBe(403);
    await w.programs.createProgram(ADMIN, { title: 'X', mode: 'classic', startsOn: '2027-01-01', endsOn: '2027-02-01', contactEmail: '' });
    expect(w.programsRepo.insertProgram).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'draft', contactEmail: null, freeOfCharge: true }),
      ADMIN.id,
    );
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
    w.programsRepo.findProgram.mockResolvedValue({ ...w.program, status: from });
    const result = w.programs.updateProgram(COORD, P, { status: to });
    if (allowed) {
      await result;
      expect(w.programsRepo.updateProgram).toHaveBeenCalledWith(P, { status: to }, from);
    } else {
      expect(await failure(result)).toMatchObject({ status: 422, code: 'invalid_status_transition' });
      expect(w.programsRepo.updateProgram).not.toHaveBeenCalled();
    }
  });

  it('a concurrent change makes an update stale (409); trainers may not edit (403)', async () => {
    const w = world();
    w.programsRepo.updateProgram.mockResolvedValue(false);
    expect((await failure(w.programs.updateProgram(COORD, P, { title: 'Neu' }))).status).toBe(409);
    expect((await failure(w.programs.updateProgram(TRAINER, P, { title: 'Neu' }))).status).toBe(403);
  });

  it('checks the date order against the stored dates (400 with the field)', async () => {
    const w = world();
    const f = await failure(w.programs.updateProgram(COORD, P, { endsOn: '2027-01-01' }));
    expect(f).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(w.programsRepo.updateProgram).not.toHaveBeenCalled();
  });

  it('members: unknown user 404, mentor+mentee conflict 422, duplicate role 422, other roles combine; checked under the member lock', async () => {
    const w = world();
    expect((await failure(w.programs.addMember(COORD, P, { userId: id(404), role: 'mentee' }))).status).toBe(404);
    expect(await failure(w.programs.addMember(COORD, P, { userId: MENTOR.id, role: 'mentee' }))).toMatchObject({
      status: 422,
      code: 'role_conflict',
    });
    expect(w.members.locked).toEqual([`${P}:${MENTOR.id}`]);
    expect(w.roles.get(MENTOR.id)).toEqual(['mentor']);
    expect(await failure(w.programs.addMember(COORD, P, { userId: MENTOR.id, role: 'mentor' }))).toMatchObject({
      status: 422,
      code: 'role_already_held',
    });
    await expect(w.programs.addMember(COORD, P, { userId: id(50), role: 'trainer' })).resolves.toMatchObject({
      userId: id(50),
      roles: ['trainer'],
    });
    await w.programs.addMember(COORD, P, { userId: id(50), role: 'mentor' });
    expect(w.roles.get(id(50))).toEqual(['trainer', 'mentor']);
    expect((await failure(w.programs.addMember(MENTOR, P, { userId: id(51), role: 'trainer' }))).status).toBe(403);
  });

  it('a role in a running tandem is not removed (422); a role not held 404', async () => {
    const w = world();
    w.members.inOpenTandem.add(`mentee:${MENTEE.id}`);
    expect(await failure(w.programs.removeMemberRole(COORD, P, MENTEE.id, 'mentee'))).toMatchObject({
      status: 422,
      code: 'member_in_tandem',
    });
    expect(w.roles.get(MENTEE.id)).toEqual(['mentee']);
    expect((await failure(w.programs.removeMemberRole(COORD, P, MENTEE.id, 'trainer'))).status).toBe(404);
    await w.programs.removeMemberRole(COORD, P, TRAINER.id, 'trainer');
    expect(w.roles.get(TRAINER.id)).toEqual([]);
    expect((await failure(w.programs.removeMemberRole(TRAINER, P, MENTOR.id, 'mentor'))).status).toBe(404);
  });

  it('answers in the locale of the request; role names come from the one label table', async () => {
    const w = world();
    const conflict = () => failure(w.programs.addMember(COORD, P, { userId: MENTOR.id, role: 'mentee' }));
    expect((await conflict()).message).toBe('Eine Person kann in einem Programm nicht zugleich Mentorin / Mentor und Mentee sein.');
    setLocaleSource(() => 'en');
    try {
      expect((await conflict()).message).toBe('A person cannot be both Mentor and Mentee in the same program.');
    } finally {
      setLocaleSource(() => DEFAULT_LOCALE);
    }
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
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTOR.id, menteeId: MENTOR.id }))).toMatchObject({
      status: 422,
      code: 'same_person',
    });
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTEE.id, menteeId: OTHER.id }))).toMatchObject({
      status: 422,
      code: 'role_mismatch',
    });
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTOR.id, menteeId: TRAINER.id }))).toMatchObject({
      status: 422,
      code: 'role_mismatch',
    });
    w.tandemsRepo.insertTandem.mockResolvedValueOnce('active_tandem_conflict');
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTOR.id, menteeId: OTHER.id }))).toMatchObject({
      status: 422,
      code: 'already_in_active_tandem',
    });
    await expect(w.tandems.createTandem(ADMIN, P, { mentorId: MENTOR.id, menteeId: OTHER.id })).resolves.toMatchObject({ id: T });
    expect((await failure(w.tandems.createTandem(TRAINER, P, { mentorId: MENTOR.id, menteeId: OTHER.id }))).status).toBe(403);
  });

  it('participants list their own tandems only, staff all', async () => {
    const w = world();
    await w.tandems.listTandems(OTHER, P);
    expect(w.tandemsRepo.listTandems).toHaveBeenLastCalledWith(P, { userId: OTHER.id, sides: ['mentee'] });
    await w.tandems.listTandems(TRAINER, P);
    expect(w.tandemsRepo.listTandems).toHaveBeenLastCalledWith(P, undefined);
    await w.tandems.listTandems(ADMIN, P);
    expect(w.tandemsRepo.listTandems).toHaveBeenLastCalledWith(P, undefined);
  });

  it('another participant of the program does not see the tandem (404); the trainer does', async () => {
    const w = world();
    expect((await failure(w.tandems.getTandem(OTHER, T))).status).toBe(404);
    expect((await failure(w.tandems.getTandem(OUTSIDER, T))).status).toBe(404);
    await expect(w.tandems.getTandem(TRAINER, T)).resolves.toMatchObject({
      canLogMeetings: false,
      canChangeStatus: false,
      canEditGoals: false,
    });
    await expect(w.tandems.getTandem(MENTEE, T)).resolves.toMatchObject({ canLogMeetings: true, canEditGoals: true });
  });

  it('status by coordinators only, goals by partners or coordinators, nothing after the end', async () => {
    const w = world();
    expect((await failure(w.tandems.updateTandem(MENTOR, T, { status: 'paused' }))).status).toBe(403);
    expect((await failure(w.tandems.updateTandem(TRAINER, T, { goals: 'x' }))).status).toBe(403);
    await w.tandems.updateTandem(MENTEE, T, { goals: 'Ziele' });
    expect(w.tandemsRepo.updateTandem).toHaveBeenLastCalledWith(T, { goals: 'Ziele' }, 'active');
    await w.tandems.updateTandem(COORD, T, { status: 'ended', endReason: 'Umzug' });
    expect(w.tandemsRepo.updateTandem).toHaveBeenLastCalledWith(T, { goals: undefined, status: 'ended', endReason: 'Umzug' }, 'active');
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
    w.tandemsRepo.updateTandem.mockResolvedValueOnce('active_tandem_conflict');
    expect(await failure(w.tandems.updateTandem(COORD, T, { status: 'active' }))).toMatchObject({
      status: 422,
      code: 'already_in_active_tandem',
    });
    w.tandemsRepo.updateTandem.mockResolvedValueOnce('stale');
    expect((await failure(w.tandems.updateTandem(COORD, T, { status: 'active' }))).status).toBe(409);
  });

  it('meetings: only the two partners write; coordinators read; trainers neither', async () => {
    const w = world();
    const body = { date: '2026-01-01', format: 'online' as const, durationMinutes: 30 };
    expect(await failure(w.tandems.createMeeting(COORD, T, body))).toMatchObject({ status: 403, code: 'not_tandem_member' });
    expect(await failure(w.tandems.createMeeting(ADMIN, T, body))).toMatchObject({ status: 403, code: 'not_tandem_member' });
    expect((await failure(w.tandems.createMeeting(OTHER, T, body))).status).toBe(404);
    await expect(w.tandems.createMeeting(MENTOR, T, body)).resolves.toMatchObject({ tandemId: T });
    expect(w.meetingsRepo.insertMeeting).toHaveBeenCalledWith(expect.objectContaining({ createdBy: MENTOR.id, notes: '' }));
    await expect(w.tandems.listMeetings(COORD, T)).resolves.toHaveLength(1);
    expect((await failure(w.tandems.listMeetings(TRAINER, T))).status).toBe(403);
  });
});

describe('archived programs (issue 7)', () => {
  it('only admins archive and unarchive (403); an unknown program is 404; archiving again changes nothing', async () => {
    const w = world();
    expect((await failure(w.programs.archiveProgram(COORD, P))).status).toBe(403);
    expect((await failure(w.programs.unarchiveProgram(COORD, P))).status).toBe(403);
    expect((await failure(w.programs.archiveProgram(ADMIN, id(500)))).status).toBe(404);
    expect(w.programsRepo.setArchived).not.toHaveBeenCalled();
    await w.programs.archiveProgram(ADMIN, P);
    await w.programs.archiveProgram(ADMIN, P);
    expect(w.state.archived).toBe(true);
    await expect(w.programsRepo.setArchived.mock.results[1]?.value).resolves.toBe(false);
    await w.programs.unarchiveProgram(ADMIN, P);
    expect(w.state.archived).toBe(false);
  });

  it('lists leave archived programs out unless asked for', async () => {
    const w = world();
    await w.programs.listPrograms(MENTEE);
    expect(w.programsRepo.listPrograms).toHaveBeenLastCalledWith(MENTEE.id, false, false);
    await w.programs.listPrograms(ADMIN, { includeArchived: true });
    expect(w.programsRepo.listPrograms).toHaveBeenLastCalledWith(ADMIN.id, true, true);
  });

  it('read-only for everyone, admins included: 422 program_archived after the access check; members still read', async () => {
    const w = world();
    w.state.archived = true;
    const archived = { status: 422, code: 'program_archived' };
    expect(await failure(w.programs.updateProgram(ADMIN, P, { title: 'Neu' }))).toMatchObject(archived);
    expect(await failure(w.programs.updateProgram(COORD, P, { title: 'Neu' }))).toMatchObject(archived);
    expect(await failure(w.programs.addMember(COORD, P, { userId: id(50), role: 'trainer' }))).toMatchObject(archived);
    expect(await failure(w.programs.updateMyProfile(MENTEE, P, { channels: [] }))).toMatchObject(archived);
    expect(await failure(w.tandems.createTandem(COORD, P, { mentorId: MENTOR.id, menteeId: OTHER.id }))).toMatchObject(archived);
    expect(await failure(w.tandems.updateTandem(MENTEE, T, { goals: 'x' }))).toMatchObject(archived);
    expect(await failure(w.tandems.updateTandem(COORD, T, { status: 'paused' }))).toMatchObject(archived);
    const meeting = { date: '2026-01-01', format: 'online' as const, durationMinutes: 30 };
    expect(await failure(w.tandems.createMeeting(MENTOR, T, meeting))).toMatchObject(archived);
    // Who may not do it at all still hears so first.
    expect((await failure(w.programs.updateProgram(TRAINER, P, { title: 'Neu' }))).status).toBe(403);
    expect((await failure(w.tandems.createMeeting(COORD, T, meeting))).status).toBe(403);
    expect((await failure(w.programs.updateProgram(OUTSIDER, P, { title: 'Neu' }))).status).toBe(404);
    expect(w.programsRepo.updateProgram).not.toHaveBeenCalled();
    expect(w.profiles.saveProfile).not.toHaveBeenCalled();
    expect(w.tandemsRepo.updateTandem).not.toHaveBeenCalled();
    expect(w.meetingsRepo.insertMeeting).not.toHaveBeenCalled();

    await expect(w.programs.getProgram(MENTEE, P)).resolves.toMatchObject({ id: P });
    await expect(w.tandems.getTandem(MENTEE, T)).resolves.toMatchObject({ canEditGoals: false, canLogMeetings: false });
    await expect(w.tandems.getTandem(COORD, T)).resolves.toMatchObject({ canChangeStatus: false });
    await expect(w.tandems.listMeetings(MENTOR, T)).resolves.toHaveLength(1);
    // Taking a role away only narrows access: allowed.
    await w.programs.removeMemberRole(ADMIN, P, TRAINER.id, 'trainer');
    expect(w.roles.get(TRAINER.id)).toEqual([]);
  });
});

describe('a person’s programs (admins)', () => {
  it('admins only (403), unknown person 404, else her programs with roles', async () => {
    const w = world();
    expect((await failure(w.programs.listProgramsOfPerson(COORD, MENTEE.id))).status).toBe(403);
    expect((await failure(w.programs.listProgramsOfPerson(ADMIN, id(404)))).status).toBe(404);
    expect(w.members.listProgramsOf).not.toHaveBeenCalled();
    const mine: PersonProgram[] = [{ programId: P, title: 'Programm', status: 'draft', archived: false, roles: ['mentee'] }];
    w.members.listProgramsOf.mockResolvedValueOnce(mine);
    await expect(w.programs.listProgramsOfPerson(ADMIN, MENTEE.id)).resolves.toEqual(mine);
    expect(w.members.listProgramsOf).toHaveBeenCalledWith(MENTEE.id);
  });
});

describe('access follows membership (issue 7)', () => {
  it('a partner whose role was removed no longer sees the tandem, its contacts or its log (404), nor lists it', async () => {
    const w = world();
    w.tandem.status = 'ended';
    w.roles.set(MENTEE.id, []);
    for (const attempt of [
      w.tandems.getTandem(MENTEE, T),
      w.tandems.listMeetings(MENTEE, T),
      w.tandems.updateTandem(MENTEE, T, { goals: 'x' }),
      w.tandems.createMeeting(MENTEE, T, { date: '2026-01-01', format: 'online', durationMinutes: 5 }),
      w.tandems.listTandems(MENTEE, P),
    ]) {
      expect((await failure(attempt)).status).toBe(404);
    }
    // Her partner keeps the shared history.
    await expect(w.tandems.getTandem(MENTOR, T)).resolves.toMatchObject({ mentee: { userId: MENTEE.id } });
    // Back in the program on the other side, her old tandem stays hidden and is not listed.
    w.roles.set(MENTEE.id, ['mentor']);
    expect((await failure(w.tandems.getTandem(MENTEE, T))).status).toBe(404);
    await w.tandems.listTandems(MENTEE, P);
    expect(w.tandemsRepo.listTandems).toHaveBeenLastCalledWith(P, { userId: MENTEE.id, sides: ['mentor'] });
  });
});
