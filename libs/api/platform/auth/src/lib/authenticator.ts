import { Inject, Injectable, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { ErrorCode, t } from '@ecampus/shared/contracts';
import { AccessTokenService, type AuthUser } from './access-token.service';
import { EndedSessions } from './ended-sessions';

/** 401 for a token whose session was ended (logout, password change, deactivation, "log out everywhere"). */
export const sessionEnded = () =>
  new UnauthorizedException({
    code: ErrorCode.Unauthenticated,
    message: t('Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.', 'Your session was ended. Please sign in again.'),
  });

const checkUnavailable = () =>
  new ServiceUnavailableException({
    code: 'service_unavailable',
    message: t(
      'Die Anmeldung kann gerade nicht geprüft werden. Bitte versuchen Sie es gleich noch einmal.',
      'Your sign-in cannot be checked right now. Please try again in a moment.',
    ),
  });

/**
 * The check behind every authenticated request and socket event: the token's signature and expiry
 * (in memory), then whether its session still lives (one Redis round trip, no database).
 */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(AccessTokenService) private readonly tokens: Pick<AccessTokenService, 'verifySync' | 'expiresAt'>,
    @Inject(EndedSessions) private readonly ended: Pick<EndedSessions, 'isEnded'>,
  ) {}

  /** The caller, or 401 (no/bad/expired token, ended session), or 503 when the ended sessions cannot be read. */
  async authenticate(token: string | undefined | null): Promise<AuthUser> {
    const user = this.tokens.verifySync(token);
    if (!(await this.isLive(user.sessionId))) throw sessionEnded();
    return user;
  }

  /** Whether a session may still act; 503 when that cannot be known. */
  async isLive(sessionId: string): Promise<boolean> {
    try {
      return !(await this.ended.isEnded(sessionId));
    } catch {
      throw checkUnavailable();
    }
  }

  expiresAt(token: string): number | null {
    return this.tokens.expiresAt(token);
  }
}
