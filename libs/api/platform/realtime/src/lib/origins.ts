import type { AppConfig } from '@ecampus/api/platform/config';

/** Origins a browser may open a socket from: PUBLIC_URL plus CORS_ORIGINS (comma separated). */
export function allowedOrigins(config: Pick<AppConfig, 'PUBLIC_URL' | 'CORS_ORIGINS'>): Set<string> {
  const origins = new Set<string>([new URL(config.PUBLIC_URL).origin]);
  for (const raw of config.CORS_ORIGINS.split(',')) {
    const value = raw.trim();
    if (!value) continue;
    try {
      origins.add(new URL(value).origin);
    } catch {
      // An unparsable entry can never match a browser's Origin header; ignore it.
    }
  }
  return origins;
}

/**
 * Browsers always send Origin on socket handshakes; a foreign one is a cross-site attempt
 * (CSWSH) and refused. Non-browser clients (server to server, tests, apps) send none: allowed,
 * they still need a valid token.
 */
export function isOriginAllowed(origin: string | undefined, allowed: Set<string>): boolean {
  return origin === undefined || allowed.has(origin);
}
