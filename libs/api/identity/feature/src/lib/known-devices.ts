import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';

/** How long a browser stays a known device after its last successful login. */
export const DEVICE_COOKIE_DAYS = 180;

const normalise = (email: string) => email.trim().toLowerCase();

/**
 * The device cookie (OWASP "device cookies"): after a successful login the browser gets
 * `<deviceId>.<signature>`, the signature binding the device to that person's e-mail. A correct
 * password from such a browser is judged by the device's own failure count, not by the account's
 * or the IP's — so an attacker who throttles her account does not lock her out (decision 019).
 * Signed with a key derived from JWT_SECRET; nothing is stored on the server.
 */
@Injectable()
export class KnownDevices {
  private readonly key: Buffer;

  constructor(@InjectConfig() config: Pick<AppConfig, 'JWT_SECRET'>) {
    this.key = createHmac('sha256', config.JWT_SECRET).update('ecampus:device-cookie:v1').digest();
  }

  /** A new device cookie for this person. */
  issue(email: string): string {
    const deviceId = randomBytes(16).toString('base64url');
    return `${deviceId}.${this.sign(deviceId, email)}`;
  }

  /** The device id when the cookie is ours and belongs to this e-mail; else null. */
  deviceOf(cookie: string | undefined, email: string): string | null {
    if (!cookie) return null;
    const [deviceId, signature, ...rest] = cookie.split('.');
    if (!deviceId || !signature || rest.length) return null;
    const expected = Buffer.from(this.sign(deviceId, email));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
  }

  private sign(deviceId: string, email: string): string {
    return createHmac('sha256', this.key)
      .update(`${deviceId}\n${normalise(email)}`)
      .digest('base64url');
  }
}
