import { Inject, Injectable } from '@nestjs/common';
import {
  PROGRAM_STATUS_TRANSITIONS,
  ProgramErrorCode,
  programDateProblems,
  programRoleLabel,
  t,
  type AddMemberRequest,
  type CreateProgramRequest,
  type InvitationResult,
  type InviteMemberRequest,
  type MyProgramProfile,
  type PersonProgram,
  type Program,
  type ProgramMember,
  type ProgramRole,
  type UpdateProfileRequest,
  type UpdateProgramRequest,
} from '@ecampus/shared/contracts';
import { AccountsService } from '@ecampus/api/identity/accounts';
import { ProgramAccessService, assertNotArchived, programNotFound, type Caller, type ProgramAccess } from '@ecampus/api/programs/access';
import { MembersRepository } from './members.repository';
import { forbidden, invalidFields, memberRoleNotFound, ruleViolated, staleUpdate, userNotFound } from './programs.errors';
import { toMember, toMyProfile, toProgram } from './programs.mapper';
import { ProfilesRepository } from './profiles.repository';
import { ProgramsRepository, type ProgramValues } from './programs.repository';
import { programStatusName } from './status-names';

/** What this service needs of the repositories and of identity's accounts. */
export type ProgramQueries = Pick<ProgramsRepository, 'insertProgram' | 'findProgram' | 'listPrograms' | 'updateProgram' | 'setArchived'>;
export type MemberQueries = Pick<MembersRepository, 'withMemberLock' | 'listMembers' | 'findMember' | 'listProgramsOf'>;
export type ProfileQueries = Pick<ProfilesRepository, 'findProfile' | 'saveProfile'>;
export type Accounts = Pick<AccountsService, 'findById' | 'inviteUser'>;

/** Mentor and mentee are the two sides of a tandem: one person holds at most one of them per program. */
const EXCLUSIVE_ROLES: Record<ProgramRole, ProgramRole[]> = {
  coordinator: [],
  trainer: [],
  mentor: ['mentee'],
  mentee: ['mentor'],
};

const emptyToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === '' ? null : v);

/** Programs, their members (roles per program) and participant profiles. All rules live here. */
@Injectable()
export class ProgramsService {
  constructor(
    @Inject(ProgramsRepository) private readonly programs: ProgramQueries,
    @Inject(MembersRepository) private readonly members: MemberQueries,
    @Inject(ProfilesRepository) private readonly profiles: ProfileQueries,
    private readonly access: ProgramAccessService,
    @Inject(AccountsService) private readonly accounts: Accounts,
  ) {}

  // ------------------------------------------------------------ programs

  async createProgram(caller: Caller, body: CreateProgramRequest): Promise<Program> {
    if (!caller.isAdmin)
      throw forbidden(t('Programme legen nur Administratorinnen und Administratoren an.', 'Only administrators create programs.'));
    const values: ProgramValues = {
      title: body.title,
      description: body.description ?? '',
      mode: body.mode,
      status: 'draft',
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      applicationDeadline: body.applicationDeadline ?? null,
      freeOfCharge: body.freeOfCharge ?? true,
      timeCommitment: body.timeCommitment ?? '',
      contactName: body.contactName ?? '',
      contactEmail: emptyToNull(body.contactEmail) ?? null,
    };
    const id = await this.programs.insertProgram(values, caller.id);
    return this.loadProgram(id, caller.id);
  }

  /** The caller's programs (admins: all); archived ones only when asked for. */
  async listPrograms(caller: Caller, options: { includeArchived?: boolean } = {}): Promise<Program[]> {
    return (await this.programs.listPrograms(caller.id, caller.isAdmin, options.includeArchived ?? false)).map(toProgram);
  }

  async getProgram(caller: Caller, programId: string): Promise<Program> {
    await this.access.accessOf(caller, programId);
    return this.loadProgram(programId, caller.id);
  }

