import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ErrorCode, t, type LoginResponse, type User } from '@ecampus/shared/contracts';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { AccessTokenService, type AuthUser } from '@ecampus/api/platform/auth';
import { AccountsService, type UserAccount } from '@ecampus/api/identity/accounts';
import { RefreshSessionRepository } from './refresh-session.repository';
import { newRefreshToken, refreshTokenHash } from './refresh-token';

/** What a successful login/refresh hands to the controller: the body and the new cookie value. */
export interface IssuedSession {
  body: LoginResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** What the service needs of identity's accounts, the token signer and its repository. */
export type Accounts = Pick<AccountsService, 'verifyCredentials' | 'findById' | 'setPasswordWithToken'>;
export type TokenSigner = Pick<AccessTokenService, 'sign'>;
export type SessionQueries = Pick<RefreshSessionRepository, 'insert' | 'rotate' | 'findByHash' | 'revokeFamily'>;

const invalidCredentials = () =>
  new UnauthorizedException({
    code: ErrorCode.InvalidCredentials,
    message: t('E-Mail-Adresse oder Passwort ist falsch.', 'The e-mail address or the password is wrong.'),
  });
const sessionEnded = () =>
  new UnauthorizedException({
    code: ErrorCode.Unauthenticated,
    message: t(
      'Ihre Sitzung ist abgelaufen oder wurde beendet. Bitte melden Sie sich erneut an.',
      'Your session has expired or was ended. Please sign in again.',
    ),
  });

/** Login, refresh-token rotation with reuse detection, logout, and the invited person's first password. */
@Injectable()
export class IdentityService {
  private readonly logger = new Logger(IdentityService.name);

  constructor(
    @Inject(AccountsService) private readonly accounts: Accounts,
    @Inject(AccessTokenService) private readonly tokens: TokenSigner,
    @Inject(RefreshSessionRepository) private readonly sessions: SessionQueries,
    @InjectConfig() private readonly config: Pick<AppConfig, 'ACCESS_TOKEN_TTL_SECONDS' | 'REFRESH_TOKEN_TTL_DAYS'>,
  ) {}

  /** Unknown e-mail and wrong password: the same 401, after the same argon2 work. */
  async login(email: string, password: string, userAgent: string | null): Promise<IssuedSession> {
    const user = await this.accounts.verifyCredentials(email, password);
    if (!user) throw invalidCredentials();
    return this.startFamily(user, userAgent);
  }

  /** Sets the first password through the invitation link and logs the person in. */
  async setPassword(token: string, password: string, userAgent: string | null): Promise<IssuedSession> {
    const user = await this.accounts.setPasswordWithToken(token, password);
    return this.startFamily(user, userAgent);
  }

  /**
   * Rotates a refresh token. A token that was already rotated (or revoked) is treated as
   * stolen: its whole family is revoked, so the thief's and the owner's newer tokens both die.
   */
  async refresh(token: string | undefined, userAgent: string | null): Promise<IssuedSession> {
    if (!token) throw sessionEnded();
    const hash = refreshTokenHash(token);
    const nextToken = newRefreshToken();
    const expiresAt = this.refreshExpiry();
    const claimed = await this.sessions.rotate(hash, (c) => ({
      userId: c.userId,
      familyId: c.familyId,
      tokenHash: refreshTokenHash(nextToken),
      expiresAt,
      userAgent,
    }));
    if (!claimed) {
      const known = await this.sessions.findByHash(hash);
      if (known && (known.usedAt || known.revokedAt)) {
        const revoked = await this.sessions.revokeFamily(known.familyId);
        if (known.usedAt && revoked > 0) {
          this.logger.warn(`Refresh token reuse detected; session family ${known.familyId} of user ${known.userId} revoked`);
        }
      }
      throw sessionEnded();
    }
    const user = await this.accounts.findById(claimed.userId);
    if (!user) {
      await this.sessions.revokeFamily(claimed.familyId);
      throw sessionEnded();
    }
    return this.issue(user, nextToken, expiresAt);
  }

  /** Ends the session family of this cookie. Idempotent: an unknown or missing token is fine. */
  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    const known = await this.sessions.findByHash(refreshTokenHash(token));
    if (known) await this.sessions.revokeFamily(known.familyId);
  }

  async me(caller: AuthUser): Promise<User> {
    const user = await this.accounts.findById(caller.id);
    // The token outlived the account.
    if (!user) throw sessionEnded();
    return user;
  }

  private async startFamily(user: UserAccount, userAgent: string | null): Promise<IssuedSession> {
    const token = newRefreshToken();
    const expiresAt = this.refreshExpiry();
    await this.sessions.insert({ userId: user.id, familyId: randomUUID(), tokenHash: refreshTokenHash(token), expiresAt, userAgent });
    return this.issue(user, token, expiresAt);
  }

  private async issue(user: UserAccount, refreshToken: string, refreshExpiresAt: Date): Promise<IssuedSession> {
    const accessToken = await this.tokens.sign({ id: user.id, email: user.email, isAdmin: user.isAdmin });
    return {
      body: { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, user },
      refreshToken,
      refreshExpiresAt,
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60 * 1000);
  }
}
