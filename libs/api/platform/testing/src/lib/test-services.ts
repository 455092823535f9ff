import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from './test-database';
import { cleanTestRedis, testRedisPrefix, testRedisUrl } from './test-redis';

/** What one test file runs against: nothing of it is shared with another file or run. */
export interface TestServices {
  /** A database of its own, real migrations applied. */
  db: TestDatabase;
  redisUrl: string;
  /** The Redis key prefix of this file. */
  redisPrefix: string;
  /** A fresh temporary folder for the log mail transport (MAIL_DIR). */
  mailDir: string;
  /** A fresh temporary folder for stored files and uploads in progress (DATA_DIR). */
  dataDir: string;
  /** Deletes the Redis keys under the prefix, drops the database and removes the mail and data folders. */
  release(): Promise<void>;
}

/** `redisUrl`: another Redis than the shared one (a server of the test's own, `startTestRedisServer`). */
export async function createTestServices({ redisUrl = testRedisUrl() }: { redisUrl?: string } = {}): Promise<TestServices> {
  const db = await createTestDatabase();
  const mailDir = await mkdtemp(join(tmpdir(), 'ecampus-mail-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'ecampus-data-'));
  const redisPrefix = testRedisPrefix();
  return {
    db,
    redisUrl,
    redisPrefix,
    mailDir,
    dataDir,
    async release() {
      await cleanTestRedis(redisUrl, redisPrefix);
      await db.drop();
      await rm(mailDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
