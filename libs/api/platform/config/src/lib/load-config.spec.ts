import { DEVELOPMENT_JWT_SECRET } from './config.schema';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives safe local defaults', () => {
    const c = loadConfig({ NODE_ENV: 'development' });
    expect(c.PORT).toBe(3000);
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
    // Per IP far above per account: a workshop room logs in from one address.
    expect(c.LOGIN_IP_RATE_LIMIT).toBeGreaterThan(c.LOGIN_RATE_LIMIT * 5);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'nonsense' }, 'REDIS_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ MAIL_TRANSPORT: 'smtp' }, 'SMTP_URL'],
    [{ ADMIN_EMAIL: 'a@b.de' }, 'ADMIN_PASSWORD'],
  ])('names the key of a wrong value %p', (env, key) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as ConfigError).key).toBe(key);
      expect((e as Error).message).toMatch(new RegExp(`^Invalid configuration: ${key} `));
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ NODE_ENV: 'test', PORT: '' }).PORT).toBe(3000);
  });

  describe('the built-in JWT secret', () => {
    const own = 'a'.repeat(64);

    it.each([['development'], ['test']])('is allowed with NODE_ENV=%s given explicitly', (NODE_ENV) => {
      expect(loadConfig({ NODE_ENV }).JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
    });

    it.each([
      ['NODE_ENV unset (which otherwise means development)', {}],
      ['NODE_ENV empty', { NODE_ENV: '' }],
      ['NODE_ENV=production', { NODE_ENV: 'production' }],
      ['given by value in production', { NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET }],
      ['given by value without NODE_ENV', { JWT_SECRET: DEVELOPMENT_JWT_SECRET }],
    ])('is refused with %s', (_case, env) => {
      expect(() => loadConfig(env)).toThrow(/^Invalid configuration: JWT_SECRET must be a secret of your own/);
    });

    it('is not needed with a secret of your own; NODE_ENV then defaults to development', () => {
      const c = loadConfig({ JWT_SECRET: own });
      expect(c).toMatchObject({ JWT_SECRET: own, NODE_ENV: 'development' });
      expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: own }).NODE_ENV).toBe('production');
    });
  });

  describe('OPENAPI_UI', () => {
    const own = { JWT_SECRET: 'b'.repeat(64) };

    it('defaults to on in development and tests, to admins in production', () => {
      expect(loadConfig({ ...own }).OPENAPI_UI).toBe('on');
      expect(loadConfig({ ...own, NODE_ENV: 'test' }).OPENAPI_UI).toBe('on');
      expect(loadConfig({ ...own, NODE_ENV: 'production' }).OPENAPI_UI).toBe('admins');
    });

    it('takes on, off or admins and names the key of anything else', () => {
      expect(loadConfig({ ...own, NODE_ENV: 'production', OPENAPI_UI: 'on' }).OPENAPI_UI).toBe('on');
      expect(loadConfig({ ...own, OPENAPI_UI: 'off' }).OPENAPI_UI).toBe('off');
      expect(() => loadConfig({ ...own, OPENAPI_UI: 'yes' })).toThrow(/^Invalid configuration: OPENAPI_UI /);
    });
  });
});
