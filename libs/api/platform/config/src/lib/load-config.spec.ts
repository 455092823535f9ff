import { DEVELOPMENT_JWT_SECRET } from './config.schema';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives safe local defaults', () => {
    const c = loadConfig({});
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
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });
});
