import { createHash, randomBytes } from 'node:crypto';

/** An opaque random token for links and cookies: 256 bits, URL-safe. */
export const newOpaqueToken = (): string => randomBytes(32).toString('base64url');

/** What we store instead of a token (hex SHA-256, 64 chars). High-entropy input: no salt needed. */
export const sha256Hex = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
