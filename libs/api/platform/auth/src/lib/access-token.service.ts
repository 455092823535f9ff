import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
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
}

interface AccessTokenClaims {
  sub: string;
  email: string;
  adm: boolean;
}

/**
 * Signs and verifies the short-lived access JWT. HTTP guards and the Socket.IO handshake use
 * this same class, so a token means the same thing on both paths.
 */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(user: AuthUser): Promise<string> {
    const claims: AccessTokenClaims = { sub: user.id, email: user.email, adm: user.isAdmin };
    return this.jwt.signAsync(claims);
  }

  /** When a token verified before stops being valid (ms since epoch); null when it has no expiry. */
  expiresAt(token: string): number | null {
    const claims = this.jwt.decode<{ exp?: unknown } | null>(token);
    return typeof claims?.exp === 'number' ? claims.exp * 1000 : null;
  }

  /** Throws a 401 with the stable code for a missing, malformed, forged or expired token. */
  async verify(token: string | undefined | null): Promise<AuthUser> {
    if (!token) throw pleaseSignIn();
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw sessionExpired();
    }
    // A signed token of another shape (old format, other tool with the same secret) must not reach
    // queries that expect a user id: it would fail there as a 500 instead of a 401 here.
    if (!isId(claims.sub) || typeof claims.email !== 'string') throw sessionExpired();
    return { id: claims.sub, email: claims.email, isAdmin: claims.adm === true };
  }
}
