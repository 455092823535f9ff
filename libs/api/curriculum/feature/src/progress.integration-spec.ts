import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { createTestApi } from '@ecampus/api/platform/testing';
import { ProgressMatrixSchema, type ProgressMatrix, type ProgressRow } from '@ecampus/shared/contracts';
import { CurriculumModule } from './lib/curriculum.module';
import { withCurriculumFixtures, type CurriculumTestApi, type TestPerson } from './testing/curriculum-fixtures';

/**
 * Progress (issue 8, item 5) against the real API and PostgreSQL: the completion rule with lessons
 * and approved tandem submissions, who sees which rows, the tandem filter, the CSV export (escaping,
 * formula neutralising) and that the matrix costs the same few statements whatever its size.
 * Tandems, assignments and submissions are rows written with SQL (their routes belong to others).
 */
describe('curriculum progress matrix (real PostgreSQL)', () => {
  let t: CurriculumTestApi;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(query, params);
  const get = (who: TestPerson, url: string) => t.http().get(url).set('Authorization', who.auth);

  async function tandem(programId: string, mentor: TestPerson, mentee: TestPerson, status = 'active'): Promise<string> {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO tandem (program_id, mentor_id, mentee_id, status, end_reason) VALUES ($1, $2, $3, $4::varchar, CASE WHEN $4::varchar = 'ended' THEN 'Ende' END) RETURNING id`,
      [programId, mentor.id, mentee.id, status],
    );
    return row.id;
  }

  async function assignment(moduleId: string, title = 'Aufgabe'): Promise<string> {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO curriculum_assignment (module_id, title, position)
       SELECT $1, $2, COALESCE(max(position), 0) + 1 FROM curriculum_assignment WHERE module_id = $1 RETURNING id`,
      [moduleId, title],
    );
    return row.id;
  }

  async function submission(assignmentId: string, tandemId: string, status: 'submitted' | 'changes_requested' | 'approved') {
    await sql(`INSERT INTO submission (assignment_id, tandem_id, status) VALUES ($1, $2, $3)`, [assignmentId, tandemId, status]);
  }

  const complete = async (who: TestPerson, lessonId: string) => {
    const res = await t.http().post(`/api/lessons/${lessonId}/complete`).set('Authorization', who.auth);
    expect(res.status).toBe(204);
  };

  const matrixOf = async (who: TestPerson, programId: string, query = ''): Promise<ProgressMatrix> => {
    const res = await get(who, `/api/programs/${programId}/progress${query}`);
    if (res.status !== 200) throw new Error(`progress: ${res.status} ${JSON.stringify(res.body)}`);
    return ProgressMatrixSchema.parse(res.body);
  };

  /** A row as `{ name: [cell as "lessons/approved/✓", …] }` for compact expectations. */
  const compact = (rows: ProgressRow[]) =>
    Object.fromEntries(
      rows.map((r) => [
        r.displayName,
        r.cells.map((c) => `${c.lessonsCompleted}/${c.assignmentsApproved}${c.completed ? ' ✓' : ''}`).join(' | '),
      ]),
    );

  beforeAll(async () => {
    t = withCurriculumFixtures(await createTestApi({ features: [CurriculumModule] }));
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('one program with two tandems and a mentee without one', () => {
    let programId: string;
    let otherProgramId: string;
    let p: Record<
      'admin' | 'trainer' | 'coordinator' | 'mentorA' | 'menteeA' | 'mentorB' | 'menteeB' | 'menteeC' | 'outsider' | 'otherCoordinator',
      TestPerson
    >;
    let tandemA: string;
    let tandemB: string;
    let foreignTandem: string;
    let m: { basics: string; stories: string; safety: string; draft: string; empty: string };

    beforeAll(async () => {
      p = {
        admin: await t.person('Ada Admin', { isAdmin: true }),
        trainer: await t.person('Tina Trainerin'),
        coordinator: await t.person('Clara Koordination'),
        mentorA: await t.person('Anna Mentorin'),
        menteeA: await t.person('Berta Abgeordnete'),
        mentorB: await t.person('Carla Mentorin'),
        menteeB: await t.person('Dora Bürgermeisterin'),
        menteeC: await t.person('Emma ohne Tandem'),
        outsider: await t.person('Otto Außen'),
        otherCoordinator: await t.person('Olga Anderswo'),
      };
      programId = await t.program([
        [p.trainer, 'trainer'],
        [p.coordinator, 'coordinator'],
        [p.mentorA, 'mentor'],
        [p.menteeA, 'mentee'],
        [p.mentorB, 'mentor'],
        [p.menteeB, 'mentee'],
        [p.menteeC, 'mentee'],
      ]);
      otherProgramId = await t.program([[p.otherCoordinator, 'coordinator']]);
      const otherMentor = await t.person('Fremde Mentorin');
      const otherMentee = await t.person('Fremde Mentee');
      await t.addRole(otherProgramId, otherMentor, 'mentor');
      await t.addRole(otherProgramId, otherMentee, 'mentee');
      foreignTandem = await tandem(otherProgramId, otherMentor, otherMentee);
      // Tandem B is paused: still the current tandem of both (API.md: active, else the latest paused one).
      tandemA = await tandem(programId, p.mentorA, p.menteeA);
      tandemB = await tandem(programId, p.mentorB, p.menteeB, 'paused');

      m = {
        basics: await t.module(p.trainer, programId, { title: 'Die eigene Facebook-Seite' }),
        stories: await t.module(p.trainer, programId, { title: 'Instagram-Stories für den Wahlkreis' }),
        draft: await t.module(p.trainer, programId, { title: 'Entwurf' }, { draft: true }),
        safety: await t.module(p.trainer, programId, { title: 'Sicher im Netz' }),
        empty: await t.module(p.trainer, programId, { title: 'Noch leer' }),
      };
      const basicsLessons = [await t.lesson(p.trainer, m.basics), await t.lesson(p.trainer, m.basics)];
      const storiesLesson = await t.lesson(p.trainer, m.stories);
      await t.lesson(p.trainer, m.draft);
      const storiesTask = await assignment(m.stories);
      const safetyTask = await assignment(m.safety);
      await assignment(m.draft);

      // Tandem A: the mentee did all lessons, the mentor one of two in the first module; both the
      // second module's lesson; the tandem's submissions to both assignments are approved.
      for (const l of basicsLessons) await complete(p.menteeA, l);
      await complete(p.mentorA, basicsLessons[0]);
      await complete(p.menteeA, storiesLesson);
      await complete(p.mentorA, storiesLesson);
      await submission(storiesTask, tandemA, 'approved');
      await submission(safetyTask, tandemA, 'approved');
      // Tandem B: lessons done, but the submissions wait for review or need changes.
      for (const l of [...basicsLessons, storiesLesson]) {
        await complete(p.mentorB, l);
        await complete(p.menteeB, l);
      }
      await submission(storiesTask, tandemB, 'submitted');
      await submission(safetyTask, tandemB, 'changes_requested');
      // Emma has no tandem: her lessons count, assignments never can.
      for (const l of [...basicsLessons, storiesLesson]) await complete(p.menteeC, l);
    });

    it('staff see every mentor and mentee × the published modules; a module is complete with its lessons and approved submissions', async () => {
      for (const who of [p.trainer, p.coordinator, p.admin]) {
        const matrix = await matrixOf(who, programId);
        expect(matrix.programId).toBe(programId);
        expect(matrix.modules.map((x) => [x.title, x.lessonCount, x.assignmentCount])).toEqual([
          ['Die eigene Facebook-Seite', 2, 0],
          ['Instagram-Stories für den Wahlkreis', 1, 1],
          ['Sicher im Netz', 0, 1],
          ['Noch leer', 0, 0],
        ]);
        // By display name; cells in module order: lessons completed / assignments approved.
        expect(compact(matrix.rows)).toEqual({
          'Anna Mentorin': '1/0 | 1/1 ✓ | 0/1 ✓ | 0/0',
          'Berta Abgeordnete': '2/0 ✓ | 1/1 ✓ | 0/1 ✓ | 0/0',
          'Carla Mentorin': '2/0 ✓ | 1/0 | 0/0 | 0/0',
          'Dora Bürgermeisterin': '2/0 ✓ | 1/0 | 0/0 | 0/0',
          'Emma ohne Tandem': '2/0 ✓ | 1/0 | 0/0 | 0/0',
        });
        expect(matrix.rows.map((r) => r.displayName)).toEqual([
          'Anna Mentorin',
          'Berta Abgeordnete',
          'Carla Mentorin',
          'Dora Bürgermeisterin',
          'Emma ohne Tandem',
        ]);
        expect(matrix.rows.map((r) => [r.role, r.tandemId, r.modulesCompleted])).toEqual([
          ['mentor', tandemA, 2],
          ['mentee', tandemA, 3],
          ['mentor', tandemB, 1],
          ['mentee', tandemB, 1],
          ['mentee', null, 1],
        ]);
        expect(matrix.rows[0].cells.map((c) => c.moduleId)).toEqual([m.basics, m.stories, m.safety, m.empty]);
        expect(matrix.tandems).toEqual([
          {
            tandemId: tandemA,
            mentor: { userId: p.mentorA.id, displayName: 'Anna Mentorin' },
            mentee: { userId: p.menteeA.id, displayName: 'Berta Abgeordnete' },
            modulesCompletedByBoth: 2,
          },
          {
            tandemId: tandemB,
            mentor: { userId: p.mentorB.id, displayName: 'Carla Mentorin' },
            mentee: { userId: p.menteeB.id, displayName: 'Dora Bürgermeisterin' },
            modulesCompletedByBoth: 1,
          },
        ]);
      }
    });

    it('agrees with the module list each participant sees (the same rule)', async () => {
      for (const who of [p.mentorA, p.menteeA, p.mentorB, p.menteeC]) {
        const list = (await get(who, `/api/programs/${programId}/modules`).expect(200)).body.items as {
          id: string;
          progress: { completed: boolean; lessonsCompleted: number; assignmentsApproved: number };
        }[];
        const own = (await matrixOf(who, programId)).rows.find((r) => r.userId === who.id) as ProgressRow;
        expect(own.cells.map((c) => [c.moduleId, c.lessonsCompleted, c.assignmentsApproved, c.completed])).toEqual(
          list.map((x) => [x.id, x.progress.lessonsCompleted, x.progress.assignmentsApproved, x.progress.completed]),
        );
      }
    });

    it('participants see themselves and their current tandem partner only', async () => {
      const a = await matrixOf(p.menteeA, programId);
      expect(a.rows.map((r) => r.displayName)).toEqual(['Anna Mentorin', 'Berta Abgeordnete']);
      expect(a.tandems.map((x) => [x.tandemId, x.modulesCompletedByBoth])).toEqual([[tandemA, 2]]);
      expect(a.modules).toHaveLength(4);

      const b = await matrixOf(p.mentorB, programId);
      expect(b.rows.map((r) => r.displayName)).toEqual(['Carla Mentorin', 'Dora Bürgermeisterin']);

      const c = await matrixOf(p.menteeC, programId);
      expect(c.rows.map((r) => r.displayName)).toEqual(['Emma ohne Tandem']);
      expect(c.tandems).toEqual([]);
    });

    it('an ended tandem is nobody’s current one: the partners keep their rows, without its approvals', async () => {
      const mentor = await t.person('Hanna Mentorin');
      const mentee = await t.person('Ida Mentee');
      await t.addRole(programId, mentor, 'mentor');
      await t.addRole(programId, mentee, 'mentee');
      const ended = await tandem(programId, mentor, mentee, 'ended');
      await submission(await assignment(m.safety, 'Zweite Aufgabe'), ended, 'approved');
      try {
        const matrix = await matrixOf(p.trainer, programId);
        const rows = matrix.rows.filter((r) => r.userId === mentor.id || r.userId === mentee.id);
        expect(rows.map((r) => [r.tandemId, r.cells[2].assignmentsApproved])).toEqual([
          [null, 0],
          [null, 0],
        ]);
        expect(matrix.tandems.map((x) => x.tandemId)).not.toContain(ended);
        // Staff may filter by it (a tandem of the program): nobody's current tandem, no rows.
        expect((await matrixOf(p.trainer, programId, `?tandemId=${ended}`)).rows).toEqual([]);
      } finally {
        await sql(`DELETE FROM curriculum_assignment WHERE title = 'Zweite Aufgabe'`);
        await sql(`DELETE FROM tandem WHERE id = $1`, [ended]);
        await sql(`DELETE FROM program_member WHERE user_id = ANY($1)`, [[mentor.id, mentee.id]]);
      }
    });

    it('filters by tandem: staff any tandem of the program, participants their own; others 404, malformed 400', async () => {
      const b = await matrixOf(p.coordinator, programId, `?tandemId=${tandemB}`);
      expect(b.rows.map((r) => r.displayName)).toEqual(['Carla Mentorin', 'Dora Bürgermeisterin']);
      expect(b.tandems.map((x) => x.tandemId)).toEqual([tandemB]);
      expect(b.modules).toHaveLength(4);
      // Upper-case ids name the same tandem.
      expect((await matrixOf(p.trainer, programId, `?tandemId=${tandemA.toUpperCase()}`)).rows.map((r) => r.userId)).toEqual([
        p.mentorA.id,
        p.menteeA.id,
      ]);
      expect((await matrixOf(p.menteeA, programId, `?tandemId=${tandemA}`)).rows).toHaveLength(2);

      // Another tandem is as unknown to a participant as in the programs domain (GET /api/tandems/:id): 404.
      for (const [who, id] of [
        [p.menteeA, tandemB],
        [p.menteeC, tandemA],
        [p.trainer, foreignTandem],
        [p.admin, foreignTandem],
        [p.trainer, '6d1f3c1e-1111-4222-8333-444455556666'],
      ] as const) {
        const res = await get(who, `/api/programs/${programId}/progress?tandemId=${id}`);
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('not_found');
      }
      for (const query of ['?tandemId=x', `?tandemId=${tandemA}&tandemId=${tandemB}`, '?format=xml']) {
        const res = await get(p.trainer, `/api/programs/${programId}/progress${query}`);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('validation_failed');
      }
    });

    it('is 404 for outsiders and members of other programs, 401 without a token', async () => {
      for (const who of [p.outsider, p.otherCoordinator]) {
        const res = await get(who, `/api/programs/${programId}/progress`);
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('not_found');
      }
      await t.http().get(`/api/programs/${programId}/progress`).expect(401);
      await get(p.trainer, `/api/programs/not-an-id/progress`).expect(404);
    });

    it('exports the matrix as a semicolon CSV for Excel: BOM, quoting, no formulas', async () => {
      const tricky = await t.person('=HYPERLINK("https://evil.example";"klick")');
      const quoted = await t.person('Müller; "Sepp"\nzweite Zeile');
      await t.addRole(programId, tricky, 'mentor');
      await t.addRole(programId, quoted, 'mentee');
      const trickyTandem = await tandem(programId, tricky, quoted);
      const formulaModule = await t.module(p.trainer, programId, { title: '+SUM(A1:A9)' });
      await t.lesson(p.trainer, formulaModule);
      try {
        const res = await get(p.coordinator, `/api/programs/${programId}/progress?format=csv`);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toMatch(
          /^attachment; filename="Fortschritt Testprogramm \d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''Fortschritt%20Testprogramm%20\d{4}-\d{2}-\d{2}\.csv$/,
        );
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        const text = res.text;
        expect(text.startsWith('\uFEFF')).toBe(true);
        const lines = text.slice(1).split('\r\n');
        expect(lines.at(-1)).toBe('');
        expect(lines[0]).toBe(
          "Name;Rolle;Tandem;Die eigene Facebook-Seite;Instagram-Stories für den Wahlkreis;Sicher im Netz;Noch leer;'+SUM(A1:A9);Module abgeschlossen",
        );
        expect(lines).toContain(
          'Anna Mentorin;Mentorin / Mentor;Anna Mentorin & Berta Abgeordnete;1/2 · 0/0;abgeschlossen;abgeschlossen;0/0 · 0/0;0/1 · 0/0;2',
        );
        expect(lines).toContain('Emma ohne Tandem;Mentee;;abgeschlossen;1/1 · 0/1;0/0 · 0/1;0/0 · 0/0;0/1 · 0/0;1');
        // The formula is neutralised ('=…) and quoted for its quotes and semicolon; the other name's line break stays inside its quotes.
        const tandemName = `"'=HYPERLINK(""https://evil.example"";""klick"") & Müller; ""Sepp""\nzweite Zeile"`;
        expect(text).toContain(`"'=HYPERLINK(""https://evil.example"";""klick"")";Mentorin / Mentor;${tandemName};`);
        expect(text).toContain(`"Müller; ""Sepp""\nzweite Zeile";Mentee;${tandemName};`);

        // English on request; the participant's export holds her rows only.
        const en = await get(p.menteeA, `/api/programs/${programId}/progress?format=csv`).set('Accept-Language', 'en');
        const enLines = en.text.slice(1).split('\r\n');
        expect(enLines[0]).toMatch(/^Name;Role;Tandem;.*;Modules completed$/);
        expect(enLines.filter(Boolean)).toHaveLength(3);
        expect(en.headers['content-disposition']).toContain(`filename*=UTF-8''Progress%20Testprogramm%20`);
      } finally {
        await sql(`DELETE FROM curriculum_module WHERE id = $1`, [formulaModule]);
        await sql(`DELETE FROM tandem WHERE id = $1`, [trickyTandem]);
        await sql(`DELETE FROM program_member WHERE user_id = ANY($1)`, [[tricky.id, quoted.id]]);
      }
    });
  });

  it('costs the same few statements for 4 people × 2 modules as for 120 people × 12 modules', async () => {
    const trainer = await t.person('Tina Trainerin');
    const dataSource = t.app.get(DataSource);
    const statements: string[] = [];
    const counter: EntitySubscriberInterface = { beforeQuery: (e) => void statements.push(e.query) };
    dataSource.subscribers.push(counter);
    /** The statements the API ran for one GET of the matrix. */
    const statementsOf = async (programId: string, query = '') => {
      statements.length = 0;
      const matrix = await matrixOf(trainer, programId, query);
      // The counter sees the API's statements (else the bounds below would hold vacuously).
      expect(statements.filter((q) => q.includes('lesson_completion'))).toHaveLength(1);
      return { count: statements.length, matrix };
    };

    /** A program with `pairs` tandems, `modules` published modules of 3 lessons and an assignment, half of everything done. */
    async function programOf(pairs: number, modules: number): Promise<{ programId: string; tandemId: string }> {
      const programId = await t.program([[trainer, 'trainer']]);
      const moduleIds: string[] = [];
      for (let i = 0; i < modules; i++) moduleIds.push(await t.module(trainer, programId, { title: `Modul ${i + 1}` }));
      await sql(
        `INSERT INTO curriculum_lesson (module_id, title, position) SELECT m, 'Lektion ' || n, n FROM unnest($1::uuid[]) m, generate_series(1, 3) n`,
        [moduleIds],
      );
      await sql(`INSERT INTO curriculum_assignment (module_id, title, position) SELECT m, 'Aufgabe', 1 FROM unnest($1::uuid[]) m`, [
        moduleIds,
      ]);
      await sql(
        `WITH people AS (
           INSERT INTO app_user (email, display_name)
           SELECT 'p' || n || '.' || $2 || '@test.example', 'Person ' || lpad(n::text, 4, '0') FROM generate_series(1, $3 * 2) n
           RETURNING id, display_name),
         numbered AS (SELECT id, row_number() OVER (ORDER BY display_name) AS n FROM people),
         members AS (
           INSERT INTO program_member (program_id, user_id, role)
           SELECT $1, id, CASE WHEN n % 2 = 1 THEN 'mentor' ELSE 'mentee' END FROM numbered RETURNING user_id)
         INSERT INTO tandem (program_id, mentor_id, mentee_id)
         SELECT $1, a.id, b.id FROM numbered a JOIN numbered b ON b.n = a.n + 1 WHERE a.n % 2 = 1`,
        [programId, programId.slice(0, 8), pairs],
      );
      await sql(
        `INSERT INTO lesson_completion (lesson_id, user_id)
         SELECT l.id, pm.user_id FROM program_member pm
           JOIN curriculum_module m ON m.program_id = pm.program_id
           JOIN curriculum_lesson l ON l.module_id = m.id
          WHERE pm.program_id = $1 AND pm.role IN ('mentor', 'mentee') AND ((m.position + hashtext(pm.user_id::text)) % 3 <> 0 OR l.position = 1)`,
        [programId],
      );
      await sql(
        `INSERT INTO submission (assignment_id, tandem_id, status)
         SELECT a.id, tn.id, CASE WHEN (m.position + hashtext(tn.id::text)) % 3 = 0 THEN 'approved' ELSE 'submitted' END
           FROM tandem tn JOIN curriculum_module m ON m.program_id = tn.program_id JOIN curriculum_assignment a ON a.module_id = m.id
          WHERE tn.program_id = $1`,
        [programId],
      );
      const [first] = await sql<{ id: string }>(`SELECT id FROM tandem WHERE program_id = $1 LIMIT 1`, [programId]);
      return { programId, tandemId: first.id };
    }

    try {
      const small = await programOf(2, 2);
      const large = await programOf(60, 12);
      const s = await statementsOf(small.programId);
      const l = await statementsOf(large.programId);
      expect(s.matrix.rows).toHaveLength(4);
      expect(l.matrix.rows).toHaveLength(120);
      expect(l.matrix.rows[0].cells).toHaveLength(12);
      expect(l.matrix.tandems).toHaveLength(60);
      // The caller's standing, the module columns, the matrix (statements, not rows: whatever the size).
      expect(s.count).toBeLessThanOrEqual(3);
      expect(l.count).toBe(s.count);
      // With a tandem filter: two more (the tandem and the caller's standing towards it).
      const sf = await statementsOf(small.programId, `?tandemId=${small.tandemId}`);
      const lf = await statementsOf(large.programId, `?tandemId=${large.tandemId}`);
      expect(lf.matrix.rows).toHaveLength(2);
      expect(sf.count).toBeLessThanOrEqual(5);
      expect(lf.count).toBe(sf.count);

      // The completions the SQL produced agree with the rule, cell by cell.
      const [expected] = await sql<{ completed: number }>(
        `SELECT count(*)::int AS completed FROM program_member pm
           JOIN curriculum_module m ON m.program_id = pm.program_id
          WHERE pm.program_id = $1 AND pm.role IN ('mentor', 'mentee')
            AND (SELECT count(*) FROM curriculum_lesson l JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = pm.user_id WHERE l.module_id = m.id) = 3
            AND EXISTS (SELECT 1 FROM submission s JOIN curriculum_assignment a ON a.id = s.assignment_id JOIN tandem tn ON tn.id = s.tandem_id
                         WHERE a.module_id = m.id AND s.status = 'approved' AND pm.user_id IN (tn.mentor_id, tn.mentee_id))`,
        [large.programId],
      );
      expect(l.matrix.rows.reduce((n, r) => n + r.modulesCompleted, 0)).toBe(expected.completed);
      expect(expected.completed).toBeGreaterThan(0);
    } finally {
      dataSource.subscribers.splice(dataSource.subscribers.indexOf(counter), 1);
    }
  });
});
