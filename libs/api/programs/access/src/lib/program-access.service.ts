import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ErrorCode, isId, type ProgramRole } from '@ecampus/shared/contracts';
import { ProgramAccessRepository, type TandemRef } from './program-access.repository';

/** Who is asking: the subset of the access token that authorisation needs. */
export interface Caller {
  id: string;
  isAdmin: boolean;
}

/** The caller's standing in one program. */
export interface ProgramAccess {
  programId: string;
  userId: string;
  isAdmin: boolean;
  roles: ProgramRole[];
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

export const programNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: 'Dieses Programm gibt es nicht, oder Sie haben keinen Zugriff darauf.',
  });

export const tandemNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: 'Dieses Tandem gibt es nicht, oder Sie haben keinen Zugriff darauf.',
  });

export const missingProgramRole = (roles: readonly ProgramRole[]) =>
  new ForbiddenException({
    code: ErrorCode.Forbidden,
    message: `Dafür brauchen Sie in diesem Programm eine dieser Rollen: ${roles.map((r) => ROLE_NAMES[r]).join(', ')}.`,
  });

const ROLE_NAMES: Record<ProgramRole, string> = {
  coordinator: 'Programmleitung',
  trainer: 'Trainerin/Referent',
  mentor: 'Mentorin/Mentor',
  mentee: 'Mentee',
};

export function hasAnyRole(access: ProgramAccess, roles: readonly ProgramRole[]): boolean {
  return access.roles.some((r) => roles.includes(r));
}

/**
 * Program-scoped authorisation for every feature: who belongs to a program in which role.
 * Rule of thumb (API.md): a program the caller does not belong to does not exist for them (404);
 * a member without the needed role gets 403. Admins pass every check.
 */
@Injectable()
export class ProgramAccessService {
  constructor(private readonly repo: ProgramAccessRepository) {}

  rolesOf(programId: string, userId: string): Promise<ProgramRole[]> {
    if (!isId(programId) || !isId(userId)) return Promise.resolve([]);
    return this.repo.rolesOf(programId, userId);
  }

  /** 404 unless the program exists and the caller is a member of it or an admin. */
  async accessOf(caller: Caller, programId: string): Promise<ProgramAccess> {
    if (!isId(programId)) throw programNotFound();
    const roles = await this.repo.rolesOf(programId, caller.id);
    if (roles.length === 0) {
      if (!caller.isAdmin || !(await this.repo.programExists(programId))) throw programNotFound();
    }
    return { programId, userId: caller.id, isAdmin: caller.isAdmin, roles };
  }

  /** Like accessOf, plus 403 for a member holding none of `roles`. Admins pass. */
  async assertRole(caller: Caller, programId: string, roles: readonly ProgramRole[]): Promise<ProgramAccess> {
    const access = await this.accessOf(caller, programId);
    if (!access.isAdmin && !hasAnyRole(access, roles)) throw missingProgramRole(roles);
    return access;
  }

  /** The person's current tandem (active, else paused) in the program, or null. */
  currentTandemOf(programId: string, userId: string): Promise<TandemRef | null> {
    if (!isId(programId) || !isId(userId)) return Promise.resolve(null);
    return this.repo.currentTandemOf(programId, userId);
  }

  /**
   * 404 unless the caller may know the tandem: its two partners, the program's coordinators and
   * trainers, admins. Other participants of the same program cannot list it, so it stays hidden.
   */
  async tandemAccess(caller: Caller, tandemId: string): Promise<TandemAccess> {
    if (!isId(tandemId)) throw tandemNotFound();
    const tandem = await this.repo.findTandem(tandemId);
    if (!tandem) throw tandemNotFound();
    const roles = await this.repo.rolesOf(tandem.programId, caller.id);
    const program: ProgramAccess = { programId: tandem.programId, userId: caller.id, isAdmin: caller.isAdmin, roles };
    const side = tandem.mentorId === caller.id ? 'mentor' : tandem.menteeId === caller.id ? 'mentee' : null;
    const isCoordinator = caller.isAdmin || roles.includes('coordinator');
    const isStaff = isCoordinator || roles.includes('trainer');
    if (!side && !isStaff) throw tandemNotFound();
    return { tandem, program, side, isStaff, isCoordinator };
  }
}
