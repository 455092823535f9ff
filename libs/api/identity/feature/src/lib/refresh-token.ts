import { createHash, randomBytes } from 'node:crypto';

export const newRefreshToken = (): string => randomBytes(32).toString('base64url');

/** Stored instead of the token. 256 random bits need no salt or slow hash. */
export const refreshTokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
