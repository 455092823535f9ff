import { expect, request as playwrightRequest, test, type APIResponse } from '@playwright/test';

/**
 * One edge, two servers: the API serving the built web app (E2E_BASE_URL) and Debian's nginx started
 * with docker/nginx.conf in front of that API (E2E_NGINX_URL, global-setup.ts) send the same security
 * headers — once each — on the app, on a deep link of the app and on the API.
 */
const PATHS = ['/', '/programme/123', '/anmelden', '/api/health', '/api/gibt-es-nicht'];

/** The headers both servers must agree on (the list they come from: libs/api/platform/http/src/lib/security-headers.ts). */
const SECURITY_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'x-permitted-cross-domain-policies',
];

/** Every value the response carries for `name` (a header sent twice shows up twice). */
const values = (res: APIResponse, name: string) =>
  res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === name)
    .map((h) => h.value);

test.describe('Sicherheits-Header: API und nginx liefern dieselben', () => {
  test('auf der App, einem tiefen Link und der API', async ({ request }) => {
    const nginxUrl = process.env['E2E_NGINX_URL'];
    test.skip(!nginxUrl, 'E2E_BASE_URL von außen: kein nginx vor diesem Server gestartet');
    const viaNginx = await playwrightRequest.newContext({ baseURL: nginxUrl });
    try {
      for (const path of PATHS) {
        const api = await request.get(path);
        const nginx = await viaNginx.get(path);
        expect(nginx.status(), `${path}: Status über nginx`).toBe(api.status());
        if (!path.startsWith('/api/')) {
          // Both serve the built app: index.html for the root and for client-side routes.
          expect(await api.text(), `${path} von der API`).toContain('<ec-app');
          expect(await nginx.text(), `${path} über nginx`).toBe(await api.text());
          expect(values(nginx, 'cache-control'), `${path}: Cache-Control`).toEqual(values(api, 'cache-control'));
        }
        for (const name of SECURITY_HEADERS) {
          const fromApi = values(api, name);
          const fromNginx = values(nginx, name);
          expect(fromApi, `${path}: ${name} von der API, genau einmal`).toHaveLength(1);
          expect(fromNginx, `${path}: ${name} über nginx, genau einmal`).toHaveLength(1);
          expect(fromNginx[0], `${path}: ${name} gleich`).toBe(fromApi[0]);
        }
        const headers = nginx.headers();
        expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(headers['content-security-policy']).toContain("default-src 'self'");
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['x-frame-options']).toBe('DENY');
        expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
        expect(headers['referrer-policy']).toBe('no-referrer');
        expect(headers['server'] ?? '').not.toMatch(/\d/); // server_tokens off: no version
      }
    } finally {
      await viaNginx.dispose();
    }
  });
});
