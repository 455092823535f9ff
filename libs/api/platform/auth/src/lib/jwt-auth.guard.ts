import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, t } from '@ecampus/shared/contracts';
import { Authenticator } from './authenticator';
import { ADMIN_ONLY, IS_PUBLIC, type AuthenticatedRequest } from './auth.decorators';

interface HeaderRequest extends AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
}

/** Reads `Authorization: Bearer <token>`; anything else counts as no token. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}

/**
 * Global HTTP guard (APP_GUARD): every route needs a valid access token of a live session unless
 * marked @Public(); @AdminOnly() additionally needs the admin flag. Non-HTTP contexts (sockets)
 * authenticate in their own handshake.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<HeaderRequest>();
    req.user = await this.authenticator.authenticate(bearerToken(req.headers['authorization']));
    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, targets) && !req.user.isAdmin) {
      throw new ForbiddenException({
        code: ErrorCode.Forbidden,
        message: t('Diese Aktion ist nur für Administratorinnen und Administratoren erlaubt.', 'Only administrators may do this.'),
      });
    }
    return true;
  }
}
