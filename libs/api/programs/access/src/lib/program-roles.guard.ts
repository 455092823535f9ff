import {
  applyDecorators,
  createParamDecorator,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, isId, t, type ProgramRole } from '@ecampus/shared/contracts';
import type { AuthenticatedRequest } from '@ecampus/api/platform/auth';
import { programNotFound } from './program-access.errors';
import { ProgramAccessService, type ProgramAccess } from './program-access.service';

const PROGRAM_ROLES = 'ecampus:programRoles';

interface ProgramRequest extends AuthenticatedRequest {
  params: Record<string, string | undefined>;
  programAccess?: ProgramAccess;
}

/**
 * For the common case of a route under `/programs/:programId/…`: the caller needs one of `roles`
 * in that program (admins pass); without roles listed, membership is enough. Outsiders get 404,
 * members without the role 403, a malformed id 404 before any query. The result is available through
 * `@CurrentProgramAccess()`.
 *
 *   @Get(':programId/modules') @ProgramRoles('trainer', 'coordinator')
 */
export const ProgramRoles = (...roles: ProgramRole[]) => applyDecorators(SetMetadata(PROGRAM_ROLES, roles), UseGuards(ProgramRolesGuard));

@Injectable()
export class ProgramRolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: ProgramAccessService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<ProgramRole[] | undefined>(PROGRAM_ROLES, [ctx.getHandler(), ctx.getClass()]) ?? [];
    const req = ctx.switchToHttp().getRequest<ProgramRequest>();
    if (!req.user)
      throw new UnauthorizedException({ code: ErrorCode.Unauthenticated, message: t('Bitte melden Sie sich an.', 'Please sign in.') });
    // Guards run before pipes: the route id is checked here, like IdParam does for the handlers.
    const programId = req.params['programId'];
    if (!isId(programId)) throw programNotFound();
    req.programAccess =
      roles.length > 0 ? await this.access.assertRole(req.user, programId, roles) : await this.access.accessOf(req.user, programId);
    return true;
  }
}

/** The caller's standing in the route's program, as checked by `@ProgramRoles()`. */
export const CurrentProgramAccess = createParamDecorator((_data: unknown, ctx: ExecutionContext): ProgramAccess => {
  const access = ctx.switchToHttp().getRequest<ProgramRequest>().programAccess;
  // Only missing when the route forgot @ProgramRoles(): a programming error, never a pass.
  if (!access) throw new Error('CurrentProgramAccess used without @ProgramRoles()');
  return access;
});