  /** Coordinators and admins (members or not) edit every field; `status` moves along PROGRAM_STATUS_TRANSITIONS only. */
  async updateProgram(caller: Caller, programId: string, body: UpdateProgramRequest): Promise<Program> {
    assertNotArchived(await this.access.assertRole(caller, programId, ['coordinator']));
    const current = await this.loadProgram(programId, caller.id);

    const { status, contactEmail, ...rest } = body;
    const change: Partial<ProgramValues> = { ...rest };
    if (contactEmail !== undefined) change.contactEmail = emptyToNull(contactEmail) ?? null;

    const merged = {
      startsOn: change.startsOn ?? current.startsOn,
      endsOn: change.endsOn ?? current.endsOn,
      applicationDeadline: change.applicationDeadline !== undefined ? change.applicationDeadline : current.applicationDeadline,
    };
    const problems = programDateProblems(merged);
    if (Object.keys(problems).length > 0) throw invalidFields(problems);

    if (status !== undefined && status !== current.status) {
      if (!PROGRAM_STATUS_TRANSITIONS[current.status].includes(status)) {
        const [from, to] = [programStatusName(current.status), programStatusName(status)];
        throw ruleViolated(
          ProgramErrorCode.InvalidStatusTransition,
          t(`Der Status kann nicht von „${from}“ zu „${to}“ wechseln.`, `The status cannot change from “${from}” to “${to}”.`),
        );
      }
      change.status = status;
    }
    if (Object.keys(change).length > 0) {
      // Guarded by the status we checked against: a concurrent transition makes this one stale.
      if (!(await this.programs.updateProgram(programId, change, current.status))) throw staleUpdate();
    }
    return this.loadProgram(programId, caller.id);
  }

  /**
   * Admins archive a program: it leaves members' lists and navigation, stays readable, and is
   * read-only until unarchived. Idempotent (archiving again keeps the first moment).
   */
  async archiveProgram(caller: Caller, programId: string): Promise<Program> {
    return this.setArchived(caller, programId, true);
  }

  async unarchiveProgram(caller: Caller, programId: string): Promise<Program> {
    return this.setArchived(caller, programId, false);
  }

  private async setArchived(caller: Caller, programId: string, archived: boolean): Promise<Program> {
    if (!caller.isAdmin)
      throw forbidden(
        t('Programme archivieren nur Administratorinnen und Administratoren.', 'Only administrators archive and restore programs.'),
      );
    await this.access.accessOf(caller, programId);
    await this.programs.setArchived(programId, archived);
    return this.loadProgram(programId, caller.id);
  }

  private async loadProgram(programId: string, viewerId: string): Promise<Program> {
    const row = await this.programs.findProgram(programId, viewerId);
    if (!row) throw programNotFound();
    return toProgram(row);
  }

  // ------------------------------------------------------------ members

  /** Coordinators, trainers and admins; `role` narrows the list to people holding it. */
  async listMembers(caller: Caller, programId: string, role?: ProgramRole): Promise<ProgramMember[]> {
    await this.access.assertRole(caller, programId, ['coordinator', 'trainer']);
    return (await this.members.listMembers(programId, role)).map(toMember);
  }

  async addMember(caller: Caller, programId: string, body: AddMemberRequest): Promise<ProgramMember> {
    assertNotArchived(await this.access.assertRole(caller, programId, ['coordinator']));
    const user = await this.accounts.findById(body.userId);
    if (!user) throw userNotFound();
    return this.grantRole(programId, user.id, body.role);
  }

  /** Invites by e-mail (new account + set-password mail); an existing account is simply added. */
  async invite(caller: Caller, programId: string, body: InviteMemberRequest): Promise<InvitationResult> {
    assertNotArchived(await this.access.assertRole(caller, programId, ['coordinator']));
    const program = await this.loadProgram(programId, caller.id);
    const inviter = await this.accounts.findById(caller.id);
    const { user, created } = await this.accounts.inviteUser({
      email: body.email,
      displayName: body.displayName,
      // Named in the German invitation mail.
      invitedByName: inviter?.displayName ?? 'Die Programmleitung',
      programTitle: program.title,
    });
    const member = await this.grantRole(programId, user.id, body.role);
    return { created, member };
  }

