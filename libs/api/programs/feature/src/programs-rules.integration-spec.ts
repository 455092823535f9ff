import { currentTandemIdSql, currentTandemsSql } from '@ecampus/api/programs/access';
import { createTestApi, dbDate } from '@ecampus/api/platform/testing';
import { ProgramsModule } from './lib/programs.module';
import { withProgramsFixtures, type ProgramsTestApi, type TestPerson } from './testing/programs-fixtures';

/**
 * Each rule of issue 3 against the real API, real PostgreSQL (migrations applied) and Redis.
 * Cross-user / cross-program denial for every route is in access-matrix.integration-spec.ts.
 */
describe('programs, roles and tandems: rules (real PostgreSQL)', () => {
  let t: ProgramsTestApi;
  let admin: TestPerson;
  let coordinator: TestPerson;

  beforeAll(async () => {
    t = withProgramsFixtures(await createTestApi({ features: [ProgramsModule] }));
    admin = await t.person('Ada Admin', { isAdmin: true });
    coordinator = await t.person('Clara Koordination');
  });
  afterAll(async () => {
    await t?.close();
  });

  const as = (p: TestPerson) => ({
    get: (url: string) => t.http().get(url).set('Authorization', p.auth),
    post: (url: string, body: object = {}) => t.http().post(url).set('Authorization', p.auth).send(body),
    patch: (url: string, body: object) => t.http().patch(url).set('Authorization', p.auth).send(body),
    put: (url: string, body: object) => t.http().put(url).set('Authorization', p.auth).send(body),
    del: (url: string) => t.http().delete(url).set('Authorization', p.auth),
  });

  async function programWithCoordinator(title = 'Programm'): Promise<string> {
    const id = await t.program(admin, title);
    await t.addRole(admin, id, coordinator.id, 'coordinator');
    return id;
  }

  async function people(programId: string, roles: ('mentor' | 'mentee' | 'trainer')[]): Promise<TestPerson[]> {
    const out: TestPerson[] = [];
    for (const role of roles) {
      const p = await t.person(`${role} ${out.length}`);
      await t.addRole(coordinator, programId, p.id, role);
      out.push(p);
    }
    return out;
  }

  describe('programs', () => {
    it('admin creates (201, status draft, defaults); a coordinator may not create (403)', async () => {
      const res = await as(admin).post('/api/programs', {
        title: 'Politikerinnen ins Netz',
        mode: 'reverse',
        startsOn: '2027-03-01',
        endsOn: '2027-12-15',
        applicationDeadline: '2027-01-31',
        timeCommitment: 'Etwa vier Stunden im Monat',
        contactName: 'Programmbüro',
        contactEmail: 'programm@example.org',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'draft',
        freeOfCharge: true,
        mode: 'reverse',
        contactEmail: 'programm@example.org',
        myRoles: [],
      });
      const programId = await programWithCoordinator();
      const denied = await as(coordinator).post('/api/programs', {
        title: 'X',
        mode: 'classic',
        startsOn: '2027-01-01',
        endsOn: '2027-02-01',
      });
      expect(denied.status).toBe(403);
      expect(denied.body.code).toBe('forbidden');
      expect((await as(coordinator).get(`/api/programs/${programId}`)).body.myRoles).toEqual(['coordinator']);
    });

    it('coordinator edits; status moves only along the allowed transitions (422 otherwise)', async () => {
      const id = await programWithCoordinator();
      const edit = await as(coordinator).patch(`/api/programs/${id}`, { description: 'Neu', freeOfCharge: false, status: 'open' });
      expect(edit.status).toBe(200);
      expect(edit.body).toMatchObject({ description: 'Neu', freeOfCharge: false, status: 'open' });

      const skip = await as(coordinator).patch(`/api/programs/${id}`, { status: 'finished' });
      expect(skip.status).toBe(422);
      expect(skip.body).toMatchObject({ statusCode: 422, code: 'invalid_status_transition' });
      expect(skip.body.message).toMatch(/Status/);

      expect((await as(coordinator).patch(`/api/programs/${id}`, { status: 'running' })).body.status).toBe('running');
      expect((await as(coordinator).patch(`/api/programs/${id}`, { status: 'finished' })).body.status).toBe('finished');
      const back = await as(admin).patch(`/api/programs/${id}`, { status: 'running' });
      expect(back.status).toBe(422);
    });

    it('dates in the wrong order are refused, also against the stored dates (400, unchanged)', async () => {
      const id = await programWithCoordinator();
      const both = await as(coordinator).patch(`/api/programs/${id}`, { startsOn: '2027-05-01', endsOn: '2027-04-01' });
      expect(both.status).toBe(400);
      expect(both.body.fields.endsOn).toMatch(/Programmende/);
      const merged = await as(coordinator).patch(`/api/programs/${id}`, { endsOn: '2027-02-01' });
      expect(merged.status).toBe(400);
      expect(merged.body.code).toBe('validation_failed');
      const deadline = await as(coordinator).patch(`/api/programs/${id}`, { applicationDeadline: '2027-04-01' });
      expect(deadline.status).toBe(400);
      expect((await as(coordinator).get(`/api/programs/${id}`)).body).toMatchObject({ startsOn: '2027-03-01', endsOn: '2027-12-15' });
    });

    it('GET /programs lists the caller’s programs only; admins see all', async () => {
      const mine = await programWithCoordinator('Meins');
      const other = await t.program(admin, 'Fremd');
      const listed = (await as(coordinator).get('/api/programs')).body.items.map((p: { id: string }) => p.id);
      expect(listed).toContain(mine);
      expect(listed).not.toContain(other);
      const all = (await as(admin).get('/api/programs')).body.items.map((p: { id: string }) => p.id);
      expect(all).toEqual(expect.arrayContaining([mine, other]));
    });
  });

  describe('roles per program', () => {
    it('one person: mentor in one program, mentee in another; coordinator and trainer in a third', async () => {
      const a = await programWithCoordinator('A');
      const b = await programWithCoordinator('B');
      const c = await programWithCoordinator('C');
      const p = await t.person('Paula Vielseitig');
      await t.addRole(coordinator, a, p.id, 'mentor');
      await t.addRole(coordinator, b, p.id, 'mentee');
      await t.addRole(coordinator, c, p.id, 'coordinator');
      await t.addRole(coordinator, c, p.id, 'trainer');
      expect((await as(p).get(`/api/programs/${a}`)).body.myRoles).toEqual(['mentor']);
      expect((await as(p).get(`/api/programs/${b}`)).body.myRoles).toEqual(['mentee']);
      expect((await as(p).get(`/api/programs/${c}`)).body.myRoles).toEqual(['coordinator', 'trainer']);
      const members = await as(coordinator).get(`/api/programs/${c}/members`);
      expect(members.body.items.find((m: { userId: string }) => m.userId === p.id).roles).toEqual(['coordinator', 'trainer']);
    });

    it('mentor and mentee together in one program → 422 role_conflict; the same role twice → 422 role_already_held', async () => {
      const id = await programWithCoordinator();
      const [mentor] = await people(id, ['mentor']);
      const conflict = await as(coordinator).post(`/api/programs/${id}/members`, { userId: mentor.id, role: 'mentee' });
      expect(conflict.status).toBe(422);
      expect(conflict.body.code).toBe('role_conflict');
      const twice = await as(coordinator).post(`/api/programs/${id}/members`, { userId: mentor.id, role: 'mentor' });
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('role_already_held');
    });

    it('members list filters by role; unknown user → 404', async () => {
      const id = await programWithCoordinator();
      await people(id, ['mentor', 'mentee', 'trainer']);
      const mentors = await as(coordinator).get(`/api/programs/${id}/members?role=mentor`);
      expect(mentors.status).toBe(200);
      expect(mentors.body).toMatchObject({ total: 1, items: [expect.anything()] });
      expect(mentors.body.items[0].roles).toEqual(['mentor']);
      expect((await as(coordinator).get(`/api/programs/${id}/members?role=king`)).status).toBe(400);
      const unknown = await as(coordinator).post(`/api/programs/${id}/members`, {
        userId: '00000000-0000-4000-8000-000000000000',
        role: 'mentee',
      });
      expect(unknown.status).toBe(404);
    });

    it('a role is removed (204), but not while the person is in a running tandem (422 member_in_tandem)', async () => {
      const id = await programWithCoordinator();
      const [trainer, mentor, mentee] = await people(id, ['trainer', 'mentor', 'mentee']);
      expect((await as(coordinator).del(`/api/programs/${id}/members/${trainer.id}/roles/trainer`)).status).toBe(204);
      expect((await as(trainer).get(`/api/programs/${id}`)).status).toBe(404);
      expect((await as(coordinator).del(`/api/programs/${id}/members/${trainer.id}/roles/trainer`)).status).toBe(404);

      await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: mentee.id }).expect(201);
      const busy = await as(coordinator).del(`/api/programs/${id}/members/${mentee.id}/roles/mentee`);
      expect(busy.status).toBe(422);
      expect(busy.body.code).toBe('member_in_tandem');
    });

    it('the caller keeps a profile per program (Bundesland, PLZ, channels) that coordinators see', async () => {
      const id = await programWithCoordinator();
      const [mentee] = await people(id, ['mentee']);
      expect((await as(mentee).get(`/api/programs/${id}/profile`)).body).toMatchObject({ municipality: null, channels: [] });
      const put = await as(mentee).put(`/api/programs/${id}/profile`, {
        municipality: 'Halle (Saale)',
        bundesland: 'ST',
        postalCode: '06108',
        office: 'Kreistag',
        channels: ['facebook', 'newsletter'],
      });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ bundesland: 'ST', postalCode: '06108', channels: ['facebook', 'newsletter'] });
      const bad = await as(mentee).put(`/api/programs/${id}/profile`, { postalCode: '1234', bundesland: 'XX', channels: ['myspace'] });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.fields)).toEqual(expect.arrayContaining(['postalCode', 'bundesland']));
      const member = (await as(coordinator).get(`/api/programs/${id}/members`)).body.items.find(
        (m: { userId: string }) => m.userId === mentee.id,
      );
      expect(member.profile).toMatchObject({ municipality: 'Halle (Saale)', office: 'Kreistag' });
    });
  });

  describe('tandems', () => {
    it('role fit: a mentee cannot be placed as mentor, nor a trainer as mentee; mentor ≠ mentee', async () => {
      const id = await programWithCoordinator();
      const [mentor, mentee, trainer] = await people(id, ['mentor', 'mentee', 'trainer']);
      const swapped = await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentee.id, menteeId: mentor.id });
      expect(swapped.status).toBe(422);
      expect(swapped.body.code).toBe('role_mismatch');
      const trainerAsMentee = await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: trainer.id });
      expect(trainerAsMentee.body.code).toBe('role_mismatch');
      const same = await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: mentor.id });
      expect(same.status).toBe(422);
      expect(same.body.code).toBe('same_person');
      // Roles in another program do not count.
      const other = await programWithCoordinator('Anderes');
      const [foreignMentee] = await people(other, ['mentee']);
      const foreign = await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: foreignMentee.id });
      expect(foreign.body.code).toBe('role_mismatch');
      expect((await t.db.dataSource.query(`SELECT count(*)::int AS n FROM tandem WHERE program_id = $1`, [id]))[0].n).toBe(0);
    });

    it('at most one active tandem per person and program (422), also for concurrent requests', async () => {
      const id = await programWithCoordinator();
      const [m1, m2, e1, e2] = await people(id, ['mentor', 'mentor', 'mentee', 'mentee']);
      const first = await as(coordinator).post(`/api/programs/${id}/tandems`, {
        mentorId: m1.id,
        menteeId: e1.id,
        goals: 'Eine Facebook-Seite',
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        status: 'active',
        goals: 'Eine Facebook-Seite',
        mentor: { userId: m1.id },
        mentee: { userId: e1.id },
      });
      const second = await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: m1.id, menteeId: e2.id });
      expect(second.status).toBe(422);
      expect(second.body.code).toBe('already_in_active_tandem');

      // Five identical requests at once: the partial unique index lets exactly one through.
      const results = await Promise.all(
        Array.from({ length: 5 }, () => as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: m2.id, menteeId: e2.id })),
      );
      expect(results.map((r: { status: number }) => r.status).sort()).toEqual([201, 422, 422, 422, 422]);
      const rows = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM tandem WHERE program_id = $1 AND status = 'active'`, [id]);
      expect(rows[0].n).toBe(2);

      // The same person may be in an active tandem of another program.
      const other = await programWithCoordinator('Zweites');
      await t.addRole(coordinator, other, m1.id, 'mentor');
      await t.addRole(coordinator, other, e1.id, 'mentee');
      expect((await as(coordinator).post(`/api/programs/${other}/tandems`, { mentorId: m1.id, menteeId: e1.id })).status).toBe(201);
    });

    it('status: pause, resume (422 when the person got another active tandem meanwhile), end with reason; ended is final', async () => {
      const id = await programWithCoordinator();
      const [m1, m2, e1] = await people(id, ['mentor', 'mentor', 'mentee']);
      const tandem = (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: m1.id, menteeId: e1.id })).body;
      expect((await as(coordinator).patch(`/api/tandems/${tandem.id}`, { status: 'paused' })).body.status).toBe('paused');
      const replacement = (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: m2.id, menteeId: e1.id })).body;
      const resume = await as(coordinator).patch(`/api/tandems/${tandem.id}`, { status: 'active' });
      expect(resume.status).toBe(422);
      expect(resume.body.code).toBe('already_in_active_tandem');

      const noReason = await as(coordinator).patch(`/api/tandems/${replacement.id}`, { status: 'ended' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.fields.endReason).toBeDefined();
      const ended = await as(coordinator).patch(`/api/tandems/${replacement.id}`, { status: 'ended', endReason: 'Umzug der Mentee' });
      expect(ended.body).toMatchObject({ status: 'ended', endReason: 'Umzug der Mentee' });
      expect(ended.body.endedAt).not.toBeNull();
      const again = await as(coordinator).patch(`/api/tandems/${replacement.id}`, { status: 'active' });
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('tandem_ended');
      const meeting = await as(e1).post(`/api/tandems/${replacement.id}/meetings`, {
        date: await dbDate(t.db, -1),
        format: 'online',
        durationMinutes: 30,
      });
      expect(meeting.status).toBe(422);
      expect(meeting.body.code).toBe('tandem_ended');
    });

    it('"her current tandem" is one definition, per person and for everyone at once (the progress matrix)', async () => {
      const id = await programWithCoordinator();
      const [m1, m2, m3, e1, e2, e3] = await people(id, ['mentor', 'mentor', 'mentor', 'mentee', 'mentee', 'mentee']);
      const create = async (mentor: TestPerson, mentee: TestPerson) =>
        (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: mentee.id })).body.id as string;
      // e1: paused with m1, then active with m2 (active wins); m1: the paused one only.
      const paused = await create(m1, e1);
      await as(coordinator).patch(`/api/tandems/${paused}`, { status: 'paused' }).expect(200);
      const active = await create(m2, e1);
      // e2: an ended tandem only (none); e3 with m3: active.
      const ended = await create(m3, e2);
      await as(coordinator).patch(`/api/tandems/${ended}`, { status: 'ended', endReason: 'Umzug' }).expect(200);
      const third = await create(m3, e3);

      const perPerson: { user_id: string; tandem_id: string | null }[] = await t.db.dataSource.query(
        `SELECT pm.user_id, ${currentTandemIdSql('$1', 'pm.user_id')} AS tandem_id FROM program_member pm
          WHERE pm.program_id = $1 AND pm.role IN ('mentor', 'mentee') ORDER BY pm.user_id`,
        [id],
      );
      const atOnce: { user_id: string; tandem_id: string | null }[] = await t.db.dataSource.query(
        `SELECT pm.user_id, ct.tandem_id FROM program_member pm LEFT JOIN ${currentTandemsSql('$1')} ct ON ct.person_id = pm.user_id
          WHERE pm.program_id = $1 AND pm.role IN ('mentor', 'mentee') ORDER BY pm.user_id`,
        [id],
      );
      expect(atOnce).toEqual(perPerson);
      const of = (p: TestPerson) => perPerson.find((r) => r.user_id === p.id)?.tandem_id;
      expect([of(e1), of(m1), of(m2), of(e2), of(m3), of(e3)]).toEqual([active, paused, active, null, third, third]);
    });

    it('goals: either partner or the coordinator edits; a partner may not change the status; a trainer neither', async () => {
      const id = await programWithCoordinator();
      const [mentor, mentee, trainer] = await people(id, ['mentor', 'mentee', 'trainer']);
      const tandem = (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: mentee.id })).body;
      expect((await as(mentee).patch(`/api/tandems/${tandem.id}`, { goals: 'Instagram lernen' })).body.goals).toBe('Instagram lernen');
      expect((await as(mentor).patch(`/api/tandems/${tandem.id}`, { goals: 'Instagram und Blog' })).status).toBe(200);
      expect((await as(mentor).patch(`/api/tandems/${tandem.id}`, { status: 'paused' })).status).toBe(403);
      expect((await as(trainer).patch(`/api/tandems/${tandem.id}`, { goals: 'x' })).status).toBe(403);
      const detail = await as(mentee).get(`/api/tandems/${tandem.id}`);
      expect(detail.body).toMatchObject({
        goals: 'Instagram und Blog',
        mentor: { userId: mentor.id, email: mentor.email },
        canEditGoals: true,
        canChangeStatus: false,
        canLogMeetings: true,
      });
      expect(detail.body.coordinators.map((c: { userId: string }) => c.userId)).toContain(coordinator.id);
      expect(detail.body.trainers.map((c: { userId: string }) => c.userId)).toContain(trainer.id);
      expect((await as(mentee).get(`/api/programs/${id}`)).body.myTandemId).toBe(tandem.id);
    });

    it('participants see only their own tandem; staff see all', async () => {
      const id = await programWithCoordinator();
      const [m1, m2, e1, e2, trainer] = await people(id, ['mentor', 'mentor', 'mentee', 'mentee', 'trainer']);
      const x = (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: m1.id, menteeId: e1.id })).body;
      const y = (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: m2.id, menteeId: e2.id })).body;
      expect((await as(e1).get(`/api/programs/${id}/tandems`)).body.items.map((d: { id: string }) => d.id)).toEqual([x.id]);
      expect((await as(m2).get(`/api/programs/${id}/tandems`)).body.items.map((d: { id: string }) => d.id)).toEqual([y.id]);
      expect((await as(trainer).get(`/api/programs/${id}/tandems`)).body.items).toHaveLength(2);
      expect((await as(e1).get(`/api/tandems/${y.id}`)).status).toBe(404);
      expect((await as(e1).get(`/api/tandems/${y.id}/meetings`)).status).toBe(404);
    });
  });

  describe('meetings', () => {
    it('only the tandem’s two partners log meetings; the log is visible to the tandem and coordinators', async () => {
      const id = await programWithCoordinator();
      const [mentor, mentee, otherMentor, otherMentee, trainer] = await people(id, ['mentor', 'mentee', 'mentor', 'mentee', 'trainer']);
      const tandem = (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: mentee.id })).body;
      await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: otherMentor.id, menteeId: otherMentee.id }).expect(201);
      const body = { date: await dbDate(t.db, -3), format: 'shadowing', durationMinutes: 240, notes: 'Fraktionssitzung begleitet' };

      const created = await as(mentee).post(`/api/tandems/${tandem.id}/meetings`, body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...body, tandemId: tandem.id, createdBy: { userId: mentee.id } });
      expect((await as(mentor).post(`/api/tandems/${tandem.id}/meetings`, { ...body, format: 'online', notes: undefined })).status).toBe(
        201,
      );

      const byCoordinator = await as(coordinator).post(`/api/tandems/${tandem.id}/meetings`, body);
      expect(byCoordinator.status).toBe(403);
      expect(byCoordinator.body.code).toBe('not_tandem_member');
      expect((await as(trainer).post(`/api/tandems/${tandem.id}/meetings`, body)).status).toBe(403);
      expect((await as(otherMentee).post(`/api/tandems/${tandem.id}/meetings`, body)).status).toBe(404);
      expect((await as(admin).post(`/api/tandems/${tandem.id}/meetings`, body)).status).toBe(403);

      expect((await as(coordinator).get(`/api/tandems/${tandem.id}/meetings`)).body.items).toHaveLength(2);
      expect((await as(mentor).get(`/api/tandems/${tandem.id}/meetings`)).body.items).toHaveLength(2);
      expect((await as(trainer).get(`/api/tandems/${tandem.id}/meetings`)).status).toBe(403);
      const rows = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM tandem_meeting WHERE tandem_id = $1`, [tandem.id]);
      expect(rows[0].n).toBe(2);
    });

    it('a meeting date after tomorrow is refused (400); tomorrow is accepted', async () => {
      const id = await programWithCoordinator();
      const [mentor, mentee] = await people(id, ['mentor', 'mentee']);
      const tandem = (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: mentee.id })).body;
      const future = await as(mentee).post(`/api/tandems/${tandem.id}/meetings`, {
        date: await dbDate(t.db, 5),
        format: 'online',
        durationMinutes: 60,
      });
      expect(future.status).toBe(400);
      expect(future.body.fields.date).toMatch(/Zukunft/);
      const tomorrow = await as(mentee).post(`/api/tandems/${tandem.id}/meetings`, {
        date: await dbDate(t.db, 1),
        format: 'online',
        durationMinutes: 60,
      });
      expect(tomorrow.status).toBe(201);
    });

    it('quiet tandems: active with no meeting in the last 28 days, computed in SQL', async () => {
      const id = await programWithCoordinator();
      const [m1, m2, m3, m4, e1, e2, e3, e4] = await people(id, [
        'mentor',
        'mentor',
        'mentor',
        'mentor',
        'mentee',
        'mentee',
        'mentee',
        'mentee',
      ]);
      const create = async (mentor: TestPerson, mentee: TestPerson) =>
        (await as(coordinator).post(`/api/programs/${id}/tandems`, { mentorId: mentor.id, menteeId: mentee.id })).body.id as string;
      const recent = await create(m1, e1);
      const old = await create(m2, e2);
      const never = await create(m3, e3);
      const paused = await create(m4, e4);
      const tenDaysAgo = await dbDate(t.db, -10);
      const fortyDaysAgo = await dbDate(t.db, -40);
      const log = (tandemId: string, who: TestPerson, date: string) =>
        as(who).post(`/api/tandems/${tandemId}/meetings`, { date, format: 'in_person', durationMinutes: 90 }).expect(201);
      await log(recent, e1, fortyDaysAgo);
      await log(recent, m1, tenDaysAgo);
      await log(old, e2, fortyDaysAgo);
      await as(coordinator).patch(`/api/tandems/${paused}`, { status: 'paused' }).expect(200);

      const list = (await as(coordinator).get(`/api/programs/${id}/tandems`)).body.items as {
        id: string;
        quiet: boolean;
        lastMeetingOn: string | null;
        meetingCount: number;
      }[];
      const byId = Object.fromEntries(list.map((x) => [x.id, x]));
      expect(byId[recent]).toMatchObject({ quiet: false, lastMeetingOn: tenDaysAgo, meetingCount: 2 });
      expect(byId[old]).toMatchObject({ quiet: true, lastMeetingOn: fortyDaysAgo, meetingCount: 1 });
      expect(byId[never]).toMatchObject({ quiet: true, lastMeetingOn: null, meetingCount: 0 });
      expect(byId[paused]).toMatchObject({ quiet: false, lastMeetingOn: null });

      // A new meeting ends the quiet phase.
      await log(old, m2, await dbDate(t.db, 0));
      const after = (await as(coordinator).get(`/api/programs/${id}/tandems`)).body.items.find((x: { id: string }) => x.id === old);
      expect(after.quiet).toBe(false);
    });
  });
});
