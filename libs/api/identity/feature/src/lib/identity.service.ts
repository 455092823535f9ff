import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { ErrorCode, t, type ChangePasswordRequest, type LoginResponse, type User } from '@ecampus/shared/contracts';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { AccessTokenService, type AuthUser } from '@ecampus/api/platform/auth';
import { AccountsService, type UserAccount } from '@ecampus/api/identity/accounts';
import { AttemptLimits, type Admission } from './attempt-limits';
import { KnownDevices } from './known-devices';
import { SessionsService, type RefreshCookie } from './sessions.service';

/** What a successful login/refresh hands to the controller: the body and the new cookie values. */
export interface IssuedSession {
  body: LoginResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
  /** A new device cookie (login, set-password) or null to keep the browser's. */
  deviceCookie: string | null;
}

/** Where an attempt comes from (what the limits and the session list need of the request). */
export interface Origin {
  ip: string;
  userAgent: string | null;
  /** The browser's device cookie, if any. */
  deviceCookie?: string;
}

/** What the service needs of its collaborators (typed fakes in the unit spec implement exactly this). */
export type Accounts = Pick<
  AccountsService,
  'verifyCredentials' | 'findById' | 'findActiveById' | 'setPasswordWithToken' | 'changePassword' | 'markSeen'
>;
export type TokenSigner = Pick<AccessTokenService, 'sign' | 'verifySync'>;
export type Sessions = Pick<SessionsService, 'start' | 'rotate' | 'sessionOf' | 'end' | 'endAll' | 'endOthers'>;
export type Limits = Pick<AttemptLimits, 'admitLogin' | 'admitSetPassword' | 'admitPasswordChange' | 'succeeded'>;
export type Devices = Pick<KnownDevices, 'issue'>;

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

/**
 * Login (with its limits), refresh-token rotation with reuse detection, logout (one session or
 * all), the invited person's first password and her password change.
 */
@Injectable()
export class IdentityService {
  private readonly logger = new Logger(IdentityService.name);

  constructor(
    @Inject(AccountsService) private readonly accounts: Accounts,
    @Inject(AccessTokenService) private readonly tokens: TokenSigner,
    @Inject(SessionsService) private readonly sessions: Sessions,
    @Inject(AttemptLimits) private readonly limits: Limits,
    @Inject(KnownDevices) private readonly devices: Devices,
    @InjectConfig() private readonly config: Pick<AppConfig, 'ACCESS_TOKEN_TTL_SECONDS'>,
  ) {}

  /**
   * Unknown e-mail, wrong password and a deactivated account: the same 401, after the same argon2
   * work. 429 while the limits say wait — checked before any argon2 work.
   */
  async login(email: string, password: string, origin: Origin): Promise<IssuedSession> {
    const admission = await this.limits.admitLogin(email, origin.ip, origin.deviceCookie);
    const user = await this.accounts.verifyCredentials(email, password);
    if (!user) throw invalidCredentials();
    await this.limits.succeeded(admission);
    return this.startSession(user, origin, admission);
  }

  /** Sets the first password through the invitation link and logs the person in. */
  async setPassword(token: string, password: string, origin: Origin): Promise<IssuedSession> {
    const admission = await this.limits.admitSetPassword(origin.ip, token);
    const user = await this.accounts.setPasswordWithToken(token, password);
    await this.limits.succeeded(admission);
    return this.startSession(user, origin, admission);
  }

  /**
   * Rotates a refresh token. A token that was rotated more than REFRESH_REUSE_GRACE_SECONDS ago
   * (or revoked) is treated as stolen: its whole session ends, so the thief's and the owner's newer
   * tokens both die. A session older
   * than SESSION_ABSOLUTE_DAYS, or of a deactivated account, cannot be renewed.
   */
  async refresh(token: string | undefined, userAgent: string | null): Promise<IssuedSession> {
    if (!token) throw sessionEnded();
    const rotated = await this.sessions.rotate(token, userAgent);
    if (!rotated.claimed) {
      const known = rotated.known;
      if (known && (known.usedAt || known.revokedAt)) {
        const ended = await this.sessions.end([known.sessionId]);
        if (known.usedAt && ended.length > 0) {
          this.logger.warn(`Refresh token reuse detected; session ${known.sessionId} of user ${known.userId} ended`);
        }
      }
      throw sessionEnded();
    }
    const user = await this.accounts.findActiveById(rotated.claimed.userId);
    if (!user) {
      await this.sessions.end([rotated.claimed.sessionId]);
      throw sessionEnded();
    }
    await this.accounts.markSeen(user.id);
    return this.issue(user, rotated.cookie, null);
  }

  /**
   * Ends the session of this cookie and/or this access token, on every process. Idempotent: unknown,
   * missing or expired credentials are fine.
   */
  async logout(refreshToken: string | undefined, accessToken: string | null): Promise<void> {
    const ids = new Set<string>();
    if (refreshToken) {
      const session = await this.sessions.sessionOf(refreshToken);
      if (session) ids.add(session);
    }
    if (accessToken) {
      try {
        ids.add(this.tokens.verifySync(accessToken).sessionId);
      } catch {
        // An expired or foreign token names no session we must end.
      }
    }
    await this.sessions.end([...ids]);
  }

  /** "Log out everywhere": every session of the caller, this one included. */
  async logoutEverywhere(caller: AuthUser): Promise<void> {
    await this.sessions.endAll(caller.id);
  }

  /** Her password change: the current one must be right; every other session of hers ends. */
  async changePassword(caller: AuthUser, body: ChangePasswordRequest): Promise<void> {
    const admission = await this.limits.admitPasswordChange(caller.id);
    await this.accounts.changePassword(caller.id, body.currentPassword, body.newPassword);
    await this.limits.succeeded(admission);
    await this.sessions.endOthers(caller);
  }

  async me(caller: AuthUser): Promise<User> {
    const user = await this.accounts.findById(caller.id);
    // The token outlived the account.
    if (!user) throw sessionEnded();
    return user;
  }

  private async startSession(user: UserAccount, origin: Origin, admission: Admission): Promise<IssuedSession> {
    const cookie = await this.sessions.start(user.id, origin.userAgent);
    await this.accounts.markSeen(user.id);
    // A browser that is already her known device keeps its cookie; any other becomes one now.
    return this.issue(user, cookie, admission.deviceId ? null : this.devices.issue(user.email));
  }

  private async issue(user: UserAccount, cookie: RefreshCookie, deviceCookie: string | null): Promise<IssuedSession> {
    const accessToken = await this.tokens.sign({ id: user.id, email: user.email, isAdmin: user.isAdmin, sessionId: cookie.sessionId });
    return {
      body: { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, user },
      refreshToken: cookie.refreshToken,
      refreshExpiresAt: cookie.refreshExpiresAt,
      deviceCookie,
    };
  }
}
