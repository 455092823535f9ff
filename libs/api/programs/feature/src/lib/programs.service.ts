import { Injectable } from '@nestjs/common';
import {
  PROGRAM_STATUS_LABELS,
  PROGRAM_STATUS_TRANSITIONS,
  ProgramErrorCode,
  ProgramRoleSchema,
  isId,
  programDateProblems,
  type AddMemberRequest,
  type CreateProgramRequest,
  type InvitationResult,
  type InviteMemberRequest,
  type MyProgramProfile,
  type Program,
  type ProgramMember,
  type ProgramRole,
  type UpdateProfileRequest,
  type UpdateProgramRequest,
} from '@ecampus/shared/contracts';
import { AccountsService } from '@ecampus/api/identity/accounts';
import { ProgramAccessService, programNotFound, type Caller } from '@ecampus/api/programs/access';
import { forbidden, invalidFields, notFound, ruleViolated, staleUpdate, userNotFound } from './programs.errors';
import { toMember, toMyProfile, toProgram } from './programs.mapper';
import { ProgramsRepository, type ProgramValues } from './programs.repository';

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
    private readonly repo: ProgramsRepository,
    private readonly access: ProgramAccessService,
    private readonly accounts: AccountsService,
  ) {}

  // ------------------------------------------------------------ programs

  async createProgram(caller: Caller, body: CreateProgramRequest): Promise<Program> {
    if (!caller.isAdmin) throw forbidden('Programme legen nur Administratorinnen und Administratoren an.');
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
    const id = await this.repo.insertProgram(values, caller.id);
    return this.loadProgram(id, caller.id);
  }

  async listPrograms(caller: Caller): Promise<Program[]> {
    return (await this.repo.listPrograms(caller.id, caller.isAdmin)).map(toProgram);
  }

  async getProgram(caller: Caller, programId: string): Promise<Program> {
    await this.access.accessOf(caller, programId);
    return this.loadProgram(programId, caller.id);
  }

  /** Coordinators and admins edit; `status` moves along PROGRAM_STATUS_TRANSITIONS only. */
  async updateProgram(caller: Caller, programId: string, body: UpdateProgramRequest): Promise<Program> {
    await this.access.assertRole(caller, programId, ['coordinator']);
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
        throw ruleViolated(
          ProgramErrorCode.InvalidStatusTransition,
          `Der Status kann nicht von „${PROGRAM_STATUS_LABELS[current.status]}“ zu „${PROGRAM_STATUS_LABELS[status]}“ wechseln.`,
        );
      }
      change.status = status;
    }
    if (Object.keys(change).length > 0) {
      // Guarded by the status we checked against: a concurrent transition makes this one stale.
      if (!(await this.repo.updateProgram(programId, change, current.status))) throw staleUpdate();
    }
    return this.loadProgram(programId, caller.id);
  }

  private async loadProgram(programId: string, viewerId: string): Promise<Program> {
    const row = await this.repo.findProgram(programId, viewerId);
    if (!row) throw programNotFound();
    return toProgram(row);
  }

  // ------------------------------------------------------------ members

  /** `role` comes straight from the query string: a repeated or nested `role` is refused, not ignored. */
  async listMembers(caller: Caller, programId: string, role?: unknown): Promise<ProgramMember[]> {
    await this.access.assertRole(caller, programId, ['coordinator', 'trainer']);
    let filter: ProgramRole | undefined;
    if (role !== undefined && role !== '') {
      const parsed = ProgramRoleSchema.safeParse(role);
      if (!parsed.success) throw invalidFields({ role: parsed.error.issues[0]?.message ?? 'Unbekannte Rolle' });
      filter = parsed.data;
    }
    return (await this.repo.listMembers(programId, filter)).map(toMember);
  }

  async addMember(caller: Caller, programId: string, body: AddMemberRequest): Promise<ProgramMember> {
    await this.access.assertRole(caller, programId, ['coordinator']);
    const user = await this.accounts.findById(body.userId);
    if (!user) throw userNotFound();
    return this.grantRole(programId, user.id, body.role);
  }

  /** Invites by e-mail (new account + set-password mail); an existing account is simply added. */
  async invite(caller: Caller, programId: string, body: InviteMemberRequest): Promise<InvitationResult> {
    await this.access.assertRole(caller, programId, ['coordinator']);
    const program = await this.loadProgram(programId, caller.id);
    const inviter = await this.accounts.findById(caller.id);
    const { user, created } = await this.accounts.inviteUser({
      email: body.email,
      displayName: body.displayName,
      invitedByName: inviter?.displayName ?? 'Die Programmleitung',
      programTitle: program.title,
    });
    const member = await this.grantRole(programId, user.id, body.role);
    return { created, member };
  }

  async removeMemberRole(caller: Caller, programId: string, userId: string, role: string): Promise<void> {
    await this.access.assertRole(caller, programId, ['coordinator']);
    const parsed = ProgramRoleSchema.safeParse(role);
    if (!parsed.success) throw invalidFields({ role: parsed.error.issues[0]?.message ?? 'Unbekannte Rolle' });
    if (!isId(userId)) throw notFound('Diese Person hat diese Rolle in diesem Programm nicht.');
    const result = await this.repo.removeRole(programId, userId, parsed.data);
    if (result === 'missing') throw notFound('Diese Person hat diese Rolle in diesem Programm nicht.');
    if (result === 'in_tandem') {
      throw ruleViolated(
        ProgramErrorCode.MemberInTandem,
        'Diese Person ist noch in einem laufenden Tandem. Beenden Sie zuerst das Tandem, dann können Sie die Rolle entfernen.',
      );
    }
  }

  private async grantRole(programId: string, userId: string, role: ProgramRole): Promise<ProgramMember> {
    const result = await this.repo.addRole(programId, userId, role, EXCLUSIVE_ROLES[role]);
    if (result === 'exists') {
      throw ruleViolated(ProgramErrorCode.RoleAlreadyHeld, 'Diese Person hat diese Rolle in diesem Programm bereits.');
    }
    if (result === 'conflict') {
      throw ruleViolated(
        ProgramErrorCode.RoleConflict,
        'Eine Person kann in einem Programm nicht zugleich Mentorin/Mentor und Mentee sein.',
      );
    }
    const member = await this.repo.findMember(programId, userId);
    if (!member) throw userNotFound();
    return toMember(member);
  }

  // ------------------------------------------------------------ profile of the caller

  async getMyProfile(caller: Caller, programId: string): Promise<MyProgramProfile> {
    await this.assertMember(caller, programId);
    return toMyProfile(programId, caller.id, await this.repo.findProfile(programId, caller.id));
  }

  /** Replaces the caller's profile in this program (fields left out become empty). */
  async updateMyProfile(caller: Caller, programId: string, body: UpdateProfileRequest): Promise<MyProgramProfile> {
    await this.assertMember(caller, programId);
    await this.repo.saveProfile(programId, caller.id, {
      municipality: body.municipality || null,
      bundesland: body.bundesland ?? null,
      postalCode: body.postalCode ?? null,
      office: body.office || null,
      channels: body.channels ?? [],
    });
    return this.getMyProfile(caller, programId);
  }

  /** Profiles belong to members; an admin who is not a member has none here. */
  private async assertMember(caller: Caller, programId: string): Promise<void> {
    const access = await this.access.accessOf(caller, programId);
    if (access.roles.length === 0) {
      throw forbidden('Sie sind nicht Mitglied dieses Programms und haben hier kein Profil.', ProgramErrorCode.NotAMember);
    }
  }
}