  /**
   * A mentor or mentee keeps the role while she is in an active or paused tandem. Also allowed in
   * an archived program: taking a role away only narrows access (to the program and its tandems).
   */
  async removeMemberRole(caller: Caller, programId: string, userId: string, role: ProgramRole): Promise<void> {
    await this.access.assertRole(caller, programId, ['coordinator']);
    await this.members.withMemberLock(programId, userId, async (member) => {
      if ((role === 'mentor' || role === 'mentee') && (await member.inOpenTandemAs(role))) {
        throw ruleViolated(
          ProgramErrorCode.MemberInTandem,
          t(
            'Diese Person ist noch in einem laufenden Tandem. Beenden Sie zuerst das Tandem, dann können Sie die Rolle entfernen.',
            'This person is still in a running tandem. End the tandem first, then you can remove the role.',
          ),
        );
      }
      if (!(await member.removeRole(role))) throw memberRoleNotFound();
    });
  }

  /** A role once per person and program, and never mentor and mentee together. */
  private async grantRole(programId: string, userId: string, role: ProgramRole): Promise<ProgramMember> {
    await this.members.withMemberLock(programId, userId, async (member) => {
      const held = await member.roles();
      if (held.includes(role)) {
        throw ruleViolated(
          ProgramErrorCode.RoleAlreadyHeld,
          t('Diese Person hat diese Rolle in diesem Programm bereits.', 'This person already holds this role in this program.'),
        );
      }
      if (held.some((h) => EXCLUSIVE_ROLES[role].includes(h))) {
        const [mentor, mentee] = [programRoleLabel('mentor'), programRoleLabel('mentee')];
        throw ruleViolated(
          ProgramErrorCode.RoleConflict,
          t(
            `Eine Person kann in einem Programm nicht zugleich ${mentor} und ${mentee} sein.`,
            `A person cannot be both ${mentor} and ${mentee} in the same program.`,
          ),
        );
      }
      await member.addRole(role);
    });
    const member = await this.members.findMember(programId, userId);
    if (!member) throw userNotFound();
    return toMember(member);
  }

  // ------------------------------------------------------------ profile of the caller

  async getMyProfile(caller: Caller, programId: string): Promise<MyProgramProfile> {
    await this.assertMember(caller, programId);
    return toMyProfile(programId, caller.id, await this.profiles.findProfile(programId, caller.id));
  }

  /** Replaces the caller's profile in this program (fields left out become empty). */
  async updateMyProfile(caller: Caller, programId: string, body: UpdateProfileRequest): Promise<MyProgramProfile> {
    assertNotArchived(await this.assertMember(caller, programId));
    await this.profiles.saveProfile(programId, caller.id, {
      municipality: body.municipality || null,
      bundesland: body.bundesland ?? null,
      postalCode: body.postalCode ?? null,
      office: body.office || null,
      channels: body.channels ?? [],
    });
    return this.getMyProfile(caller, programId);
  }

  /** Profiles belong to members; an admin who is not a member has none here. */
  private async assertMember(caller: Caller, programId: string): Promise<ProgramAccess> {
    const access = await this.access.accessOf(caller, programId);
    if (access.roles.length === 0) {
      throw forbidden(
        t(
          'Sie sind nicht Mitglied dieses Programms und haben hier kein Profil.',
          'You are not a member of this program and have no profile here.',
        ),
        ProgramErrorCode.NotAMember,
      );
    }
    return access;
  }

  // ------------------------------------------------------------ a person's programs (admins)

  /** For the admin's account page: the programs the person holds a role in, archived ones included. */
  async listProgramsOfPerson(caller: Caller, userId: string): Promise<PersonProgram[]> {
    if (!caller.isAdmin)
      throw forbidden(
        t('Die Programme einer Person sehen nur Administratorinnen und Administratoren.', "Only administrators see a person's programs."),
      );
    if (!(await this.accounts.findById(userId))) throw userNotFound();
    return this.members.listProgramsOf(userId);
  }
}
