import { createTestApi, dbDate } from '@ecampus/api/platform/testing';
import { ProgramsModule } from './lib/programs.module';
import { withProgramsFixtures, type ProgramsTestApi, type TestPerson } from './testing/programs-fixtures';

/**
 * Access follows membership (issue 7, item 8) against the real API and PostgreSQL: a person whose
 * role was removed loses the program's tandems — ended ones included — with the partner's contact
 * and the meeting log (404: for her they no longer exist). The route × caller overview, with the
 * removed member as one caller, is in access-matrix.integration-spec.ts.
 */
describe('access follows membership (real PostgreSQL)', () => {
  let t: ProgramsTestApi;
  let admin: TestPerson;
  let coordinator: TestPerson;
  let programId: string;

  const as = (p: TestPerson) => ({
    get: (url: string) => t.http().get(url).set('Authorization', p.auth),
    post: (url: string, body: object = {}) => t.http().post(url).set('Authorization', p.auth).send(body),
    patch: (url: string, body: object) => t.http().patch(url).set('Authorization', p.auth).send(body),
    del: (url: string) => t.http().delete(url).set('Authorization', p.auth),
  });

  /** A mentor and a mentee in an active tandem. */
  async function activeTandem(): Promise<{ mentor: TestPerson; mentee: TestPerson; tandemId: string }> {
    const mentor = await t.person('Mona Mentorin');
    const mentee = await t.person('Mia Mentee');
    await t.addRole(coordinator, programId, mentor.id, 'mentor');
    await t.addRole(coordinator, programId, mentee.id, 'mentee');
    const tandem = await as(coordinator).post(`/api/programs/${programId}/tandems`, { mentorId: mentor.id, menteeId: mentee.id });
    return { mentor, mentee, tandemId: tandem.body.id };
  }

  /** A mentor and a mentee with a tandem that met once and has ended. */
  async function endedTandem(): Promise<{ mentor: TestPerson; mentee: TestPerson; tandemId: string }> {
    const { mentor, mentee, tandemId } = await activeTandem();
    await as(mentee)
      .post(`/api/tandems/${tandemId}/meetings`, {
        date: await dbDate(t.db, -3),
        format: 'online',
        durationMinutes: 30,
        notes: 'Vertraulich',
      })
      .expect(201);
    await as(coordinator).patch(`/api/tandems/${tandemId}`, { status: 'ended', endReason: 'Ausgeschieden' }).expect(200);
    return { mentor, mentee, tandemId };
  }

  async function expectTandemGone(p: TestPerson, tandemId: string): Promise<void> {
    for (const res of [
      await as(p).get(`/api/tandems/${tandemId}`),
      await as(p).get(`/api/tandems/${tandemId}/meetings`),
      await as(p).patch(`/api/tandems/${tandemId}`, { goals: 'x' }),
      await as(p).post(`/api/tandems/${tandemId}/meetings`, { date: await dbDate(t.db, -1), format: 'online', durationMinutes: 5 }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'not_found' });
      expect(JSON.stringify(res.body)).not.toMatch(/Vertraulich|@test\.example/);
    }
  }

  beforeAll(async () => {
    t = withProgramsFixtures(await createTestApi({ features: [ProgramsModule] }));
    admin = await t.person('Ada Admin', { isAdmin: true });
    coordinator = await t.person('Clara Koordination');
    programId = await t.program(admin, 'Politikerinnen ins Netz');
    await t.addRole(admin, programId, coordinator.id, 'coordinator');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('before: both partners read their ended tandem, the partner’s contact and the log', async () => {
    const { mentor, mentee, tandemId } = await endedTandem();
    const page = await as(mentee).get(`/api/tandems/${tandemId}`).expect(200);
    expect(page.body.mentor).toMatchObject({ userId: mentor.id, email: mentor.email });
    expect((await as(mentee).get(`/api/tandems/${tandemId}/meetings`).expect(200)).body.total).toBe(1);
  });

  it('a removed mentee loses the program, her ended tandem, the partner’s contact and the log (404); the mentor keeps them', async () => {
    const { mentor, mentee, tandemId } = await endedTandem();
    await as(coordinator).del(`/api/programs/${programId}/members/${mentee.id}/roles/mentee`).expect(204);

    await expectTandemGone(mentee, tandemId);
    expect((await as(mentee).get(`/api/programs/${programId}/tandems`)).status).toBe(404);
    expect((await as(mentee).get(`/api/programs/${programId}`)).status).toBe(404);
    const listed = (await as(mentee).get('/api/programs?include=archived').expect(200)).body.items;
    expect(listed).toEqual([]);

    const page = await as(mentor).get(`/api/tandems/${tandemId}`).expect(200);
    expect(page.body.mentee).toMatchObject({ userId: mentee.id });
    expect((await as(mentor).get(`/api/tandems/${tandemId}/meetings`).expect(200)).body.total).toBe(1);
    expect((await as(coordinator).get(`/api/tandems/${tandemId}`)).status).toBe(200);
  });

  it('a removed mentor likewise; back on the other side she still does not see her old tandem, back in her role she does', async () => {
    const { mentor, tandemId } = await endedTandem();
    await as(coordinator).del(`/api/programs/${programId}/members/${mentor.id}/roles/mentor`).expect(204);
    await expectTandemGone(mentor, tandemId);

    await t.addRole(coordinator, programId, mentor.id, 'mentee');
    await expectTandemGone(mentor, tandemId);
    const listed = (await as(mentor).get(`/api/programs/${programId}/tandems`).expect(200)).body;
    expect(listed).toEqual({ items: [], total: 0 });

    await as(coordinator).del(`/api/programs/${programId}/members/${mentor.id}/roles/mentee`).expect(204);
    await t.addRole(coordinator, programId, mentor.id, 'mentor');
    await as(mentor).get(`/api/tandems/${tandemId}`).expect(200);
    expect((await as(mentor).get(`/api/programs/${programId}/tandems`)).body.items.map((x: { id: string }) => x.id)).toEqual([tandemId]);
  });

  it('staff whose role was removed lose the tandems too (404)', async () => {
    const { tandemId } = await endedTandem();
    const trainer = await t.person('Tina Training');
    const formerCoordinator = await t.person('Karla Koordination');
    await t.addRole(admin, programId, trainer.id, 'trainer');
    await t.addRole(admin, programId, formerCoordinator.id, 'coordinator');
    await as(trainer).get(`/api/tandems/${tandemId}`).expect(200);
    await as(formerCoordinator).get(`/api/tandems/${tandemId}/meetings`).expect(200);

    await as(admin).del(`/api/programs/${programId}/members/${trainer.id}/roles/trainer`).expect(204);
    await as(admin).del(`/api/programs/${programId}/members/${formerCoordinator.id}/roles/coordinator`).expect(204);
    await expectTandemGone(trainer, tandemId);
    await expectTandemGone(formerCoordinator, tandemId);
  });

  it('removing a role is still refused while she is in an active or paused tandem (422 member_in_tandem)', async () => {
    const { mentee, tandemId } = await activeTandem();
    const refused = await as(coordinator).del(`/api/programs/${programId}/members/${mentee.id}/roles/mentee`).expect(422);
    expect(refused.body.code).toBe('member_in_tandem');
    await as(coordinator).patch(`/api/tandems/${tandemId}`, { status: 'paused' }).expect(200);
    await as(coordinator).del(`/api/programs/${programId}/members/${mentee.id}/roles/mentee`).expect(422);
    await as(mentee).get(`/api/tandems/${tandemId}`).expect(200);
  });
});
