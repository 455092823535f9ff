import { loadConfig, type AppConfig } from '@ecampus/api/platform/config';
import type { TestServices } from './test-services';

/** Configuration values as the environment would give them (strings), by name. */
export type TestEnv = { [K in keyof AppConfig]?: string };

/** Signs the access tokens of every test process; the same in all processes of one test. */
export const TEST_JWT_SECRET = 'ecampus-integration-tests-only-0123456789abcdef';

/**
 * The configuration of a process under test, built ONLY from explicit values: the test's own
 * database, Redis prefix, mail and data folders, quiet logs, generous login limits — then `env`.
 * Nothing comes from `process.env`, so ADMIN_EMAIL, JWT_SECRET, SEED_DEMO … set in the shell of
 * the person running the tests change nothing.
 */
export function testConfig(
  services: Pick<TestServices, 'db' | 'redisUrl' | 'redisPrefix' | 'mailDir' | 'dataDir'>,
  env: TestEnv = {},
): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: services.db.url,
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: services.redisPrefix,
    JWT_SECRET: TEST_JWT_SECRET,
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    MAIL_TRANSPORT: 'log',
    MAIL_DIR: services.mailDir,
    DATA_DIR: services.dataDir,
    LOGIN_RATE_LIMIT: '1000',
    LOGIN_IP_RATE_LIMIT: '10000',
    ...env,
  });
}
