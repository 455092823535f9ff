import { randomUUID } from 'node:crypto';
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
 * Without a `sessionId` the token gets a session of its own that nobody has ended.
 */
export async function signAccessToken(
  app: INestApplicationContext,
  user: Omit<AuthUser, 'sessionId'> & { sessionId?: string },
): Promise<SignedIn> {
  const token = await app.get(AccessTokenService).sign({ ...user, sessionId: user.sessionId ?? randomUUID() });
  return { token, auth: `Bearer ${token}` };
}
