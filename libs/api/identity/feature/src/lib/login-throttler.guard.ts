import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ErrorCode, t } from '@ecampus/shared/contracts';

/** Names of the two login limits (see IdentityModule). */
export const LOGIN_THROTTLE_IP = 'login-ip';
export const LOGIN_THROTTLE_ACCOUNT = 'login-account';

interface TrackedRequest {
  ip?: string;
  body?: { email?: unknown };
}

export const ipTracker = (req: TrackedRequest): string => `ip:${req.ip ?? 'unknown'}`;

/** The e-mail as the account key, normalised like the citext column compares it. */
export const accountTracker = (req: TrackedRequest): string => {
  const email = req.body?.email;
  return typeof email === 'string' && email.trim() ? `acct:${email.trim().toLowerCase()}` : `acct-none:${req.ip ?? 'unknown'}`;
};

/**
 * Throttles login per IP and per account, counted in Redis so every API process sees the same
 * counters. Answers 429 in the common error shape.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(): Promise<void> {
    throw new HttpException(
      {
        code: ErrorCode.RateLimited,
        message: t(
          'Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.',
          'Too many sign-in attempts. Please wait a few minutes, then try again.',
        ),
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
