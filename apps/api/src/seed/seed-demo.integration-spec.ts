import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@ecampus/api/platform/config';
import { createTestServices, testConfig, type TestDatabase, type TestServices } from '@ecampus/api/platform/testing';
import { runDemoSeed } from './demo-seed';
import { DemoSeedRefused } from './demo-seed-guard';
import { SeedModule } from './seed.module';

describe('demo seed (real PostgreSQL)', () => {
  let services: TestServices;
  let db: TestDatabase;
  let config: AppConfig;

  beforeAll(async () => {
    services = await createTestServices();
    db = services.db;
    config = testConfig(services);
  });
  afterAll(async () => {
    await services?.release();
  });

  async function seed(options: { config?: AppConfig; force?: boolean } = {}): Promise<string[]> {
    const ctx: INestApplicationContext = await NestFactory.createApplicationContext(SeedModule.forRoot(options.config ?? config), {
      logger: false,
    });
    try {
      return await runDemoSeed(ctx, { force: options.force });
    } finally {
      await ctx.close();
    }
  }

  const counts = () =>
    db.dataSource.query(`
      SELECT (SELECT count(*) FROM app_user)::int AS users,
             (SELECT count(*) FROM app_user WHERE is_admin)::int AS admins,
             (SELECT count(*) FROM program)::int AS programs,
             (SELECT count(*) FROM program_member)::int AS members,
             (SELECT count(*) FROM program_profile)::int AS profiles,
             (SELECT count(*) FROM tandem)::int AS tandems,
             (SELECT count(*) FROM tandem_meeting)::int AS meetings`);

  it('creates the demo program once and changes nothing on a second run', async () => {
    // An admin from ADMIN_EMAIL exists already: the seed must not add a second one.
    await db.dataSource.query(`INSERT INTO app_user (email, display_name, is_admin) VALUES ('chefin@example.org', 'Chefin', true)`);
    const first = await seed();
    expect(first.join('\n')).toContain('koordination@ecampus.example');
    expect(first.join('\n')).toContain('Demo-Passwort-2027!');
    expect(first.join('\n')).toContain('chefin@example.org');
    const after1 = await counts();
    expect(after1[0]).toEqual({ users: 9, admins: 1, programs: 1, members: 8, profiles: 6, tandems: 3, meetings: 7 });

    const program = (
      await db.dataSource.query(`SELECT title, mode, status, to_char(starts_on, 'YYYY-MM-DD') AS s, free_of_charge FROM program`)
    )[0];
    expect(program).toEqual({
      title: 'Politikerinnen ins Netz 2027',
      mode: 'reverse',
      status: 'running',
      s: '2027-03-01',
      free_of_charge: true,
    });

    const quiet = await db.dataSource.query(`
      SELECT t.id FROM tandem t
       WHERE t.status = 'active'
         AND NOT EXISTS (SELECT 1 FROM tandem_meeting m WHERE m.tandem_id = t.id AND m.date >= current_date - 28)`);
    expect(quiet).toHaveLength(1);

    const second = await seed();
    expect(second[0]).toContain('war schon vorhanden');
    expect(await counts()).toEqual(after1);
  });

  it('refuses a production installation unless forced (and then runs as anywhere else)', async () => {
    const production = testConfig(services, { NODE_ENV: 'production', JWT_SECRET: 'a-production-like-secret-for-the-seed-0123456789' });
    const before = await counts();
    await expect(seed({ config: production })).rejects.toBeInstanceOf(DemoSeedRefused);
    expect(await counts()).toEqual(before);
    const forced = await seed({ config: production, force: true });
    expect(forced[0]).toContain('war schon vorhanden');
  });
});
