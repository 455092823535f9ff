import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NGINX_SECURITY_HEADERS_FILE, nginxSecurityHeaders, SECURITY_HEADERS, securityHeaders } from './security-headers';

const ROOT = resolve(__dirname, '../../../../../..');

describe('security headers', () => {
  const header = (name: string) => SECURITY_HEADERS.find(([n]) => n === name)?.[1];

  it('forbid framing, sniffing and referrers and pin TLS', () => {
    expect(header('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(header('Content-Security-Policy')).toContain("script-src 'self'");
    expect(header('Content-Security-Policy')).not.toContain('unsafe-eval');
    // Frames: only the lesson video players (libs/api/curriculum/feature lesson-rendering.ts).
    expect(header('Content-Security-Policy')).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com;');
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
  });

  it('are set by the middleware', () => {
    const set: Record<string, string> = {};
    const next = jest.fn();
    securityHeaders({}, { setHeader: (name: string, value: string) => (set[name] = value) }, next);
    expect(set).toEqual(Object.fromEntries(SECURITY_HEADERS));
    expect(next).toHaveBeenCalled();
  });

  it(`${NGINX_SECURITY_HEADERS_FILE} is generated from the same list`, () => {
    const file = join(ROOT, NGINX_SECURITY_HEADERS_FILE);
    if (process.env['UPDATE_NGINX_HEADERS'] === '1') writeFileSync(file, nginxSecurityHeaders());
    const text = readFileSync(file, 'utf8');
    // Out of date? Regenerate with the command in the file's second line.
    expect(text).toBe(nginxSecurityHeaders());
    for (const [name, value] of SECURITY_HEADERS) expect(text).toContain(`add_header ${name} "${value}" always;`);
  });

  it('docker/nginx.conf includes the file at server level and adds no header inside a location', () => {
    const conf = readFileSync(join(ROOT, 'docker/nginx.conf'), 'utf8');
    expect(conf).toMatch(/^\s*include \/etc\/nginx\/ecampus-security-headers\.conf;$/m);
    // add_header in a location would silently drop every server-level add_header (nginx inheritance).
    const locations = conf.split(/^\s*location\b/m).slice(1);
    expect(locations.length).toBeGreaterThan(2);
    // Each piece runs from its `location` to the next one (or the end of the server block).
    for (const location of locations) expect(location).not.toMatch(/^\s*(add_header|proxy_hide_header)\b/m);
  });
});
