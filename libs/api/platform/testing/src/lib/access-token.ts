import type { INestApplicationContext } from '@nestjs/common';
import { AccessTokenService, type AuthUser } from '@ecampus/api/platform/auth';

export interface SignedIn {
  token: string;
  /** The `Authorization` header value. */
  auth: string;
}

/**
 * An access token for `user` signed by the app's own `AccessTokenService`, exactly as a login
 * would issue it: for specs that are not about logging in (creating the account is the domain's job).
 */
export async function signAccessToken(app: INestApplicationContext, user: AuthUser): Promise<SignedIn> {
  const token = await app.get(AccessTokenService).sign(user);
  return { token, auth: `Bearer ${token}` };
}
