import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { pleaseSignIn, type AuthUser } from './access-token.service';

export const IS_PUBLIC = 'ecampus:isPublic';
export const ADMIN_ONLY = 'ecampus:adminOnly';

/** The route needs no access token (login, refresh, public verification …). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only admins: others get 403 `forbidden`. Works on a handler or a whole controller. */
export const AdminOnly = () => SetMetadata(ADMIN_ONLY, true);

/** The request property the guard fills. */
export interface AuthenticatedRequest {
  user?: AuthUser;
}

/** The authenticated caller (set by the global JwtAuthGuard). */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  // Only reachable on a @Public() route that asks for a user: a programming error, answered as 401.
  if (!user) throw pleaseSignIn();
  return user;
});
