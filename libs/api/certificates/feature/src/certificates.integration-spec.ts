import { createTestApi, signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import type { CertificateEligibility, ProgramRole } from '@ecampus/shared/contracts';
import { CertificatesModule } from './lib/certificates.module';

/**
 * Certificate criteria and eligibility against the real API edge and real PostgreSQL (every
 * migration of the workspace). The facts — lessons completed, submissions approved, live
 * attendance, tandem meetings — are rows written with SQL as their domains write them: this domain
 * reads them only through curriculum's and live's public entries and programs' tandem definition.
 */
describe('certificate criteria and eligibility (real PostgreSQL)', () => {
  let t: TestApi;
  let count = 0;
  const sql = (query: string, params: unknown[] = []) => t.db.dataSource.query(query, params);

  beforeAll(async () => {
    t = await createTestApi({ features: [CertificatesModule] });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function person(name: string, isAdmin = false): Promise<{ id: string; auth: string; name: string }> {
    count += 1;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${count}@test.example`;
    const [user] = await sql(`INSERT INTO app_user (email, display_name, is_admin) VALUES ($1, $2, $3) RETURNING id`, [
      email,
      name,
      isAdmin,
    ]);
    const { auth } = await signAccessToken(t.app, { id: user.id, email, isAdmin });
    return { id: user.id, auth, name };
  }

  async function program(members: [{ id: string }, ProgramRole][]): Promise<string> {
    const [row] = await sql(
      `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ('Testprogramm', 'reverse', '2027-03-01', '2027-12-15') RETURNING id`,
    );
    for (const [member, role] of members)
      await sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, $3)`, [row.id, member.id, role]);
    return row.id;
  }

  /** A published module with `lessons` lessons and `assignments` assignments. */
  async function module(programId: string, title: string, lessons: number, assignments: number, status = 'published') {
    const [mod] = await sql(
      `INSERT INTO curriculum_module (program_id, title, position, status, published_at)
       SELECT $1, $2, COALESCE(max(position), 0) + 1, $3::varchar, CASE WHEN $3::varchar = 'published' THEN now() END FROM curriculum_module WHERE program_id = $1
       RETURNING id`,
      [programId, title, status],
    );
    const lessonIds: string[] = [];
    for (let i = 1; i <= lessons; i++)
      lessonIds.push(
        (await sql(`INSERT INTO curriculum_lesson (module_id, title, position) VALUES ($1, $2, $3) RETURNING id`, [mod.id, `L${i}`, i]))[0]
          .id,
      );
    const assignmentIds: string[] = [];
    for (let i = 1; i <= assignments; i++)
      assignmentIds.push(
        (
          await sql(`INSERT INTO curriculum_assignment (module_id, title, position) VALUES ($1, $2, $3) RETURNING id`, [mod.id, `A${i}`, i])
        )[0].id,
      );
    return { id: mod.id as string, lessonIds, assignmentIds };
  }

  const tandem = async (programId: string, mentor: { id: string }, mentee: { id: string }) =>
    (
      await sql(`INSERT INTO tandem (program_id, mentor_id, mentee_id) VALUES ($1, $2, $3) RETURNING id`, [programId, mentor.id, mentee.id])
    )[0].id as string;
  const meetings = async (tandemId: string, n: number) => {
    for (let i = 0; i < n; i++)
      await sql(
        `INSERT INTO tandem_meeting (tandem_id, date, format, duration_minutes) VALUES ($1, current_date - $2::int, 'online', 60)`,
        [tandemId, i],
      );
  };
  /** An ended session of 60 minutes, `daysAgo` days ago. */
  const heldSession = async (programId: string, daysAgo: number) =>
    (
      await sql(
        `INSERT INTO live_session (program_id, title, starts_at, duration_minutes, status, started_at, ended_at)
         VALUES ($1, 'Seminar', now() - make_interval(days => $2::int), 60, 'ended', now() - make_interval(days => $2::int),
                 now() - make_interval(days => $2::int) + interval '60 minutes') RETURNING id`,
        [programId, daysAgo],
      )
    )[0].id as string;
  /** She was in the session for `minutes` from its start. */
  const present = async (sessionId: string, userId: string, minutes: number) =>
    sql(
      `INSERT INTO live_attendance (session_id, user_id, joined_at, left_at, last_seen_at)
       SELECT id, $2, started_at, started_at + make_interval(mins => $3::int), started_at + make_interval(mins => $3::int) FROM live_session WHERE id = $1`,
      [sessionId, userId, minutes],
    );

  const eligibility = async (auth: string, programId: string): Promise<CertificateEligibility[]> =>
    (await t.http().get(`/api/programs/${programId}/certificate-eligibility`).set('Authorization', auth).expect(200)).body;

  it('keeps criteria per program: defaults, validation in German, only published modules of the program, coordinators only', async () => {
    const coordinator = await person('Katrin Albers');
    const mentee = await person('Gisela Brandt');
    const outsider = await person('Olga Außen');
    const programId = await program([
      [coordinator, 'coordinator'],
      [mentee, 'mentee'],
    ]);
    const otherProgram = await program([[outsider, 'coordinator']]);
    const mine = await module(programId, 'Die eigene Facebook-Seite', 1, 0);
    const draft = await module(programId, 'Entwurf', 1, 0, 'draft');
    const foreign = await module(otherProgram, 'Fremd', 1, 0);
    const url = `/api/programs/${programId}/certificate-criteria`;

    expect((await t.http().get(url).set('Authorization', coordinator.auth).expect(200)).body).toEqual({
      requiredModuleIds: [],
      minAttendanceRatio: 0,
      sessionPresenceRatio: 0.5,
      requireApprovedAssignments: false,
      minTandemMeetings: 0,
      updatedAt: null,
    });
    const criteria = { requiredModuleIds: [mine.id], minAttendanceRatio: 0.5, requireApprovedAssignments: true, minTandemMeetings: 2 };
    const saved = await t.http().put(url).set('Authorization', coordinator.auth).send(criteria).expect(200);
    expect(saved.body).toMatchObject({ ...criteria, sessionPresenceRatio: 0.5, updatedAt: expect.any(String) });

    const badRatio = await t
      .http()
      .put(url)
      .set('Authorization', coordinator.auth)
      .send({ ...criteria, minAttendanceRatio: 1.5 });
    expect(badRatio.status).toBe(400);
    expect(JSON.stringify(badRatio.body)).toContain('höchstens 1');
    for (const moduleId of [draft.id, foreign.id])
      expect(
        (
          await t
            .http()
            .put(url)
            .set('Authorization', coordinator.auth)
            .send({ ...criteria, requiredModuleIds: [moduleId] })
        ).status,
      ).toBe(422);
    // Nothing stored was lost by the refusals.
    expect((await t.http().get(url).set('Authorization', coordinator.auth).expect(200)).body.requiredModuleIds).toEqual([mine.id]);

    await t.http().get(url).set('Authorization', mentee.auth).expect(403);
    await t.http().put(url).set('Authorization', mentee.auth).send(criteria).expect(403);
    await t.http().get(url).set('Authorization', outsider.auth).expect(404);
    await t.http().get(`/api/programs/${programId}/certificate-eligibility`).set('Authorization', mentee.auth).expect(403);
    await t.http().get(`/api/programs/${programId}/certificate-eligibility`).set('Authorization', outsider.auth).expect(404);
  });

  it('decides each criterion per person and says what is missing; the allow- and block-list override', async () => {
    const coordinator = await person('Katrin Albers');
    const [anna, lena, renate, sophie, otto] = await Promise.all(
      ['Anna Alt', 'Lena Hoffmann', 'Renate Vogel', 'Sophie Krüger', 'Otto Ohne'].map((n) => person(n)),
    );
    const programId = await program([
      [coordinator, 'coordinator'],
      [anna, 'mentee'],
      [lena, 'mentor'],
      [renate, 'mentee'],
      [sophie, 'mentor'],
      [otto, 'mentee'],
    ]);
    const facebook = await module(programId, 'Die eigene Facebook-Seite', 2, 1);
    await module(programId, 'Nicht verlangt', 1, 1);
    const t1 = await tandem(programId, lena, anna);
    const t2 = await tandem(programId, sophie, renate);
    // Anna and Lena completed every lesson; Renate one of two; the tandem 1 assignment is approved.
    for (const userId of [anna.id, lena.id])
      for (const lessonId of facebook.lessonIds)
        await sql(`INSERT INTO lesson_completion (lesson_id, user_id) VALUES ($1, $2)`, [lessonId, userId]);
    await sql(`INSERT INTO lesson_completion (lesson_id, user_id) VALUES ($1, $2)`, [facebook.lessonIds[0], renate.id]);
    await sql(`INSERT INTO lesson_completion (lesson_id, user_id) VALUES ($1, $2)`, [facebook.lessonIds[0], sophie.id]);
    await sql(`INSERT INTO lesson_completion (lesson_id, user_id) VALUES ($1, $2)`, [facebook.lessonIds[1], sophie.id]);
    await sql(`INSERT INTO submission (assignment_id, tandem_id, status) VALUES ($1, $2, 'approved'), ($1, $3, 'submitted')`, [
      facebook.assignmentIds[0],
      t1,
      t2,
    ]);
    await meetings(t1, 3);
    await meetings(t2, 1);
    // Three held sessions: Anna in all of them, Lena in two, Sophie only 20 of 60 minutes (not attended at half).
    const sessions = [await heldSession(programId, 3), await heldSession(programId, 2), await heldSession(programId, 1)];
    for (const s of sessions) await present(s, anna.id, 60);
    for (const s of sessions.slice(0, 2)) await present(s, lena.id, 45);
    for (const s of sessions) await present(s, sophie.id, 20);

    await t
      .http()
      .put(`/api/programs/${programId}/certificate-criteria`)
      .set('Authorization', coordinator.auth)
      .send({ requiredModuleIds: [facebook.id], minAttendanceRatio: 0.6, requireApprovedAssignments: true, minTandemMeetings: 2 })
      .expect(200);

    const byName = (list: CertificateEligibility[]) => Object.fromEntries(list.map((e) => [e.displayName, e]));
    let result = byName(await eligibility(coordinator.auth, programId));
    expect(Object.keys(result)).toEqual(['Anna Alt', 'Lena Hoffmann', 'Otto Ohne', 'Renate Vogel', 'Sophie Krüger']);
    expect(result['Anna Alt']).toMatchObject({ eligible: true, missing: [], override: null, role: 'mentee' });
    expect(result['Anna Alt'].progress).toEqual({
      modulesCompleted: 1,
      modulesRequired: 1,
      sessionsAttended: 3,
      sessionsHeld: 3,
      minutesPresent: 180,
      assignmentsApproved: 1,
      assignmentsRequired: 1,
      tandemMeetings: 3,
    });
    expect(result['Lena Hoffmann']).toMatchObject({ eligible: true, missing: [] });
    expect(result['Renate Vogel'].missing).toEqual([
      { code: 'modules', message: '0 von 1 Pflichtmodulen abgeschlossen; es fehlt: „Die eigene Facebook-Seite“' },
      { code: 'attendance', message: '0 von 3 Live-Seminaren besucht, 2 nötig' },
      { code: 'assignments', message: '0 von 1 Aufgaben der Pflichtmodule im Tandem freigegeben' },
      { code: 'meetings', message: '1 von 2 Tandemtreffen eingetragen' },
    ]);
    expect(result['Sophie Krüger'].missing.map((m) => m.code)).toEqual(['attendance', 'assignments', 'meetings']);
    expect(result['Otto Ohne'].missing.map((m) => m.code)).toEqual(['modules', 'attendance', 'assignments', 'meetings']);

    // A session counts from a third of its length: Sophie's 20 minutes now count.
    await t
      .http()
      .put(`/api/programs/${programId}/certificate-criteria`)
      .set('Authorization', coordinator.auth)
      .send({
        requiredModuleIds: [facebook.id],
        minAttendanceRatio: 0.6,
        sessionPresenceRatio: 1 / 3,
        requireApprovedAssignments: true,
        minTandemMeetings: 2,
      })
      .expect(200);
    expect(byName(await eligibility(coordinator.auth, programId))['Sophie Krüger'].missing.map((m) => m.code)).toEqual([
      'assignments',
      'meetings',
    ]);

    // The coordinators decide: Otto anyway (with reason), Anna never.
    const override = (userId: string) => `/api/programs/${programId}/certificate-overrides/${userId}`;
    await t
      .http()
      .put(override(otto.id))
      .set('Authorization', coordinator.auth)
      .send({ kind: 'allow', reason: 'Nachweis per Post' })
      .expect(204);
    await t
      .http()
      .put(override(anna.id))
      .set('Authorization', coordinator.auth)
      .send({ kind: 'block', reason: 'Programm abgebrochen' })
      .expect(204);
    const noReason = await t.http().put(override(anna.id)).set('Authorization', coordinator.auth).send({ kind: 'block', reason: ' ' });
    expect(noReason.status).toBe(400);
    await t.http().put(override(coordinator.id)).set('Authorization', coordinator.auth).send({ kind: 'allow', reason: 'x' }).expect(404);
    await t.http().put(override(otto.id)).set('Authorization', anna.auth).send({ kind: 'allow', reason: 'x' }).expect(403);
    result = byName(await eligibility(coordinator.auth, programId));
    expect(result['Otto Ohne']).toMatchObject({ eligible: true, override: { kind: 'allow', reason: 'Nachweis per Post' } });
    expect(result['Anna Alt']).toMatchObject({
      eligible: false,
      missing: [{ code: 'blocked', message: 'Von der Koordination gesperrt: Programm abgebrochen' }],
    });
    await t.http().delete(override(anna.id)).set('Authorization', coordinator.auth).expect(204);
    await t.http().delete(override(anna.id)).set('Authorization', coordinator.auth).expect(404);
    expect(byName(await eligibility(coordinator.auth, programId))['Anna Alt'].eligible).toBe(true);
  });

  it('answers for 500 participants in a few statements', async () => {
    const coordinator = await person('Katrin Albers');
    const programId = await program([[coordinator, 'coordinator']]);
    await sql(
      `WITH people AS (
         INSERT INTO app_user (email, display_name) SELECT 'p' || g || '.' || $2 || '@bulk.example', 'Person ' || lpad(g::text, 3, '0') FROM generate_series(1, 500) g RETURNING id)
       INSERT INTO program_member (program_id, user_id, role) SELECT $1, id, 'mentee' FROM people`,
      [programId, count++],
    );
    const facebook = await module(programId, 'Die eigene Facebook-Seite', 3, 1);
    await sql(
      `INSERT INTO lesson_completion (lesson_id, user_id) SELECT l, pm.user_id FROM unnest($2::uuid[]) l, program_member pm WHERE pm.program_id = $1`,
      [programId, facebook.lessonIds],
    );
    await heldSession(programId, 1);
    await t
      .http()
      .put(`/api/programs/${programId}/certificate-criteria`)
      .set('Authorization', coordinator.auth)
      .send({ requiredModuleIds: [facebook.id], minAttendanceRatio: 0, requireApprovedAssignments: false, minTandemMeetings: 0 })
      .expect(200);
    const list = await eligibility(coordinator.auth, programId);
    expect(list).toHaveLength(500);
    expect(list.every((e) => e.eligible && e.progress.modulesCompleted === 1)).toBe(true);
  });
});
