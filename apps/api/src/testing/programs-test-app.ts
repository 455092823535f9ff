import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createApiApp } from '../app/create-api-app';
import request from 'supertest';
import { AccountsService } from '@ecampus/api/identity/accounts';
import { AccessTokenService } from '@ecampus/api/platform/auth';
import { loadConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient, deleteKeysWithPrefix } from '@ecampus/api/platform/queue';
import { createTestDatabase, testRedisPrefix, testRedisUrl, type TestDatabase } from '@ecampus/api/platform/testing';
import type { ProgramRole } from '@ecampus/shared/contracts';

// The integration tests boot the real composition roots (API, worker) exactly as production does.
// eslint-disable-next-line @nx/enforce-module-boundaries
export { createWorkerContext } from '../../../worker/src/create-worker-context';

export interface TestPerson {
  id: string;
  email: string;
  displayName: string;
  token: string;
  /** `Authorization` header value. */
  auth: string;
}

export interface ProgramsTestApp {
  app: INestApplication;
  db: TestDatabase;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  person(name: string, opts?: { isAdmin?: boolean }): Promise<TestPerson>;
  /** Creates a program directly through the API as `admin`. */
  program(admin: TestPerson, title?: string): Promise<string>;
  addRole(by: TestPerson, programId: string, userId: string, role: ProgramRole): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;

/** A fresh database (real migrations), a Redis prefix of its own and the real API on top. */
export async function createProgramsTestApp(): Promise<ProgramsTestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: testRedisPrefix(),
    LOG_LEVEL: 'silent',
    MAIL_DIR: mkdtempSync(join(tmpdir(), 'ecampus-mail-')),
    PUBLIC_URL: 'http://localhost:3000',
  });
  const app = await createApiApp(config);
  const server = app.getHttpServer();
  const accounts = app.get(AccountsService);
  const tokens = app.get(AccessTokenService);

  const person: ProgramsTestApp['person'] = async (name, opts = {}) => {
    counter += 1;
    const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}@test.example`;
    const user = await accounts.createUser({ email, displayName: name, password: 'Test-Passwort-123!', isAdmin: opts.isAdmin ?? false });
    const token = await tokens.sign({ id: user.id, email: user.email, isAdmin: user.isAdmin });
    return { id: user.id, email: user.email, displayName: user.displayName, token, auth: `Bearer ${token}` };
  };

  return {
    app,
    db,
    config,
    http: () => request(server),
    person,
    async program(admin, title = 'Testprogramm') {
      const res = await request(server)
        .post('/api/programs')
        .set('Authorization', admin.auth)
        .send({ title, mode: 'reverse', startsOn: '2027-03-01', endsOn: '2027-12-15', applicationDeadline: '2027-01-31' });
      if (res.status !== 201) throw new Error(`program: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    },
    async addRole(by, programId, userId, role) {
      const res = await request(server).post(`/api/programs/${programId}/members`).set('Authorization', by.auth).send({ userId, role });
      if (res.status !== 201) throw new Error(`addRole: ${res.status} ${JSON.stringify(res.body)}`);
    },
    async close() {
      await app.close();
      const redis = createRedisClient(config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true });
      await deleteKeysWithPrefix(redis, config.REDIS_PREFIX);
      redis.disconnect();
      await db.drop();
    },
  };
}

/** `YYYY-MM-DD` of today (database server's date) shifted by `days`. */
export async function dbDate(db: TestDatabase, days: number): Promise<string> {
  const rows: { d: string }[] = await db.dataSource.query(`SELECT to_char(current_date + $1::int, 'YYYY-MM-DD') AS d`, [days]);
  return rows[0].d;
}
