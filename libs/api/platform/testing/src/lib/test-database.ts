import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type EntityList } from '@ecampus/api/platform/database';
import { workspaceMigrations } from './workspace-migrations';

/** The server integration tests use: DATABASE_URL's server, or the local default. */
export function testServerUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
}

export interface TestDatabase {
  /** URL of the fresh database, migrations applied. */
  url: string;
  name: string;
  /** A DataSource on that database with the given entities (initialised). */
  dataSource: DataSource;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Creates a database of its own for one test file (`ecampus_t_<random>`), applies the real
 * migrations, and drops it afterwards. Nothing is shared between runs or files.
 */
export async function createTestDatabase(entities: EntityList = []): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = `ecampus_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(server, name);
  const dataSource = new DataSource({ ...dataSourceOptions(url, { entities, migrations: workspaceMigrations() }), extra: { max: 4 } });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    url,
    name,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const c = new Client({ connectionString: server });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** `YYYY-MM-DD` of today (the database server's date) shifted by `days`. */
export async function dbDate(db: TestDatabase, days: number): Promise<string> {
  const rows: { d: string }[] = await db.dataSource.query(`SELECT to_char(current_date + $1::int, 'YYYY-MM-DD') AS d`, [days]);
  return rows[0].d;
}
