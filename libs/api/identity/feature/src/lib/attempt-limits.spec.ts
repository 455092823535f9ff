import { HttpException, ServiceUnavailableException } from '@nestjs/common';
import { setLocaleSource } from '@ecampus/shared/contracts';
import { AttemptLimits } from './attempt-limits';
import type { Budget } from './attempt-throttle';
import { KnownDevices } from './known-devices';

const config = { LOGIN_RATE_LIMIT: 5, LOGIN_IP_RATE_LIMIT: 100, SET_PASSWORD_IP_RATE_LIMIT: 20, SET_PASSWORD_TOKEN_RATE_LIMIT: 5 };
const devices = new KnownDevices({ JWT_SECRET: 'test-secret-test-secret-test-secret-123' });

describe('AttemptLimits', () => {
  let taken: Budget[][];
  let wait: number | Error;
  const calls: { reset: string[][]; refund: string[][] } = { reset: [], refund: [] };
  const throttle = {
    take: async (budgets: Budget[]) => {
      taken.push(budgets);
      if (wait instanceof Error) throw wait;
      return wait;
    },
    reset: async (keys: string[]) => void calls.reset.push(keys),
    refund: async (keys: string[]) => void calls.refund.push(keys),
  };
  const limits = new AttemptLimits(throttle, devices, config);

  beforeEach(() => {
    taken = [];
    wait = 0;
    calls.reset = [];
    calls.refund = [];
  });
  afterEach(() => setLocaleSource(() => 'de'));

  it('judges an unknown device by the account and the IP; a success resets the account and gives the IP its attempt back', async () => {
    const admission = await limits.admitLogin('Ana@example.org', '192.0.2.1', undefined);
    expect(taken[0].map((b) => [b.key.split(':')[0], b.limit])).toEqual([
      ['login-account', 5],
      ['login-ip', 100],
    ]);
    expect(admission.deviceId).toBeNull();
    await limits.succeeded(admission);
    expect(calls).toEqual({ reset: [[taken[0][0].key]], refund: [[taken[0][1].key]] });
    // The same account in other letter case is the same budget.
    await limits.admitLogin('ana@EXAMPLE.org ', '192.0.2.9', undefined);
    expect(taken[1][0].key).toBe(taken[0][0].key);
  });

  it('judges her known device by its own failures only', async () => {
    const cookie = devices.issue('ana@example.org');
    const admission = await limits.admitLogin('ana@example.org', '192.0.2.1', cookie);
    expect(taken[0].map((b) => b.key.split(':')[0])).toEqual(['login-device']);
    expect(admission.deviceId).toBe(cookie.split('.')[0]);
    // Someone else's cookie is no known device for Ana.
    await limits.admitLogin('ana@example.org', '192.0.2.1', devices.issue('ben@example.org'));
    expect(taken[1].map((b) => b.key.split(':')[0])).toEqual(['login-account', 'login-ip']);
  });

  it('answers 429 with the wait in the caller’s language, and 503 when the counters cannot be read', async () => {
    wait = 15_000;
    const err = await limits.admitLogin('ana@example.org', '192.0.2.1', undefined).catch((e) => e);
    expect(err).toBeInstanceOf(HttpException);
    expect(err.getStatus()).toBe(429);
    expect(err.getResponse()).toEqual({
      code: 'rate_limited',
      message: 'Zu viele Anmeldeversuche. Bitte versuchen Sie es in 15 Sekunden erneut.',
    });
    wait = 240_000;
    setLocaleSource(() => 'en');
    const later = await limits.admitSetPassword('192.0.2.1', 'tok').catch((e) => e);
    expect(later.getResponse().message).toBe('Too many attempts with password links. Please try again in 4 minutes.');
    wait = new Error('ECONNREFUSED');
    await expect(limits.admitPasswordChange('u1')).rejects.toBeInstanceOf(ServiceUnavailableException);
  });

  it('limits set-password per IP and per link; a success gives the IP its attempt back', async () => {
    const admission = await limits.admitSetPassword('192.0.2.1', 'tok');
    expect(taken[0].map((b) => [b.key.split(':')[0], b.limit])).toEqual([
      ['set-password-ip', 20],
      ['set-password-link', 5],
    ]);
    await limits.succeeded(admission);
    expect(calls).toEqual({ reset: [[]], refund: [[taken[0][0].key]] });
  });
});
