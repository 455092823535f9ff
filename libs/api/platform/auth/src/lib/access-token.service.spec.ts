import { HttpException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { setLocaleSource } from '@ecampus/shared/contracts';
import { AccessTokenService, type AuthUser } from './access-token.service';

const SECRET = 'test-secret-test-secret-test-secret-123';
const options = { issuer: 'ecampus', audience: 'ecampus' };
/** Another signer with the same secret: tokens of shapes the service itself never issues. */
const jwt = new JwtService({ secret: SECRET, signOptions: { ...options, expiresIn: 60 } });
const tokens = new AccessTokenService({ JWT_SECRET: SECRET, ACCESS_TOKEN_TTL_SECONDS: 60 });
const ID = '40e05730-8425-498d-939a-11abf6bb3e87';
const SID = '0b6f3c8e-64c4-4c59-9a55-9d2a52e1f0a1';
const ana: AuthUser = { id: ID, email: 'a@example.org', isAdmin: true, sessionId: SID };

const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as HttpException).getStatus();
  }
};

describe('AccessTokenService', () => {
  it('round-trips a token it signed, session id included', async () => {
    const token = await tokens.sign(ana);
    await expect(tokens.verify(token)).resolves.toEqual(ana);
    expect(tokens.verifySync(token)).toEqual(ana);
    expect(tokens.expiresAt(token)).toBeGreaterThan(Date.now() + 55_000);
  });

  it('accepts the token of another signer with the same secret (the key is the secret)', async () => {
    const token = await jwt.signAsync({ sub: ID, email: 'a@example.org', adm: false, sid: SID });
    expect(tokens.verifySync(token)).toEqual({ ...ana, isAdmin: false });
  });

  it('answers 401 for missing, forged and expired tokens', async () => {
    expect(await status(tokens.verify(null))).toBe(401);
    expect(await status(tokens.verify('x.y.z'))).toBe(401);
    const forged = await new JwtService({ secret: 'another-secret-another-secret-another-1' }).signAsync(
      { sub: ID, email: 'a', adm: true, sid: SID },
      options,
    );
    expect(await status(tokens.verify(forged))).toBe(401);
    const expired = await jwt.signAsync({ sub: ID, email: 'a', adm: false, sid: SID, iat: 1 }, { ...options, expiresIn: 1 });
    expect(await status(tokens.verify(expired))).toBe(401);
    const short = await tokens.sign(ana, { expiresInSeconds: 1 });
    expect(tokens.expiresAt(short)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('refuses another algorithm, even with the same secret', async () => {
    const hs512 = await new JwtService({ secret: SECRET }).signAsync(
      { sub: ID, email: 'a', adm: true, sid: SID },
      { ...options, algorithm: 'HS512' },
    );
    expect(await status(tokens.verify(hs512))).toBe(401);
  });

  // A correctly signed token whose subject is no user id used to reach SQL and answer 500.
  it('answers 401 for a signed token whose claims are not ours (no user id, no session id)', async () => {
    expect(await status(tokens.verify(await jwt.signAsync({ sub: 'nope', email: 'a', adm: true, sid: SID })))).toBe(401);
    expect(await status(tokens.verify(await jwt.signAsync({ sub: ID, adm: true, sid: SID })))).toBe(401);
    expect(await status(tokens.verify(await jwt.signAsync({ sub: ID, email: 'a', adm: true })))).toBe(401);
  });

  it('says so in the locale of the caller', async () => {
    const message = () => tokens.verify(null).catch((e: HttpException) => (e.getResponse() as { message: string }).message);
    await expect(message()).resolves.toBe('Bitte melden Sie sich an.');
    setLocaleSource(() => 'en');
    try {
      await expect(message()).resolves.toBe('Please sign in.');
    } finally {
      setLocaleSource(() => 'de');
    }
  });
});
