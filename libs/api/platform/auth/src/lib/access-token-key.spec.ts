import { JwtService } from '@nestjs/jwt';
import { AccessTokenService } from './access-token.service';

/** Counts jsonwebtoken's attempts to read the secret as a public key (it requires 'crypto' itself). */
const mockCounter = { publicKeys: 0 };
jest.mock('crypto', () => {
  const actual = jest.requireActual<typeof import('crypto')>('crypto');
  return {
    ...actual,
    createPublicKey: (...args: Parameters<typeof actual.createPublicKey>) => {
      mockCounter.publicKeys++;
      return actual.createPublicKey(...args);
    },
  };
});

const SECRET = 'test-secret-test-secret-test-secret-123';
const user = {
  id: '40e05730-8425-498d-939a-11abf6bb3e87',
  email: 'a@example.org',
  isAdmin: false,
  sessionId: '0b6f3c8e-64c4-4c59-9a55-9d2a52e1f0a1',
};

// A CPU profile showed a third of the API's busy time in createPublicKey: jsonwebtoken tries it on
// a string secret at every verification before falling back to a secret key.
describe('AccessTokenService key', () => {
  it('verifies without turning the secret into a key again', async () => {
    const tokens = new AccessTokenService({ JWT_SECRET: SECRET, ACCESS_TOKEN_TTL_SECONDS: 60 });
    const token = await tokens.sign(user);
    mockCounter.publicKeys = 0;
    for (let i = 0; i < 10; i++) tokens.verifySync(token);
    expect(mockCounter.publicKeys).toBe(0);

    // The probe works: a string secret pays createPublicKey at every verification.
    const withString = new JwtService({ secret: SECRET, verifyOptions: { issuer: 'ecampus', audience: 'ecampus' } });
    withString.verify(token);
    expect(mockCounter.publicKeys).toBe(1);
  });
});
