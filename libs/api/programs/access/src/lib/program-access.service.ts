import { Inject, Injectable } from '@nestjs/common';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { missingProgramRole, programArchived, programNotFound, tandemNotFound } from './program-access.errors';
import { ProgramAccessRepository, type ProgramStanding, type ProgramStandingRow, type TandemRef } from './program-access.repository';

/** Who is asking: the subset of the access token that authorisation needs. */
export interface Caller {
  id: string;
  isAdmin: boolean;
}

/** The caller's standing in one program (roles empty: an admin who is not a member). */
export interface ProgramAccess extends ProgramStandingRow {
  programId: string;
  userId: string;
  isAdmin: boolean;
}

/** The caller's standing towards one tandem. */
export interface TandemAccess {
  tandem: TandemRef;
  program: ProgramAccess;
  /** 'mentor' | 'mentee' when the caller is one of the two partners and still holds that role. */
  side: 'mentor' | 'mentee' | null;
  /** Admin, coordinator or trainer of the tandem's program. */
  isStaff: boolean;
  isCoordinator: boolean;
}

/** What the service needs of its repository. */
export type ProgramAccessQueries = Pick<ProgramAccessRepository, 'standingOf' | 'findTandem'>;

export function hasAnyRole(access: ProgramAccess, roles: readonly ProgramRole[]): boolean {
  return access.roles.some((r) => roles.includes(r));
}

/**
 * An archived program is read-only for everyone, admins included (they unarchive first): 422
 * `program_archived`. Call it after the access check, before any change in the program.
 */
export function assertNotArchived(access: Pick<ProgramAccess, 'archived'>): void {
  if (access.archived) throw programArchived();
}

/**
 * Program-scoped authorisation for every feature: who belongs to a program in which role.
 * Rule of thumb (API.md): a program the caller does not belong to does not exist for them (404);
 * a member without the needed role gets 403. Admins pass every check. Ids arrive validated
 * (route ids through `IdParam`, `@ProgramRoles()` checks its own).
 */
@Injectable()
export class ProgramAccessService {
  constructor(@Inject(ProgramAccessRepository) private readonly repo: ProgramAccessQueries) {}

  /** Which roles the person holds in the program and which is her current tandem (active, else paused). */
  async standingOf(programId: string, userId: string): Promise<ProgramStanding> {
    const row = await this.repo.standingOf(programId, userId);
    return { roles: row?.roles ?? [], currentTandem: row?.currentTandem ?? null };
  }

  /** 404 unless the program exists and the caller is a member of it or an admin (archived or not). */
  async accessOf(caller: Caller, programId: string): Promise<ProgramAccess> {
    const standing = await this.repo.standingOf(programId, caller.id);
    if (!standing || (standing.roles.length === 0 && !caller.isAdmin)) throw programNotFound();
    return { programId, userId: caller.id, isAdmin: caller.isAdmin, ...standing };
  }

  /** Like accessOf, plus 403 for a member holding none of `roles`. Admins pass. */
  async assertRole(caller: Caller, programId: string, roles: readonly ProgramRole[]): Promise<ProgramAccess> {
    const access = await this.accessOf(caller, programId);
    if (!access.isAdmin && !hasAnyRole(access, roles)) throw missingProgramRole(roles);
    return access;
  }

  /**
   * 404 unless the caller may know the tandem: its two partners, the program's coordinators and
   * trainers, admins. Other participants of the same program cannot list it, so it stays hidden.
   * Access follows membership: a partner counts only while she still holds her side's role in the
   * program, so a person whose role was removed loses her tandems, ended ones included, with the
   * partner's contact and the meeting log (404, as for anyone who may not know the tandem).
   */
  async tandemAccess(caller: Caller, tandemId: string): Promise<TandemAccess> {
    const tandem = await this.repo.findTandem(tandemId);
    if (!tandem) throw tandemNotFound();
    const standing = await this.repo.standingOf(tandem.programId, caller.id);
    if (!standing) throw tandemNotFound();
    const program: ProgramAccess = { programId: tandem.programId, userId: caller.id, isAdmin: caller.isAdmin, ...standing };
    const holds = (role: ProgramRole) => standing.roles.includes(role);
    const side =
      tandem.mentorId === caller.id && holds('mentor') ? 'mentor' : tandem.menteeId === caller.id && holds('mentee') ? 'mentee' : null;
    const isCoordinator = caller.isAdmin || holds('coordinator');
    const isStaff = isCoordinator || holds('trainer');
    if (!side && !isStaff) throw tandemNotFound();
    return { tandem, program, side, isStaff, isCoordinator };
  }
}
