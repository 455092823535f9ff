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
             (SELECT count(*) FROM tandem_meeting)::int AS meetings,
             (SELECT count(*) FROM curriculum_module)::int AS modules,
             (SELECT count(*) FROM curriculum_module WHERE status = 'published')::int AS published,
             (SELECT count(*) FROM curriculum_lesson)::int AS lessons,
             (SELECT count(*) FROM lesson_completion)::int AS completions,
             (SELECT count(*) FROM module_revision)::int AS revisions,
             (SELECT count(*) FROM curriculum_material)::int AS materials,
             (SELECT count(*) FROM curriculum_assignment)::int AS assignments,
             (SELECT count(*) FROM submission)::int AS submissions,
             (SELECT count(*) FROM submission_version)::int AS versions,
             (SELECT count(*) FROM submission_review)::int AS reviews,
             (SELECT count(*) FROM live_session)::int AS "liveSessions",
             (SELECT count(*) FROM live_session WHERE status = 'ended')::int AS "endedSessions",
             (SELECT count(*) FROM live_attendance)::int AS attendance`);

  it('creates the demo program once and changes nothing on a second run', async () => {
    // An admin from ADMIN_EMAIL exists already: the seed must not add a second one.
    await db.dataSource.query(`INSERT INTO app_user (email, display_name, is_admin) VALUES ('chefin@example.org', 'Chefin', true)`);
    const first = await seed();
    expect(first.join('\n')).toContain('koordination@ecampus.example');
    expect(first.join('\n')).toContain('Demo-Passwort-2027!');
    expect(first.join('\n')).toContain('chefin@example.org');
    const after1 = await counts();
    expect(after1[0]).toMatchObject({ users: 9, admins: 1, programs: 1, members: 8, profiles: 6, tandems: 3, meetings: 7 });
    expect(after1[0]).toMatchObject({ modules: 5, published: 4, lessons: 12, completions: 3 });

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

    // The curriculum in order: four published modules, the draft last; lessons in every module;
    // module 2 requires module 1; one lesson has a video; written by the trainer.
    const modules: { title: string; status: string; position: number; lessons: number; pre: string | null; by: string }[] = await db
      .dataSource.query(`
        SELECT m.title, m.status, m.position, p.title AS pre, u.email::text AS by,
               (SELECT count(*) FROM curriculum_lesson l WHERE l.module_id = m.id)::int AS lessons
          FROM curriculum_module m
          LEFT JOIN curriculum_module p ON p.id = m.prerequisite_module_id
          JOIN app_user u ON u.id = m.created_by
         ORDER BY m.position`);
    expect(modules.map((m) => [m.position, m.title, m.status])).toEqual([
      [1, 'Die eigene Facebook-Seite', 'published'],
      [2, 'Instagram-Stories für den Wahlkreis', 'published'],
      [3, 'Sicher im Netz: Hassrede und Datenschutz', 'published'],
      [4, 'Wirkung messen', 'published'],
      [5, 'Live gehen: Facebook- und Instagram-Live', 'draft'],
    ]);
    expect(modules[1].pre).toBe('Die eigene Facebook-Seite');
    expect(modules.filter((m) => m.pre !== null)).toHaveLength(1);
    for (const m of modules.slice(0, 4)) expect(m.lessons).toBeGreaterThanOrEqual(2);
    expect(new Set(modules.map((m) => m.by))).toEqual(new Set(['training@ecampus.example']));
    const [untimed] = await db.dataSource.query(`SELECT count(*)::int AS n FROM curriculum_lesson WHERE estimated_minutes IS NULL`);
    expect(untimed.n).toBe(0);

    // Her progress is visible: every lesson of module 1, nothing else, by the first demo mentee.
    const progress = await db.dataSource.query(`
      SELECT u.email::text AS email, m.title, count(*)::int AS n
        FROM lesson_completion c
        JOIN app_user u ON u.id = c.user_id
        JOIN curriculum_lesson l ON l.id = c.lesson_id
        JOIN curriculum_module m ON m.id = l.module_id
       GROUP BY 1, 2`);
    expect(progress).toEqual([{ email: 'gisela.brandt@ecampus.example', title: 'Die eigene Facebook-Seite', n: modules[0].lessons }]);

    // The handout: a PDF of several pages in the first module, stored in the data directory.
    const [material] = await db.dataSource.query(
      `SELECT mt.file_name AS "fileName", mt.kind, mt.page_count AS "pageCount", m.title
         FROM curriculum_material mt JOIN curriculum_module m ON m.id = mt.module_id`,
    );
    expect(material).toEqual({
      fileName: 'Redaktionsplan für die Facebook-Seite.pdf',
      kind: 'pdf',
      pageCount: 4,
      title: 'Die eigene Facebook-Seite',
    });
    expect(after1[0]).toMatchObject({ materials: 1, assignments: 2 });
    // Two seminars to come (with their module), one that took place, with attendance to show.
    expect(after1[0]).toMatchObject({ liveSessions: 3, endedSessions: 1, attendance: 8 });
    const seminars: { title: string; status: string; module: string | null; future: boolean }[] = await db.dataSource.query(
      `SELECT s.title, s.status, m.title AS module, s.starts_at > now() AS future
         FROM live_session s LEFT JOIN curriculum_module m ON m.id = s.module_id ORDER BY s.starts_at`,
    );
    expect(seminars.map((s) => [s.status, s.future, s.module !== null])).toEqual([
      ['ended', false, true],
      ['scheduled', true, true],
      ['scheduled', true, true],
    ]);

    // Submissions in every state, each version and review kept; her module 1 is completed now.
    const states = await db.dataSource.query(`
      SELECT s.status, s.version_count AS versions, (SELECT count(*)::int FROM submission_review r WHERE r.submission_id = s.id) AS reviews
        FROM submission s ORDER BY s.status`);
    expect(states).toEqual([
      { status: 'approved', versions: 2, reviews: 2 },
      { status: 'changes_requested', versions: 1, reviews: 1 },
      { status: 'submitted', versions: 1, reviews: 0 },
    ]);

    const second = await seed();
    expect(second[0]).toContain('war schon vorhanden');
    expect(await counts()).toEqual(after1);
  });

  it('adds the handout and the assignments to demo modules an earlier version of the seed made', async () => {
    await db.dataSource.query(`DELETE FROM submission`);
    await db.dataSource.query(`DELETE FROM curriculum_assignment`);
    await db.dataSource.query(`DELETE FROM curriculum_material`);
    await seed();
    expect((await counts())[0]).toMatchObject({ materials: 1, assignments: 2, submissions: 3, versions: 4, reviews: 3 });
  });

  it('refuses a production installation unless forced (and then runs as anywhere else)', async () => {
    const production = testConfig(services, { NODE_ENV: 'production', JWT_SECRET: 'a-production-like-secret-for-the-seed-0123456789' });
    const before = await counts();
    await expect(seed({ config: production })).rejects.toBeInstanceOf(DemoSeedRefused);
    expect(await counts()).toEqual(before);
    const forced = await seed({ config: production, force: true });
    expect(forced[0]).toContain('war schon vorhanden');
  });

  it('leaves an archived demo program as it is: no second program, no error', async () => {
    await seed();
    await db.dataSource.query(`UPDATE program SET archived_at = now() WHERE title = 'Politikerinnen ins Netz 2027'`);
    await db.dataSource.query(`DELETE FROM tandem_meeting`);
    const before = await counts();
    const again = await seed();
    expect(again[0]).toContain('archiviert, bleibt unverändert');
    expect(await counts()).toEqual(before);
  });
});
