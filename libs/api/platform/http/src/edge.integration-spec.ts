import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { Public } from '@ecampus/api/platform/auth';
import { createTestApi, createTestServices, signAccessToken, type TestApi, type TestServices } from '@ecampus/api/platform/testing';
import { SECURITY_HEADERS } from './lib/security-headers';

/** A feature of this spec: one public and one signed-in route (both appear in the document). */
@Controller('probe')
class ProbeController {
  @Public()
  @Get('public')
  open(): { ok: true } {
    return { ok: true };
  }

  @Post('private')
  closed(@Body() body: unknown): unknown {
    return body;
  }
}
@Module({ controllers: [ProbeController] })
class ProbeModule {}

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'production-like-secret-of-the-edge-spec-0123456789' } as const;

describe('the API edge: OpenAPI by OPENAPI_UI, the same security headers on every answer', () => {
  let services: TestServices;
  const apis: TestApi[] = [];

  beforeAll(async () => {
    services = await createTestServices();
  });
  afterAll(async () => {
    for (const api of apis) await api.close();
    await services?.release();
  });

  /** An API on the shared services with the probe feature. */
  async function api(env: Parameters<typeof createTestApi>[0]['env'] = {}): Promise<TestApi> {
    const started = await createTestApi({ features: [ProbeModule], services, env });
    apis.push(started);
    return started;
  }
  const tokens = async (t: TestApi) => ({
    admin: (await signAccessToken(t.app, { id: randomUUID(), email: 'admin@example.org', isAdmin: true })).auth,
    user: (await signAccessToken(t.app, { id: randomUUID(), email: 'mentee@example.org', isAdmin: false })).auth,
  });

  it('on (the default outside production): page and document for everyone', async () => {
    const t = await api();
    expect(t.config.OPENAPI_UI).toBe('on');
    const json = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(json.body.paths)).toContain('/api/probe/public');
    expect((await t.http().get('/api/docs').expect(200)).text).toContain('swagger');
  });

  it('off: neither page nor document', async () => {
    const t = await api({ OPENAPI_UI: 'off' });
    for (const path of ['/api/docs', '/api/docs-json', '/api/docs/swagger-ui-init.js']) {
      const res = await t.http().get(path).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    }
  });

  describe('admins (the default in production)', () => {
    let t: TestApi;
    let admin: string;
    let user: string;

    beforeAll(async () => {
      t = await api(PRODUCTION);
      ({ admin, user } = await tokens(t));
    });

    it('is the default with NODE_ENV=production', () => {
      expect(t.config.OPENAPI_UI).toBe('admins');
    });

    it('gives the document only to an admin: 401 without a token, 403 to others', async () => {
      const none = await t.http().get('/api/docs-json').expect(401);
      expect(none.body).toMatchObject({ statusCode: 401, code: 'unauthenticated' });
      const other = await t.http().get('/api/docs-json').set('Authorization', user).expect(403);
      expect(other.body).toMatchObject({ statusCode: 403, code: 'forbidden' });
      const json = await t.http().get('/api/docs-json').set('Authorization', admin).expect(200);
      expect(json.body.openapi).toMatch(/^3\./);
      expect(Object.keys(json.body.paths)).toContain('/api/probe/public');
      // The admins-only route does not describe itself.
      expect(Object.keys(json.body.paths)).not.toContain('/api/docs-json');
    });

    it('serves the page, which holds no document and asks for a token to load it', async () => {
      expect((await t.http().get('/api/docs').expect(200)).text).toContain('swagger-ui-init.js');
      const init = (await t.http().get('/api/docs/swagger-ui-init.js').expect(200)).text;
      expect(init).not.toContain('/api/probe/public');
      expect(init).toMatch(/"spec": \{\}/);
      expect(init).toContain('"url": "/api/docs-json"');
      expect(init).toContain('window.prompt(');
      expect(init).toContain("'Bearer ' + token");
    });
  });

  it('can be switched on in production', async () => {
    const t = await api({ ...PRODUCTION, OPENAPI_UI: 'on' });
    await t.http().get('/api/docs-json').expect(200);
  });

  it('sends every security header once, on answers, errors and the body parser’s refusals', async () => {
    const t = await api();
    const answers = [
      await t.http().get('/api/probe/public').expect(200),
      await t.http().get('/api/gibt-es-nicht').expect(404),
      await t.http().post('/api/probe/private').send({}).expect(401),
      await t.http().post('/api/probe/private').set('Content-Type', 'application/json').send('{"kaputt": ').expect(400),
    ];
    for (const res of answers) {
      for (const [name, value] of SECURITY_HEADERS)
        expect([res.status, name, res.headers[name.toLowerCase()]]).toEqual([res.status, name, value]);
    }
  });
});
