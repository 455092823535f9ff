import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { AccessTokenService, type AuthUser } from './access-token.service';
import { Authenticator } from './authenticator';
import { ADMIN_ONLY, IS_PUBLIC } from './auth.decorators';
import { bearerToken, JwtAuthGuard } from './jwt-auth.guard';

const tokens = new AccessTokenService({ JWT_SECRET: 'test-secret-test-secret-test-secret-123', ACCESS_TOKEN_TTL_SECONDS: 60 });
const user: AuthUser = {
  id: '40e05730-8425-498d-939a-11abf6bb3e87',
  email: 'a@example.org',
  isAdmin: false,
  sessionId: '0b6f3c8e-64c4-4c59-9a55-9d2a52e1f0a1',
};
/** Sessions ended in this spec (the Redis list in the app). */
const ended = new Set<string>();

/** An HTTP execution context of a handler carrying the given metadata. */
function context(authorization: string | undefined, meta: Record<string, boolean> = {}) {
  const req: { headers: Record<string, string | undefined>; user?: AuthUser } = { headers: { authorization } };
  const handler = () => undefined;
  for (const [k, v] of Object.entries(meta)) Reflect.defineMetadata(k, v, handler);
  return { ctx: new ExecutionContextHost([req, {}, () => undefined], class {}, handler), req };
}

describe('JwtAuthGuard', () => {
  const guard = new JwtAuthGuard(new Reflector(), new Authenticator(tokens, { isEnded: async (id: string) => ended.has(id) }));
  let userToken: string;
  let adminToken: string;
  beforeAll(async () => {
    userToken = await tokens.sign(user);
    adminToken = await tokens.sign({ ...user, isAdmin: true });
  });

  it('lets @Public() routes through without a token', async () => {
    await expect(guard.canActivate(context(undefined, { [IS_PUBLIC]: true }).ctx)).resolves.toBe(true);
  });

  it('sets the user from a Bearer token', async () => {
    const { ctx, req } = context(`Bearer ${userToken}`);
    await expect(guard.canActivate(ctx)).resolves.toBe(true);
    expect(req.user).toEqual(user);
  });

  it('answers 401 without or with a bad token', async () => {
    await expect(guard.canActivate(context(undefined).ctx)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(context('Bearer nope').ctx)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(context(`Basic ${userToken}`).ctx)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('answers 401 for the token of an ended session', async () => {
    ended.add(user.sessionId);
    try {
      await expect(guard.canActivate(context(`Bearer ${userToken}`).ctx)).rejects.toBeInstanceOf(UnauthorizedException);
    } finally {
      ended.clear();
    }
  });

  it('answers 403 forbidden on @AdminOnly() for non-admins', async () => {
    const err = await guard.canActivate(context(`Bearer ${userToken}`, { [ADMIN_ONLY]: true }).ctx).catch((e) => e);
    expect(err).toBeInstanceOf(ForbiddenException);
    expect(err.getResponse()).toMatchObject({ code: 'forbidden' });
    await expect(guard.canActivate(context(`Bearer ${adminToken}`, { [ADMIN_ONLY]: true }).ctx)).resolves.toBe(true);
  });

  it('parses the bearer header strictly', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken(['Bearer a'])).toBeNull();
  });
});
