import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApi, type TestApi } from '@ecampus/api/platform/testing';
import { API_FEATURES } from './api-features';

describe('API platform (real app): docs, error shape, limits, headers, web app', () => {
  let api: TestApi;
  let webDir: string;
  const http = () => api.http();

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'ecampus-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>eCampus</title><app-root></app-root>');
    writeFileSync(join(webDir, 'main-ABCDEFGH.js'), 'console.log("app")');
    // The whole API: every domain, as apps/api serves it.
    api = await createTestApi({ features: API_FEATURES, env: { WEB_DIST_DIR: webDir } });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the OpenAPI document at /api/docs-json and the UI at /api/docs', async () => {
    const json = await http().get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/me', '/api/users', '/api/auth/set-password']),
    );
    const loginBody = json.body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(loginBody)).toContain('LoginRequest');
    const ui = await http().get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers a 10 MB JSON body with 413 in the error shape', async () => {
    const big = JSON.stringify({ email: 'a@b.de', password: 'x'.repeat(10 * 1024 * 1024) });
    const res = await http().post('/api/auth/login').set('Content-Type', 'application/json').send(big).expect(413);
    expect(res.body).toEqual({ statusCode: 413, code: 'payload_too_large', message: expect.stringContaining('zu groß') });
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const res = await http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": ').expect(400);
    expect(res.body).toEqual({ statusCode: 400, code: 'malformed_body', message: 'Der Inhalt der Anfrage ist kein gültiges JSON.' });
  });

  it('answers a compressed body (or one that claims to be) with 415 in the error shape, before reading it', async () => {
    const res = await http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('{"email": "a@b.de"}');
    expect(res.status).toBe(415);
    expect(res.body).toEqual({
      statusCode: 415,
      code: 'unsupported_media_type',
      message: 'Komprimierte Anfragen werden nicht angenommen.',
    });
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  it('refuses NUL characters in a body with 400 before they reach PostgreSQL', async () => {
    const res = await http().post('/api/auth/login').send({ email: 'a@b.de', password: 'x\u0000y' }).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', fields: { password: expect.any(String) } });
  });

  it('finds a route with a trailing slash too', async () => {
    const res = await http().get('/api/health/');
    expect([200, 503]).toContain(res.status);
    expect(res.body.status).toEqual(expect.any(String));
  });

  it('answers an unknown API route with 404 in the error shape (never the web app)', async () => {
    const res = await http().get('/api/gibt-es-nicht').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'not_found', message: expect.any(String) });
  });

  it('sends security headers (CSP allowing the Angular app) and no CORS by default', async () => {
    const res = await http().get('/api/docs-json').set('Origin', 'https://evil.example').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY'); // matches frame-ancestors 'none' (docs/decisions/020)
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('honours an incoming x-request-id and generates one otherwise', async () => {
    const given = await http().get('/api/docs-json').set('x-request-id', 'proxy-id-123').expect(200);
    expect(given.headers['x-request-id']).toBe('proxy-id-123');
    const generated = await http().get('/api/docs-json').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await http().get('/api/docs-json').set('x-request-id', 'bad id\twith spaces').expect(200);
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the built web app with an SPA fallback outside /api and /socket.io', async () => {
    const root = await http().get('/').expect(200);
    expect(root.text).toContain('<app-root>');
    expect(root.headers['cache-control']).toBe('no-cache');
    // The web app's files carry the security headers and a request id like every API answer.
    expect(root.headers['content-security-policy']).toContain("default-src 'self'");
    expect(root.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const deep = await http().get('/passwort-setzen?token=abc').expect(200);
    expect(deep.text).toContain('<app-root>');
    const asset = await http().get('/main-ABCDEFGH.js').expect(200);
    expect(asset.text).toContain('console.log');
    // A bundle with a content hash in its name (Angular's `main-HASH.js`) is cached for good.
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await http().get('/fehlt-XYZ.js').expect(404);
    const apiMiss = await http().get('/api/auch-nicht').expect(404);
    expect(apiMiss.body.code).toBe('not_found');
    await http().post('/irgendwo').expect(404);
  });
});
