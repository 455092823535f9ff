import type { CookieOptions, Request } from 'express';
import type { AppConfig } from '@ecampus/api/platform/config';
import { DEVICE_COOKIE_DAYS } from './known-devices';

/** Both cookies are only sent to the auth routes. */
export const AUTH_COOKIE_PATH = '/api/auth';

/** Cookie names on plain http (local use: browsers refuse `__Secure-` cookies without TLS). */
export const REFRESH_COOKIE = 'ecampus_refresh';
export const DEVICE_COOKIE = 'ecampus_device';

/**
 * Over TLS (the request's own scheme — `X-Forwarded-Proto` counts behind TRUST_PROXY_HOPS trusted
 * proxies — or an https PUBLIC_URL) the cookies are `Secure` and carry the `__Secure-` prefix, which
 * browsers only accept from a secure origin with `Secure` set: a network attacker cannot plant or
 * overwrite them over http. `__Host-` would need `Path=/` and send the refresh token with every
 * request, so `__Secure-` it is. Plain http (http://localhost) keeps the plain names.
 */
export class AuthCookies {
  constructor(private readonly config: Pick<AppConfig, 'PUBLIC_URL'>) {}

  secure(req: Pick<Request, 'secure'>): boolean {
    return req.secure || this.config.PUBLIC_URL.startsWith('https:');
  }

  refreshName(req: Pick<Request, 'secure'>): string {
    return this.secure(req) ? `__Secure-${REFRESH_COOKIE}` : REFRESH_COOKIE;
  }

  deviceName(req: Pick<Request, 'secure'>): string {
    return this.secure(req) ? `__Secure-${DEVICE_COOKIE}` : DEVICE_COOKIE;
  }

  /** A cookie of this request by name (only the name of the request's scheme is ever read). */
  read(req: Pick<Request, 'cookies'>, name: string): string | undefined {
    const v = (req.cookies as Record<string, unknown> | undefined)?.[name];
    return typeof v === 'string' && v ? v : undefined;
  }

  options(req: Pick<Request, 'secure'>): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.secure(req), path: AUTH_COOKIE_PATH };
  }

  deviceOptions(req: Pick<Request, 'secure'>): CookieOptions {
    return { ...this.options(req), maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60 * 1000 };
  }
}
