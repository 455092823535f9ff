import { HttpException, HttpStatus, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { ErrorCode, t } from '@ecampus/shared/contracts';
import { AttemptThrottle, budgetKey, type Budget } from './attempt-throttle';
import { KnownDevices } from './known-devices';

/** What `admit…` hands back, to be passed to `succeeded` after a success. */
export interface Admission {
  /** Budgets that start from nothing after a success (the account's, the device's, the person's). */
  reset: string[];
  /** Budgets that get the attempt back (the IP's: a success of one person must not clear others' failures). */
  refund: string[];
  /** Set when the attempt came from a known device of this person. */
  deviceId: string | null;
}

export type LimitsConfig = Pick<
  AppConfig,
  'LOGIN_RATE_LIMIT' | 'LOGIN_IP_RATE_LIMIT' | 'SET_PASSWORD_IP_RATE_LIMIT' | 'SET_PASSWORD_TOKEN_RATE_LIMIT'
>;

const waitText = (ms: number) => {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 120) return { de: `${seconds} Sekunden`, en: `${seconds} seconds` };
  const minutes = Math.ceil(seconds / 60);
  return { de: `${minutes} Minuten`, en: `${minutes} minutes` };
};

const tooMany = (what: { de: string; en: string }, ms: number) => {
  const wait = waitText(ms);
  return new HttpException(
    {
      code: ErrorCode.RateLimited,
      message: t(`${what.de} Bitte versuchen Sie es in ${wait.de} erneut.`, `${what.en} Please try again in ${wait.en}.`),
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
};

const unavailable = () =>
  new ServiceUnavailableException({
    code: 'service_unavailable',
    message: t(
      'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es gleich noch einmal.',
      'Signing in is not possible right now. Please try again in a moment.',
    ),
  });

/**
 * The rules of failed attempts (decision 019): login per account and per IP, or per known device
 * instead of both; set-password per IP and per link; password change per person. Only failures
 * count: a success resets (or, for IPs, gives back) what its attempt counted.
 */
@Injectable()
export class AttemptLimits {
  constructor(
    @Inject(AttemptThrottle) private readonly throttle: Pick<AttemptThrottle, 'take' | 'refund' | 'reset'>,
    @Inject(KnownDevices) private readonly devices: Pick<KnownDevices, 'deviceOf'>,
    @InjectConfig() private readonly config: LimitsConfig,
  ) {}

  /** 429 while this login must wait. A known device of this person is judged by its own failures only. */
  async admitLogin(email: string, ip: string, deviceCookie: string | undefined): Promise<Admission> {
    const deviceId = this.devices.deviceOf(deviceCookie, email);
    const limit = this.config.LOGIN_RATE_LIMIT;
    if (deviceId) {
      const device = budgetKey('login-device', deviceId);
      await this.take([{ key: device, limit }], { de: 'Zu viele Anmeldeversuche.', en: 'Too many sign-in attempts.' });
      return { reset: [device], refund: [], deviceId };
    }
    const account = budgetKey('login-account', email.trim().toLowerCase());
    const byIp = budgetKey('login-ip', ip);
    await this.take(
      [
        { key: account, limit },
        { key: byIp, limit: this.config.LOGIN_IP_RATE_LIMIT },
      ],
      { de: 'Zu viele Anmeldeversuche.', en: 'Too many sign-in attempts.' },
    );
    return { reset: [account], refund: [byIp], deviceId: null };
  }

  /** 429 after too many failures from this IP, or too many attempts with this link. */
  async admitSetPassword(ip: string, token: string): Promise<Admission> {
    const byIp = budgetKey('set-password-ip', ip);
    const link = budgetKey('set-password-link', token);
    await this.take(
      [
        { key: byIp, limit: this.config.SET_PASSWORD_IP_RATE_LIMIT },
        { key: link, limit: this.config.SET_PASSWORD_TOKEN_RATE_LIMIT },
      ],
      { de: 'Zu viele Versuche mit Passwort-Links.', en: 'Too many attempts with password links.' },
    );
    return { reset: [], refund: [byIp], deviceId: null };
  }

  /** 429 after too many wrong current passwords of this person (a stolen session must not guess hers). */
  async admitPasswordChange(userId: string): Promise<Admission> {
    const person = budgetKey('password-change', userId);
    await this.take([{ key: person, limit: this.config.LOGIN_RATE_LIMIT }], { de: 'Zu viele Versuche.', en: 'Too many attempts.' });
    return { reset: [person], refund: [], deviceId: null };
  }

  async succeeded(admission: Admission): Promise<void> {
    try {
      await Promise.all([this.throttle.reset(admission.reset), this.throttle.refund(admission.refund)]);
    } catch {
      // The success stands; its attempt merely stays counted until it is forgotten.
    }
  }

  private async take(budgets: Budget[], what: { de: string; en: string }): Promise<void> {
    let wait: number;
    try {
      wait = await this.throttle.take(budgets);
    } catch {
      throw unavailable();
    }
    if (wait > 0) throw tooMany(what, wait);
  }
}
