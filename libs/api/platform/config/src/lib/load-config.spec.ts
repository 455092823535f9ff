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
    [{ NODE_ENV: 'test', STORAGE_DRIVER: 'ftp' }, 'STORAGE_DRIVER'],
    [{ NODE_ENV: 'test', STORAGE_DRIVER: 's3' }, 'S3_BUCKET'],
    [{ NODE_ENV: 'test', S3_BUCKET: 'Not_A_Bucket' }, 'S3_BUCKET'],
    [{ NODE_ENV: 'test', S3_ACCESS_KEY_ID: 'key' }, 'S3_SECRET_ACCESS_KEY'],
    [{ NODE_ENV: 'test', S3_ENDPOINT: 'ftp://minio:9000' }, 'S3_ENDPOINT'],
    [{ NODE_ENV: 'test', UPLOAD_MAX_BYTES: '25MB' }, 'UPLOAD_MAX_BYTES'],
    [{ NODE_ENV: 'test', UPLOAD_MAX_BYTES: String(3 * 1024 ** 3) }, 'UPLOAD_MAX_BYTES'],
  ])('names the key of a wrong value %p', (env, key) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as ConfigError).key).toBe(key);
      expect((e as Error).message).toMatch(new RegExp(`^Invalid configuration: ${key} `));
    }
  });

  it('stores uploads on the local disk under .data by default, 25 MB at most', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({
      DATA_DIR: '.data',
      STORAGE_DRIVER: 'local',
      UPLOAD_MAX_BYTES: 25 * 1024 * 1024,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: false,
    });
    const s3 = loadConfig({
      NODE_ENV: 'test',
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'ecampus-files',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
      UPLOAD_MAX_BYTES: '1048576',
    });
    expect(s3).toMatchObject({ STORAGE_DRIVER: 's3', S3_BUCKET: 'ecampus-files', S3_FORCE_PATH_STYLE: true, UPLOAD_MAX_BYTES: 1048576 });
  });

  it('sends the review digest at 07:00 in Berlin unless told otherwise; refuses other times and unknown zones', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ REVIEW_DIGEST_TIME: '07:00', REVIEW_DIGEST_TIMEZONE: 'Europe/Berlin' });
    expect(loadConfig({ NODE_ENV: 'test', REVIEW_DIGEST_TIME: 'off', REVIEW_DIGEST_TIMEZONE: 'UTC' })).toMatchObject({
      REVIEW_DIGEST_TIME: 'off',
      REVIEW_DIGEST_TIMEZONE: 'UTC',
    });
    for (const [env, key] of [
      [{ REVIEW_DIGEST_TIME: '7:00' }, 'REVIEW_DIGEST_TIME'],
      [{ REVIEW_DIGEST_TIME: '24:00' }, 'REVIEW_DIGEST_TIME'],
      [{ REVIEW_DIGEST_TIMEZONE: 'Mars/Olympus' }, 'REVIEW_DIGEST_TIMEZONE'],
    ] as const) {
      expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(new RegExp(`^Invalid configuration: ${key} `));
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
