import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AccessTokenService, AuthUser } from './access-token.service';
import { ADMIN_ONLY, IS_PUBLIC } from './auth.decorators';
import { bearerToken, JwtAuthGuard } from './jwt-auth.guard';

const user: AuthUser = { id: 'u1', email: 'a@example.org', isAdmin: false };
const tokens = {
  verify: jest.fn(async (t: string | null) => {
    if (t === 'user') return user;
    if (t === 'admin') return { ...user, isAdmin: true };
    throw new UnauthorizedException({ code: 'unauthenticated', message: 'Bitte melden Sie sich an.' });
  }),
};

function context(authorization: string | undefined, meta: Record<string, boolean> = {}) {
  const req: Record<string, unknown> = { headers: { authorization } };
  const handler = () => undefined;
  for (const [k, v] of Object.entries(meta)) Reflect.defineMetadata(k, v, handler);
  const ctx = {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return { ctx, req };
}

describe('JwtAuthGuard', () => {
  const guard = new JwtAuthGuard(new Reflector(), tokens as unknown as AccessTokenService);

  it('lets @Public() routes through without a token', async () => {
    await expect(guard.canActivate(context(undefined, { [IS_PUBLIC]: true }).ctx)).resolves.toBe(true);
  });

  it('sets the user from a Bearer token', async () => {
    const { ctx, req } = context('Bearer user');
    await expect(guard.canActivate(ctx)).resolves.toBe(true);
    expect(req['user']).toEqual(user);
  });

  it('answers 401 without or with a bad token', async () => {
    await expect(guard.canActivate(context(undefined).ctx)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(context('Bearer nope').ctx)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(context('Basic user').ctx)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('answers 403 forbidden on @AdminOnly() for non-admins', async () => {
    const err = await guard.canActivate(context('Bearer user', { [ADMIN_ONLY]: true }).ctx).catch((e) => e);
    expect(err).toBeInstanceOf(ForbiddenException);
    expect(err.getResponse()).toMatchObject({ code: 'forbidden' });
    await expect(guard.canActivate(context('Bearer admin', { [ADMIN_ONLY]: true }).ctx)).resolves.toBe(true);
  });

  it('parses the bearer header strictly', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken(['Bearer a'])).toBeNull();
  });
});
