import { createTestDatabase } from './test-database';

describe('createTestDatabase', () => {
  it('creates a fresh database with the migrations applied and drops it', async () => {
    const db = await createTestDatabase();
    const rows = await db.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
    expect(rows[0].n).toBe(0);
    const migrations = await db.dataSource.query(`SELECT name FROM schema_migrations`);
    expect(migrations.length).toBeGreaterThan(0);
    await db.drop();
    const { Client } = await import('pg');
    const c = new Client({ connectionString: db.url.replace(db.name, 'test') });
    await c.connect();
    const left = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [db.name]);
    await c.end();
    expect(left.rowCount).toBe(0);
  });
});
