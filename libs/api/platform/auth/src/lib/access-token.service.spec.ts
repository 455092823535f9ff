import { HttpException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { setLocaleSource } from '@ecampus/shared/contracts';
import { AccessTokenService } from './access-token.service';

const options = { issuer: 'ecampus', audience: 'ecampus' };
const jwt = new JwtService({
  secret: 'test-secret-test-secret-test-secret-123',
  signOptions: { ...options, expiresIn: 60 },
  verifyOptions: { ...options, algorithms: ['HS256'] },
});
const tokens = new AccessTokenService(jwt);
const ID = '40e05730-8425-498d-939a-11abf6bb3e87';

const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as HttpException).getStatus();
  }
};

describe('AccessTokenService', () => {
  it('round-trips a token it signed', async () => {
    const token = await tokens.sign({ id: ID, email: 'a@example.org', isAdmin: true });
    await expect(tokens.verify(token)).resolves.toEqual({ id: ID, email: 'a@example.org', isAdmin: true });
  });

  it('answers 401 for missing, forged and expired tokens', async () => {
    expect(await status(tokens.verify(null))).toBe(401);
    expect(await status(tokens.verify('x.y.z'))).toBe(401);
    const forged = await new JwtService({ secret: 'another-secret-another-secret-another-1' }).signAsync(
      { sub: ID, email: 'a', adm: true },
      options,
    );
    expect(await status(tokens.verify(forged))).toBe(401);
    const expired = await jwt.signAsync({ sub: ID, email: 'a', adm: false, iat: 1 }, { ...options, expiresIn: 1 });
    expect(await status(tokens.verify(expired))).toBe(401);
  });

  // A correctly signed token whose subject is no user id used to reach SQL and answer 500.
  it('answers 401 for a signed token whose claims are not ours', async () => {
    expect(await status(tokens.verify(await jwt.signAsync({ sub: 'nope', email: 'a', adm: true })))).toBe(401);
    expect(await status(tokens.verify(await jwt.signAsync({ sub: ID, adm: true })))).toBe(401);
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
