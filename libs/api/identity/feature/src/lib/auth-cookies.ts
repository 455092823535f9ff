import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
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

  secure(req: Pick<FastifyRequest, 'protocol'>): boolean {
    return req.protocol === 'https' || this.config.PUBLIC_URL.startsWith('https:');
  }

  refreshName(req: Pick<FastifyRequest, 'protocol'>): string {
    return this.secure(req) ? `__Secure-${REFRESH_COOKIE}` : REFRESH_COOKIE;
  }

  deviceName(req: Pick<FastifyRequest, 'protocol'>): string {
    return this.secure(req) ? `__Secure-${DEVICE_COOKIE}` : DEVICE_COOKIE;
  }

  /** A cookie of this request by name (only the name of the request's scheme is ever read). */
  read(req: Pick<FastifyRequest, 'cookies'>, name: string): string | undefined {
    const v = req.cookies[name];
    return typeof v === 'string' && v ? v : undefined;
  }

  options(req: Pick<FastifyRequest, 'protocol'>): CookieSerializeOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.secure(req), path: AUTH_COOKIE_PATH };
  }

  deviceOptions(req: Pick<FastifyRequest, 'protocol'>): CookieSerializeOptions {
    // Max-Age in seconds, and Expires for browsers that only read that.
    const maxAge = DEVICE_COOKIE_DAYS * 24 * 60 * 60;
    return { ...this.options(req), maxAge, expires: new Date(Date.now() + maxAge * 1000) };
  }
}
