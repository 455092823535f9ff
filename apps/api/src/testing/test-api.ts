import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import { loadConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createApiApp } from '../app/create-api-app';

export interface TestServices {
  /** A fresh database with migrations applied (createTestDatabase). */
  databaseUrl: string;
  redisUrl: string;
  /** A key prefix of this test file (testRedisPrefix). */
  redisPrefix: string;
}

/**
 * Configuration for an API under test: real services, quiet logs, values overridable per test.
 * (Specs pass the services from @ecampus/api/testing; this file is app code and may not import it.)
 */
export function testApiConfig(s: TestServices, env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: s.databaseUrl,
    REDIS_URL: s.redisUrl,
    REDIS_PREFIX: s.redisPrefix,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    LOGIN_IP_RATE_LIMIT: '10000',
    ...env,
  });
}

/** The real API application (same factory as main.ts), initialised, not listening. */
export function startTestApi(s: TestServices, env: Record<string, string> = {}): Promise<NestExpressApplication> {
  return createApiApp(testApiConfig(s, env));
}

/** Removes every key a test run left under its prefix. */
export async function deleteRedisPrefix(s: Pick<TestServices, 'redisUrl' | 'redisPrefix'>): Promise<void> {
  const prefix = s.redisPrefix;
  const redis = new Redis(s.redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `*${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The value of a cookie from a supertest response's Set-Cookie headers. */
export function cookieFrom(setCookie: string[] | string | undefined, name: string): { value: string; raw: string } | undefined {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const raw = list.find((c) => c.startsWith(`${name}=`));
  if (!raw) return undefined;
  return { value: decodeURIComponent(raw.slice(name.length + 1).split(';')[0]), raw };
}
