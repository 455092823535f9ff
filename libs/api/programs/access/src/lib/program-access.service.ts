import { Inject, Injectable } from '@nestjs/common';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { missingProgramRole, programNotFound, tandemNotFound } from './program-access.errors';
import { ProgramAccessRepository, type ProgramStanding, type TandemRef } from './program-access.repository';

/** Who is asking: the subset of the access token that authorisation needs. */
export interface Caller {
  id: string;
  isAdmin: boolean;
}

/** The caller's standing in one program (roles empty: an admin who is not a member). */
export interface ProgramAccess extends ProgramStanding {
  programId: string;
  userId: string;
  isAdmin: boolean;
}

/** The caller's standing towards one tandem. */
export interface TandemAccess {
  tandem: TandemRef;
  program: ProgramAccess;
  /** 'mentor' | 'mentee' when the caller is one of the two partners. */
  side: 'mentor' | 'mentee' | null;
  /** Admin, coordinator or trainer of the tandem's program. */
  isStaff: boolean;
  isCoordinator: boolean;
}

/** What the service needs of its repository. */
export type ProgramAccessQueries = Pick<ProgramAccessRepository, 'programExists' | 'standingOf' | 'findTandem'>;

export function hasAnyRole(access: ProgramAccess, roles: readonly ProgramRole[]): boolean {
  return access.roles.some((r) => roles.includes(r));
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
  standingOf(programId: string, userId: string): Promise<ProgramStanding> {
    return this.repo.standingOf(programId, userId);
  }

  /** 404 unless the program exists and the caller is a member of it or an admin. */
  async accessOf(caller: Caller, programId: string): Promise<ProgramAccess> {
    const standing = await this.repo.standingOf(programId, caller.id);
    if (standing.roles.length === 0) {
      if (!caller.isAdmin || !(await this.repo.programExists(programId))) throw programNotFound();
    }
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
   */
  async tandemAccess(caller: Caller, tandemId: string): Promise<TandemAccess> {
    const tandem = await this.repo.findTandem(tandemId);
    if (!tandem) throw tandemNotFound();
    const standing = await this.repo.standingOf(tandem.programId, caller.id);
    const program: ProgramAccess = { programId: tandem.programId, userId: caller.id, isAdmin: caller.isAdmin, ...standing };
    const side = tandem.mentorId === caller.id ? 'mentor' : tandem.menteeId === caller.id ? 'mentee' : null;
    const isCoordinator = caller.isAdmin || standing.roles.includes('coordinator');
    const isStaff = isCoordinator || standing.roles.includes('trainer');
    if (!side && !isStaff) throw tandemNotFound();
    return { tandem, program, side, isStaff, isCoordinator };
  }
}
