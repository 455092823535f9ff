import { ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { AccessTokenService, type AuthUser } from './access-token.service';
import { Authenticator } from './authenticator';

const tokens = new AccessTokenService({ JWT_SECRET: 'test-secret-test-secret-test-secret-123', ACCESS_TOKEN_TTL_SECONDS: 60 });
const ana: AuthUser = {
  id: '40e05730-8425-498d-939a-11abf6bb3e87',
  email: 'a@example.org',
  isAdmin: false,
  sessionId: '0b6f3c8e-64c4-4c59-9a55-9d2a52e1f0a1',
};

describe('Authenticator', () => {
  const ended = new Set<string>();
  let redisDown = false;
  const authenticator = new Authenticator(tokens, {
    isEnded: async (id: string) => {
      if (redisDown) throw new Error('ECONNREFUSED');
      return ended.has(id);
    },
  });

  afterEach(() => {
    ended.clear();
    redisDown = false;
  });

  it('lets a token of a live session through', async () => {
    await expect(authenticator.authenticate(await tokens.sign(ana))).resolves.toEqual(ana);
  });

  it('refuses a valid token whose session has ended, with its own message', async () => {
    ended.add(ana.sessionId);
    const err = await authenticator.authenticate(await tokens.sign(ana)).catch((e) => e);
    expect(err).toBeInstanceOf(UnauthorizedException);
    expect(err.getResponse()).toEqual({ code: 'unauthenticated', message: expect.stringContaining('Sitzung wurde beendet') });
  });

  it('refuses bad tokens before asking about the session', async () => {
    redisDown = true;
    await expect(authenticator.authenticate('x.y.z')).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('answers 503, never "signed in", when the session list cannot be read', async () => {
    redisDown = true;
    const err = await authenticator.authenticate(await tokens.sign(ana)).catch((e) => e);
    expect(err).toBeInstanceOf(ServiceUnavailableException);
    expect(err.getResponse()).toMatchObject({ code: 'service_unavailable' });
  });
});
