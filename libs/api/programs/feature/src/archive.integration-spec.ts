import { createTestApi, dbDate } from '@ecampus/api/platform/testing';
import { ProgramsModule } from './lib/programs.module';
import { withProgramsFixtures, type ProgramsTestApi, type TestPerson } from './testing/programs-fixtures';

/**
 * Archived programs (issue 7) against the real API and PostgreSQL: admins archive and unarchive;
 * an archived program leaves the lists unless asked for, stays readable and is read-only.
 * Who may call the routes at all is in access-matrix.integration-spec.ts.
 */
describe('archived programs (real PostgreSQL)', () => {
  let t: ProgramsTestApi;
  let admin: TestPerson;
  let coordinator: TestPerson;
  let mentor: TestPerson;
  let mentee: TestPerson;
  let trainer: TestPerson;
  let programId: string;
  let tandemId: string;

  const as = (p: TestPerson, lang = 'de') => ({
    get: (url: string) => t.http().get(url).set('Authorization', p.auth).set('Accept-Language', lang),
    post: (url: string, body: object = {}) => t.http().post(url).set('Authorization', p.auth).set('Accept-Language', lang).send(body),
    patch: (url: string, body: object) => t.http().patch(url).set('Authorization', p.auth).set('Accept-Language', lang).send(body),
    put: (url: string, body: object) => t.http().put(url).set('Authorization', p.auth).set('Accept-Language', lang).send(body),
    del: (url: string) => t.http().delete(url).set('Authorization', p.auth).set('Accept-Language', lang),
  });
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((p) => p.id);

  beforeAll(async () => {
    t = withProgramsFixtures(await createTestApi({ features: [ProgramsModule] }));
    admin = await t.person('Ada Admin', { isAdmin: true });
    coordinator = await t.person('Clara Koordination');
    mentor = await t.person('Mona Mentorin');
    mentee = await t.person('Mia Mentee');
    trainer = await t.person('Tina Training');
    programId = await t.program(admin, 'Politikerinnen ins Netz 2026');
    await t.addRole(admin, programId, coordinator.id, 'coordinator');
    await t.addRole(admin, programId, mentor.id, 'mentor');
    await t.addRole(admin, programId, mentee.id, 'mentee');
    await t.addRole(admin, programId, trainer.id, 'trainer');
    const tandem = await as(coordinator).post(`/api/programs/${programId}/tandems`, { mentorId: mentor.id, menteeId: mentee.id });
    tandemId = tandem.body.id;
    await as(mentee)
      .post(`/api/tandems/${tandemId}/meetings`, { date: await dbDate(t.db, -1), format: 'online', durationMinutes: 30 })
      .expect(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a new program is not archived; admins archive (200, the program) and archiving again keeps the moment', async () => {
    expect((await as(admin).get(`/api/programs/${programId}`)).body).toMatchObject({ archived: false, archivedAt: null });
    const first = await as(admin).post(`/api/programs/${programId}/archive`).expect(200);
    expect(first.body).toMatchObject({ id: programId, archived: true, archivedAt: expect.any(String) });
    const again = await as(admin).post(`/api/programs/${programId}/archive`).expect(200);
    expect(again.body.archivedAt).toBe(first.body.archivedAt);
    expect((await as(coordinator).post(`/api/programs/${programId}/unarchive`)).status).toBe(403);
    expect((await as(admin).get(`/api/programs/${programId}`)).body.archived).toBe(true);
  });

  it('lists leave it out — for members and admins — unless ?include=archived', async () => {
    for (const who of [admin, coordinator, mentee]) {
      expect(ids(await as(who).get('/api/programs'))).not.toContain(programId);
      const all = await as(who).get('/api/programs?include=archived').expect(200);
      expect(all.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: programId, archived: true })]));
    }
    const bad = await as(admin).get('/api/programs?include=everything').expect(400);
    expect(bad.body).toMatchObject({ code: 'validation_failed', fields: { include: expect.any(String) } });
  });

  it('stays readable: program, members, tandems, the tandem page (nothing to do) and its meeting log', async () => {
    await as(mentee).get(`/api/programs/${programId}`).expect(200);
    await as(mentee).get(`/api/programs/${programId}/profile`).expect(200);
    expect((await as(trainer).get(`/api/programs/${programId}/members`).expect(200)).body.total).toBe(4);
    expect((await as(mentee).get(`/api/programs/${programId}/tandems`).expect(200)).body.total).toBe(1);
    const page = await as(mentee).get(`/api/tandems/${tandemId}`).expect(200);
    expect(page.body).toMatchObject({ canEditGoals: false, canLogMeetings: false, canChangeStatus: false });
    expect((await as(coordinator).get(`/api/tandems/${tandemId}`)).body).toMatchObject({ canChangeStatus: false, canEditGoals: false });
    expect((await as(mentor).get(`/api/tandems/${tandemId}/meetings`).expect(200)).body.total).toBe(1);
  });

  it('is read-only for everyone, admins included: 422 program_archived, in the language of the request, data unchanged', async () => {
    const newcomer = await t.person('Nora Neu');
    const attempts = [
      as(admin).patch(`/api/programs/${programId}`, { title: 'Umbenannt' }),
      as(coordinator).patch(`/api/programs/${programId}`, { status: 'running' }),
      as(coordinator).post(`/api/programs/${programId}/members`, { userId: newcomer.id, role: 'trainer' }),
      as(admin).post(`/api/programs/${programId}/invitations`, { email: 'neu.archiv@test.example', displayName: 'Neu', role: 'mentee' }),
      as(mentee).put(`/api/programs/${programId}/profile`, { municipality: 'Musterstadt' }),
      as(coordinator).post(`/api/programs/${programId}/tandems`, { mentorId: mentor.id, menteeId: mentee.id }),
      as(mentee).patch(`/api/tandems/${tandemId}`, { goals: 'Neue Ziele' }),
      as(coordinator).patch(`/api/tandems/${tandemId}`, { status: 'ended', endReason: 'Archiv' }),
      as(mentor).post(`/api/tandems/${tandemId}/meetings`, { date: await dbDate(t.db, -1), format: 'in_person', durationMinutes: 20 }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'program_archived', message: expect.stringMatching(/archiviert/) });
    }
    const english = await as(coordinator, 'en').patch(`/api/programs/${programId}`, { title: 'Renamed' });
    expect(english.body.message).toMatch(/archived/);

    // Who may not do it at all still hears so first.
    expect((await as(trainer).patch(`/api/programs/${programId}`, { title: 'X' })).status).toBe(403);
    expect(
      (
        await as(coordinator).post(`/api/tandems/${tandemId}/meetings`, {
          date: await dbDate(t.db, -1),
          format: 'online',
          durationMinutes: 5,
        })
      ).status,
    ).toBe(403);

    const program = (await as(admin).get(`/api/programs/${programId}`)).body;
    expect(program).toMatchObject({ title: 'Politikerinnen ins Netz 2026', status: 'draft' });
    expect((await as(admin).get(`/api/programs/${programId}/members`)).body.total).toBe(4);
    expect(await t.db.dataSource.query(`SELECT 1 FROM app_user WHERE email = 'neu.archiv@test.example'`)).toHaveLength(0);
    expect(await t.db.dataSource.query(`SELECT 1 FROM program_profile WHERE program_id = $1`, [programId])).toHaveLength(0);
    const tandem = (await as(admin).get(`/api/tandems/${tandemId}`)).body;
    expect(tandem).toMatchObject({ status: 'active', goals: '', meetingCount: 1 });
  });

  it('a role can still be taken away (it only narrows access)', async () => {
    await as(admin).del(`/api/programs/${programId}/members/${trainer.id}/roles/trainer`).expect(204);
    expect((await as(trainer).get(`/api/programs/${programId}`)).status).toBe(404);
  });

  it('unarchived, it is listed and writable again', async () => {
    const res = await as(admin).post(`/api/programs/${programId}/unarchive`).expect(200);
    expect(res.body).toMatchObject({ archived: false, archivedAt: null });
    await as(admin).post(`/api/programs/${programId}/unarchive`).expect(200);
    expect(ids(await as(mentee).get('/api/programs'))).toContain(programId);
    await as(coordinator).patch(`/api/programs/${programId}`, { title: 'Politikerinnen ins Netz 2027' }).expect(200);
    await as(mentee).patch(`/api/tandems/${tandemId}`, { goals: 'Neue Ziele' }).expect(200);
  });

  it('an admin who is not a member edits every field of the program', async () => {
    const fresh = await t.program(admin, 'Entwurf');
    const all = {
      title: 'Kommunalpolitik digital',
      mode: 'classic',
      startsOn: '2028-02-01',
      endsOn: '2028-11-30',
      applicationDeadline: '2028-01-15',
      description: 'Ein Jahr Mentoring für Kommunalpolitikerinnen.',
      freeOfCharge: false,
      timeCommitment: 'Zwei Abende im Monat',
      contactName: 'Programmbüro',
      contactEmail: 'buero@test.example',
      status: 'open',
    };
    const res = await as(admin).patch(`/api/programs/${fresh}`, all).expect(200);
    expect(res.body).toMatchObject({ ...all, myRoles: [], archived: false });
    const cleared = await as(admin).patch(`/api/programs/${fresh}`, { applicationDeadline: null, contactEmail: '' }).expect(200);
    expect(cleared.body).toMatchObject({ applicationDeadline: null, contactEmail: null });
  });
});
