import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { ErrorCode, isId, t } from '@ecampus/shared/contracts';

const sessionExpired = () =>
  new UnauthorizedException({
    code: ErrorCode.Unauthenticated,
    message: t('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', 'Your session has expired. Please sign in again.'),
  });

/** 401 for a request without a token. */
export const pleaseSignIn = () =>
  new UnauthorizedException({ code: ErrorCode.Unauthenticated, message: t('Bitte melden Sie sich an.', 'Please sign in.') });

/** What an access token says about its bearer. */
export interface AuthUser {
  id: string;
  email: string;
  isAdmin: boolean;
  /** The session (one login on one device) the token belongs to: logout, password change … end it. */
  sessionId: string;
}

interface AccessTokenClaims {
  sub: string;
  email: string;
  adm: boolean;
  sid: string;
}

const ISSUER = 'ecampus';
const AUDIENCE = 'ecampus';

export type AccessTokenConfig = Pick<AppConfig, 'JWT_SECRET' | 'ACCESS_TOKEN_TTL_SECONDS'>;

/**
 * Signs and verifies the short-lived access JWT (HS256). HTTP guards and the Socket.IO handshake use
 * this same class, so a token means the same thing on both paths. The secret becomes a `KeyObject`
 * once: handed a string, jsonwebtoken would try `createPublicKey` on it at every verification (a
 * third of the API's busy time in a profile), with a key object it only computes the HMAC.
 */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@InjectConfig() config: AccessTokenConfig) {
    const key: KeyObject = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    this.jwt = new JwtService({
      secretOrKeyProvider: () => key,
      signOptions: { algorithm: 'HS256', expiresIn: config.ACCESS_TOKEN_TTL_SECONDS, issuer: ISSUER, audience: AUDIENCE },
      verifyOptions: { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE },
    });
  }

  /** `expiresInSeconds` only for tests and tools; logins use ACCESS_TOKEN_TTL_SECONDS. */
  async sign(user: AuthUser, options: { expiresInSeconds?: number } = {}): Promise<string> {
    const claims: AccessTokenClaims = { sub: user.id, email: user.email, adm: user.isAdmin, sid: user.sessionId };
    return this.jwt.sign(claims, options.expiresInSeconds === undefined ? {} : { expiresIn: options.expiresInSeconds });
  }

  /** When a token verified before stops being valid (ms since epoch); null when it has no expiry. */
  expiresAt(token: string): number | null {
    const claims = this.jwt.decode<{ exp?: unknown } | null>(token);
    return typeof claims?.exp === 'number' ? claims.exp * 1000 : null;
  }

  /**
   * Throws a 401 with the stable code for a missing, malformed, forged or expired token. Checks
   * the signature only: whether its session still lives is `Authenticator`'s question.
   */
  async verify(token: string | undefined | null): Promise<AuthUser> {
    return this.verifySync(token);
  }

  /** `verify` without the promise (the HMAC is the whole cost). */
  verifySync(token: string | undefined | null): AuthUser {
    if (!token) throw pleaseSignIn();
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token);
    } catch {
      throw sessionExpired();
    }
    // A signed token of another shape (old format, other tool with the same secret) must not reach
    // queries that expect ids: it would fail there as a 500 instead of a 401 here.
    if (!isId(claims.sub) || !isId(claims.sid) || typeof claims.email !== 'string') throw sessionExpired();
    return { id: claims.sub, email: claims.email, isAdmin: claims.adm === true, sessionId: claims.sid };
  }
}
