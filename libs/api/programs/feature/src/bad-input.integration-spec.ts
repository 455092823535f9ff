import { createTestApi, dbDate } from '@ecampus/api/platform/testing';
import { ProgramsModule } from './lib/programs.module';
import { withProgramsFixtures, type ProgramsTestApi, type TestPerson } from './testing/programs-fixtures';

/** Bad input never yields a 500 and never changes stored data. */
describe('bad input → 4xx with a message, stored data unchanged (real PostgreSQL)', () => {
  let t: ProgramsTestApi;
  let admin: TestPerson;
  let coordinator: TestPerson;
  let mentee: TestPerson;
  let programId: string;
  let tandemId: string;

  const UNKNOWN = '6d1f3c1e-1111-4222-8333-444455556666';
  const HUGE = 'x'.repeat(10 * 1024 * 1024);
  const LONG = 'ä'.repeat(30_000); // below the 1 MB body limit, above every field limit

  /** Every table this feature writes, as one comparable snapshot. */
  const snapshot = async () =>
    t.db.dataSource.query(`
      SELECT (SELECT json_agg(p ORDER BY id) FROM program p) AS programs,
             (SELECT json_agg(m ORDER BY program_id, user_id, role) FROM program_member m) AS members,
             (SELECT json_agg(pp ORDER BY program_id, user_id) FROM program_profile pp) AS profiles,
             (SELECT json_agg(x ORDER BY id) FROM tandem x) AS tandems,
             (SELECT json_agg(tm ORDER BY id) FROM tandem_meeting tm) AS meetings,
             (SELECT count(*)::int FROM app_user) AS users`);

  beforeAll(async () => {
    t = withProgramsFixtures(await createTestApi({ features: [ProgramsModule] }));
    admin = await t.person('Ada Admin', { isAdmin: true });
    coordinator = await t.person('Clara Koordination');
    const mentor = await t.person('Mona Mentorin');
    mentee = await t.person('Erika Mentee');
    programId = await t.program(admin);
    await t.addRole(admin, programId, coordinator.id, 'coordinator');
    await t.addRole(admin, programId, mentor.id, 'mentor');
    await t.addRole(admin, programId, mentee.id, 'mentee');
    const tandem = await t
      .http()
      .post(`/api/programs/${programId}/tandems`)
      .set('Authorization', admin.auth)
      .send({ mentorId: mentor.id, menteeId: mentee.id });
    tandemId = tandem.body.id;
    await t
      .http()
      .post(`/api/tandems/${tandemId}/meetings`)
      .set('Authorization', mentee.auth)
      .send({ date: await dbDate(t.db, -2), format: 'online', durationMinutes: 60 })
      .expect(201);
  });

  afterAll(async () => {
    await t?.close();
  });

  type Case = [
    name: string,
    who: () => TestPerson,
    method: 'get' | 'post' | 'patch' | 'put' | 'delete',
    url: () => string,
    body: unknown,
    status: number,
  ];
  const cases: Case[] = [
    // unknown and malformed ids
    ['non-uuid program id', () => admin, 'get', () => '/api/programs/not-a-uuid', undefined, 404],
    ['sql-ish program id', () => admin, 'get', () => `/api/programs/1'%20OR%20'1'='1`, undefined, 404],
    ['unknown program id', () => admin, 'get', () => `/api/programs/${UNKNOWN}`, undefined, 404],
    ['unknown program: patch', () => admin, 'patch', () => `/api/programs/${UNKNOWN}`, { title: 'X' }, 404],
    ['unknown program: members', () => admin, 'get', () => `/api/programs/${UNKNOWN}/members`, undefined, 404],
    [
      'unknown program: tandems',
      () => admin,
      'post',
      () => `/api/programs/${UNKNOWN}/tandems`,
      { mentorId: UNKNOWN, menteeId: UNKNOWN },
      404,
    ],
    ['non-uuid tandem id', () => admin, 'get', () => '/api/tandems/123', undefined, 404],
    ['unknown tandem id', () => admin, 'get', () => `/api/tandems/${UNKNOWN}`, undefined, 404],
    [
      'unknown tandem: meetings',
      () => mentee,
      'post',
      () => `/api/tandems/${UNKNOWN}/meetings`,
      { date: '2026-01-01', format: 'online', durationMinutes: 5 },
      404,
    ],
    ['unknown tandem: patch', () => admin, 'patch', () => `/api/tandems/not-a-uuid`, { goals: 'x' }, 404],
    ['member with unknown user', () => admin, 'post', () => `/api/programs/${programId}/members`, { userId: UNKNOWN, role: 'mentee' }, 404],
    ['member with non-uuid user', () => admin, 'post', () => `/api/programs/${programId}/members`, { userId: 'abc', role: 'mentee' }, 400],
    ['delete role of non-uuid user', () => admin, 'delete', () => `/api/programs/${programId}/members/abc/roles/mentee`, undefined, 404],
    ['delete unknown role name', () => admin, 'delete', () => `/api/programs/${programId}/members/${mentee.id}/roles/king`, undefined, 400],
    ['tandem with non-uuid ids', () => admin, 'post', () => `/api/programs/${programId}/tandems`, { mentorId: 'a', menteeId: 'b' }, 400],
    [
      'tandem with unknown people',
      () => admin,
      'post',
      () => `/api/programs/${programId}/tandems`,
      () => ({ mentorId: UNKNOWN, menteeId: mentee.id }),
      422,
    ],
    // wrong enum values
    [
      'program mode',
      () => admin,
      'post',
      () => '/api/programs',
      { title: 'X', mode: 'upside-down', startsOn: '2027-01-01', endsOn: '2027-02-01' },
      400,
    ],
    ['program status', () => admin, 'patch', () => `/api/programs/${programId}`, { status: 'archived' }, 400],
    ['member role', () => admin, 'post', () => `/api/programs/${programId}/members`, () => ({ userId: mentee.id, role: 'queen' }), 400],
    ['tandem status', () => admin, 'patch', () => `/api/tandems/${tandemId}`, { status: 'divorced' }, 400],
    [
      'meeting format',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2026-01-01', format: 'carrier-pigeon', durationMinutes: 5 },
      400,
    ],
    ['profile bundesland', () => mentee, 'put', () => `/api/programs/${programId}/profile`, { bundesland: 'Bavaria' }, 400],
    ['profile channel', () => mentee, 'put', () => `/api/programs/${programId}/profile`, { channels: ['tiktok'] }, 400],
    ['profile postal code', () => mentee, 'put', () => `/api/programs/${programId}/profile`, { postalCode: '1234a' }, 400],
    // dates
    [
      'ends before start',
      () => admin,
      'post',
      () => '/api/programs',
      { title: 'X', mode: 'classic', startsOn: '2027-05-01', endsOn: '2027-04-30' },
      400,
    ],
    [
      'deadline after start',
      () => admin,
      'post',
      () => '/api/programs',
      { title: 'X', mode: 'classic', startsOn: '2027-05-01', endsOn: '2027-06-30', applicationDeadline: '2027-05-02' },
      400,
    ],
    [
      'impossible date',
      () => admin,
      'post',
      () => '/api/programs',
      { title: 'X', mode: 'classic', startsOn: '2027-02-30', endsOn: '2027-06-30' },
      400,
    ],
    [
      'date in another format',
      () => admin,
      'post',
      () => '/api/programs',
      { title: 'X', mode: 'classic', startsOn: '01.03.2027', endsOn: '2027-06-30' },
      400,
    ],
    ['patch ends before stored start', () => admin, 'patch', () => `/api/programs/${programId}`, { endsOn: '2020-01-01' }, 400],
    [
      'meeting far in the future',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2999-01-01', format: 'online', durationMinutes: 5 },
      400,
    ],
    [
      'meeting duration 0',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2026-01-01', format: 'online', durationMinutes: 0 },
      400,
    ],
    [
      'meeting duration 1441',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2026-01-01', format: 'online', durationMinutes: 1441 },
      400,
    ],
    [
      'meeting duration fraction',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2026-01-01', format: 'online', durationMinutes: 1.5 },
      400,
    ],
    [
      'meeting duration as text',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2026-01-01', format: 'online', durationMinutes: '60' },
      400,
    ],
    // lengths
    [
      '10 MB title',
      () => admin,
      'post',
      () => '/api/programs',
      { title: HUGE, mode: 'classic', startsOn: '2027-01-01', endsOn: '2027-02-01' },
      413,
    ],
    [
      '10 MB meeting notes',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2026-01-01', format: 'online', durationMinutes: 5, notes: HUGE },
      413,
    ],
    ['10 MB goals', () => mentee, 'patch', () => `/api/tandems/${tandemId}`, { goals: HUGE }, 413],
    ['long title', () => admin, 'patch', () => `/api/programs/${programId}`, { title: LONG }, 400],
    ['long description', () => admin, 'patch', () => `/api/programs/${programId}`, { description: LONG }, 400],
    ['long goals', () => mentee, 'patch', () => `/api/tandems/${tandemId}`, { goals: LONG }, 400],
    [
      'long notes',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2026-01-01', format: 'online', durationMinutes: 5, notes: LONG },
      400,
    ],
    ['long end reason', () => admin, 'patch', () => `/api/tandems/${tandemId}`, { status: 'ended', endReason: LONG }, 400],
    ['long municipality', () => mentee, 'put', () => `/api/programs/${programId}/profile`, { municipality: LONG }, 400],
    [
      'long invitation name',
      () => admin,
      'post',
      () => `/api/programs/${programId}/invitations`,
      { email: 'a@b.de', displayName: LONG, role: 'mentor' },
      400,
    ],
    [
      'year 0 start (PostgreSQL has no year 0)',
      () => admin,
      'post',
      () => '/api/programs',
      { title: 'X', mode: 'classic', startsOn: '0000-01-01', endsOn: '0000-12-31' },
      400,
    ],
    [
      'patch start to year 0',
      () => admin,
      'patch',
      () => `/api/programs/${programId}`,
      { startsOn: '0000-01-01', applicationDeadline: null },
      400,
    ],
    // NUL characters (PostgreSQL text cannot store them)
    [
      'NUL in program title',
      () => admin,
      'post',
      () => '/api/programs',
      { title: 'X\u0000', mode: 'classic', startsOn: '2027-01-01', endsOn: '2027-02-01' },
      400,
    ],
    ['NUL in goals', () => mentee, 'patch', () => `/api/tandems/${tandemId}`, { goals: 'Ziel\u0000' }, 400],
    [
      'NUL in meeting notes',
      () => mentee,
      'post',
      () => `/api/tandems/${tandemId}/meetings`,
      { date: '2026-01-01', format: 'online', durationMinutes: 5, notes: '\u0000' },
      400,
    ],
    [
      'NUL in invitation name',
      () => admin,
      'post',
      () => `/api/programs/${programId}/invitations`,
      { email: 'nul@b.de', displayName: 'A\u0000B', role: 'mentor' },
      400,
    ],
    ['NUL in a key', () => mentee, 'put', () => `/api/programs/${programId}/profile`, { 'office\u0000': 'x' }, 400],
    // query strings
    ['repeated role filter', () => admin, 'get', () => `/api/programs/${programId}/members?role=mentor&role=mentee`, undefined, 400],
    // shapes
    ['body is an array', () => admin, 'post', () => '/api/programs', [1, 2, 3], 400],
    ['empty tandem patch', () => admin, 'patch', () => `/api/tandems/${tandemId}`, {}, 400],
    ['end reason without ending', () => admin, 'patch', () => `/api/tandems/${tandemId}`, { endReason: 'Warum?' }, 400],
    ['ending without reason', () => admin, 'patch', () => `/api/tandems/${tandemId}`, { status: 'ended' }, 400],
  ];

  it.each(cases)('%s', async (_name, who, method, url, body, status) => {
    const before = await snapshot();
    const req = t.http()[method](url()).set('Authorization', who().auth);
    const payload = typeof body === 'function' ? body() : body;
    const res = payload === undefined ? await req : await req.send(payload as object);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ statusCode: status, code: expect.any(String), message: expect.any(String) });
    expect(res.body.message.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });

  it('malformed JSON → 400', async () => {
    const res = await t
      .http()
      .post(`/api/tandems/${tandemId}/meetings`)
      .set('Authorization', mentee.auth)
      .set('Content-Type', 'application/json')
      .send('{"date": "2026-01-01", ');
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(expect.any(String));
  });
});
