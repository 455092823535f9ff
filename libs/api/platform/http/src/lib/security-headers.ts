/**
 * The Content-Security-Policy of the web app and the API. Angular (and Material) write inline
 * styles at runtime, hence `'unsafe-inline'` for styles only. No `upgrade-insecure-requests`: it
 * would break plain-http local use (http://localhost:3000); TLS is the proxy's job.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Lesson videos: exactly the players of the curriculum's embed allow-list (decision 022).
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The security headers of every response, whoever serves it: the API (its routes, and the built web
 * app with WEB_DIST_DIR) and nginx in the Docker setup, which includes
 * `docker/nginx-security-headers.conf` — generated from this list by {@link nginxSecurityHeaders}
 * and compared with it by `security-headers.spec.ts`. One list, so the two servers cannot drift.
 * The set is what helmet sends, with X-Frame-Options DENY to match `frame-ancestors 'none'`.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/** Middleware of the API: the headers on every response (API, docs, web app, errors). */
export function securityHeaders(_req: unknown, res: { setHeader(name: string, value: string): unknown }, next: () => void): void {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  next();
}

/** The repository path of the generated nginx file. */
export const NGINX_SECURITY_HEADERS_FILE = 'docker/nginx-security-headers.conf';

/**
 * The nginx directives for the same headers, included at server level by `docker/nginx.conf`.
 * The proxied API's own copies are hidden, so every response carries each header exactly once.
 */
export function nginxSecurityHeaders(): string {
  const lines = [
    '# Generated from libs/api/platform/http/src/lib/security-headers.ts: do not edit by hand.',
    '# Regenerate: UPDATE_NGINX_HEADERS=1 npx jest -c libs/api/platform/http/jest.config.cts security-headers',
    '# Included at server level by docker/nginx.conf (no location there may use add_header, or it',
    '# would drop these). The API behind nginx sends the same headers; its copies are hidden so that',
    '# each header appears once.',
  ];
  for (const [name, value] of SECURITY_HEADERS) {
    // nginx would read `$` as a variable and cannot escape `"` inside a quoted value.
    if (/["$\\]/.test(value)) throw new Error(`${name}: value not expressible in nginx.conf: ${value}`);
    lines.push(`proxy_hide_header ${name};`, `add_header ${name} "${value}" always;`);
  }
  return lines.join('\n') + '\n';
}
