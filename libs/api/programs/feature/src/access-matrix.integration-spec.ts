import { accessMatrix, createTestApi, dbDate, type MatrixRoute } from '@ecampus/api/platform/testing';
import { ProgramsModule } from './lib/programs.module';
import { withProgramsFixtures, type ProgramsTestApi, type TestPerson } from './testing/programs-fixtures';

/**
 * Every route of programs × every kind of caller → expected status (real API, real PostgreSQL).
 * 404 where the caller may not know the thing exists, 403 where it is known but not allowed.
 * `removed` was the mentee of a tandem that has ended, and her role has been removed since: access
 * follows membership, so her old tandem (which the tandem routes ask about for her) is gone too.
 */
type Who =
  'admin' | 'coordinator' | 'trainer' | 'mentor' | 'mentee' | 'otherTandem' | 'otherProgram' | 'outsider' | 'removed' | 'anonymous';
const WHO: Who[] = [
  'admin',
  'coordinator',
  'trainer',
  'mentor',
  'mentee',
  'otherTandem',
  'otherProgram',
  'outsider',
  'removed',
  'anonymous',
];

interface World {
  programId: string;
  otherProgramId: string;
  tandemId: string;
  /** The tandem the caller is asked about: her former tandem for `removed`, else the program's active one. */
  tandemFor(who: Who): string;
  people: Record<Exclude<Who, 'anonymous'>, TestPerson>;
  fresh(role?: 'mentor' | 'mentee' | 'trainer'): Promise<TestPerson>;
  /** Direct SQL for preparing a state no route of the caller could reach. */
  sql(query: string, params: unknown[]): Promise<unknown>;
  yesterday: string;
}

type Route = MatrixRoute<Who, World, ProgramsTestApi>;

//                       admin coord trainer mentor mentee otherT otherP outsider removed anon
const row = (...s: number[]): Record<Who, number> => Object.fromEntries(WHO.map((w, i) => [w, s[i]])) as Record<Who, number>;

const ROUTES: Route[] = [
  {
    name: 'POST /programs',
    method: 'post',
    prepare: async () => ({ url: '/api/programs', body: { title: 'Neu', mode: 'classic', startsOn: '2027-01-01', endsOn: '2027-06-30' } }),
    expected: row(201, 403, 403, 403, 403, 403, 403, 403, 403, 401),
  },
  {
    name: 'GET /programs',
    method: 'get',
    prepare: async () => ({ url: '/api/programs' }),
    expected: row(200, 200, 200, 200, 200, 200, 200, 200, 200, 401),
  },
  {
    name: 'GET /programs/:id',
    method: 'get',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}` }),
    expected: row(200, 200, 200, 200, 200, 200, 404, 404, 404, 401),
  },
  {
    name: 'PATCH /programs/:id',
    method: 'patch',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}`, body: { timeCommitment: 'Vier Stunden im Monat' } }),
    expected: row(200, 200, 403, 403, 403, 403, 404, 404, 404, 401),
  },
  {
    name: 'GET /programs/:id/members',
    method: 'get',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/members` }),
    expected: row(200, 200, 200, 403, 403, 403, 404, 404, 404, 401),
  },
  {
    name: 'POST /programs/:id/members',
    method: 'post',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/members`, body: { userId: (await w.fresh()).id, role: 'mentee' } }),
    expected: row(201, 201, 403, 403, 403, 403, 404, 404, 404, 401),
  },
  {
    name: 'DELETE /programs/:id/members/:userId/roles/:role',
    method: 'delete',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/members/${(await w.fresh('trainer')).id}/roles/trainer` }),
    expected: row(204, 204, 403, 403, 403, 403, 404, 404, 404, 401),
  },
  {
    name: 'POST /programs/:id/invitations',
    method: 'post',
    prepare: async (w) => ({
      url: `/api/programs/${w.programId}/invitations`,
      body: { email: `eingeladen.${Math.random().toString(36).slice(2)}@test.example`, displayName: 'Eingeladene Person', role: 'mentor' },
    }),
    expected: row(201, 201, 403, 403, 403, 403, 404, 404, 404, 401),
  },
  {
    name: 'GET /programs/:id/profile',
    method: 'get',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/profile` }),
    expected: row(403, 200, 200, 200, 200, 200, 404, 404, 404, 401),
  },
  {
    name: 'PUT /programs/:id/profile',
    method: 'put',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/profile`, body: { municipality: 'Musterstadt', channels: ['blog'] } }),
    expected: row(403, 200, 200, 200, 200, 200, 404, 404, 404, 401),
  },
  {
    name: 'POST /programs/:id/tandems',
    method: 'post',
    prepare: async (w) => ({
      url: `/api/programs/${w.programId}/tandems`,
      body: { mentorId: (await w.fresh('mentor')).id, menteeId: (await w.fresh('mentee')).id },
    }),
    expected: row(201, 201, 403, 403, 403, 403, 404, 404, 404, 401),
  },
  {
    name: 'GET /programs/:id/tandems',
    method: 'get',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/tandems` }),
    expected: row(200, 200, 200, 200, 200, 200, 404, 404, 404, 401),
  },
  {
    name: 'GET /tandems/:id',
    method: 'get',
    prepare: async (w, who) => ({ url: `/api/tandems/${w.tandemFor(who)}` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 404, 404, 401),
  },
  {
    name: 'PATCH /tandems/:id (goals)',
    method: 'patch',
    prepare: async (w, who) => ({ url: `/api/tandems/${w.tandemFor(who)}`, body: { goals: 'Gemeinsam eine Homepage bauen' } }),
    expected: row(200, 200, 403, 200, 200, 404, 404, 404, 404, 401),
  },
  {
    name: 'PATCH /tandems/:id (status)',
    method: 'patch',
    prepare: async (w, who) => ({ url: `/api/tandems/${w.tandemFor(who)}`, body: { status: 'paused' } }),
    cleanup: async (w, t) => {
      await t.db.dataSource.query(`UPDATE tandem SET status = 'active' WHERE id = $1`, [w.tandemId]);
    },
    expected: row(200, 200, 403, 403, 403, 404, 404, 404, 404, 401),
  },
  {
    name: 'POST /tandems/:id/meetings',
    method: 'post',
    prepare: async (w, who) => ({
      url: `/api/tandems/${w.tandemFor(who)}/meetings`,
      body: { date: w.yesterday, format: 'online', durationMinutes: 45 },
    }),
    expected: row(403, 403, 403, 201, 201, 404, 404, 404, 404, 401),
  },
  {
    name: 'GET /tandems/:id/meetings',
    method: 'get',
    prepare: async (w, who) => ({ url: `/api/tandems/${w.tandemFor(who)}/meetings` }),
    expected: row(200, 200, 403, 200, 200, 404, 404, 404, 404, 401),
  },
  {
    name: 'POST /programs/:id/archive',
    method: 'post',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/archive` }),
    cleanup: async (w, t) => {
      await t.db.dataSource.query(`UPDATE program SET archived_at = NULL WHERE id = $1`, [w.programId]);
    },
    expected: row(200, 403, 403, 403, 403, 403, 403, 403, 403, 401),
  },
  {
    name: 'POST /programs/:id/unarchive',
    method: 'post',
    prepare: async (w) => {
      await w.sql(`UPDATE program SET archived_at = now() WHERE id = $1`, [w.programId]);
      return { url: `/api/programs/${w.programId}/unarchive` };
    },
    cleanup: async (w, t) => {
      await t.db.dataSource.query(`UPDATE program SET archived_at = NULL WHERE id = $1`, [w.programId]);
    },
    expected: row(200, 403, 403, 403, 403, 403, 403, 403, 403, 401),
  },
  {
    name: 'GET /users/:userId/programs',
    method: 'get',
    prepare: async (w) => ({ url: `/api/users/${w.people.mentee.id}/programs` }),
    expected: row(200, 403, 403, 403, 403, 403, 403, 403, 403, 401),
  },
];

describe('access matrix: route × role → status (real PostgreSQL)', () => {
  let t: ProgramsTestApi;
  let w: World;

  beforeAll(async () => {
    t = withProgramsFixtures(await createTestApi({ features: [ProgramsModule] }));
    const admin = await t.person('Ada Admin', { isAdmin: true });
    const names = [
      'coordinator',
      'trainer',
      'mentor',
      'mentee',
      'otherTandem',
      'otherTandemMentor',
      'otherProgram',
      'outsider',
      'removed',
      'removedMentor',
    ] as const;
    const p: Record<string, TestPerson> = { admin };
    for (const n of names) p[n] = await t.person(n);

    const programId = await t.program(admin, 'Politikerinnen ins Netz');
    const otherProgramId = await t.program(admin, 'Anderes Programm');
    await t.addRole(admin, programId, p['coordinator'].id, 'coordinator');
    await t.addRole(admin, programId, p['trainer'].id, 'trainer');
    await t.addRole(admin, programId, p['mentor'].id, 'mentor');
    await t.addRole(admin, programId, p['mentee'].id, 'mentee');
    await t.addRole(admin, programId, p['otherTandem'].id, 'mentee');
    await t.addRole(admin, programId, p['otherTandemMentor'].id, 'mentor');
    await t.addRole(admin, otherProgramId, p['otherProgram'].id, 'coordinator');

    const auth = (x: TestPerson) => ({ Authorization: x.auth });
    const tandem = await t
      .http()
      .post(`/api/programs/${programId}/tandems`)
      .set(auth(admin))
      .send({ mentorId: p['mentor'].id, menteeId: p['mentee'].id });
    await t
      .http()
      .post(`/api/programs/${programId}/tandems`)
      .set(auth(admin))
      .send({ mentorId: p['otherTandemMentor'].id, menteeId: p['otherTandem'].id })
      .expect(201);

    // `removed`: a mentee whose tandem met, ended, and then lost her role in the program.
    await t.addRole(admin, programId, p['removed'].id, 'mentee');
    await t.addRole(admin, programId, p['removedMentor'].id, 'mentor');
    const removedTandem = await t
      .http()
      .post(`/api/programs/${programId}/tandems`)
      .set(auth(admin))
      .send({ mentorId: p['removedMentor'].id, menteeId: p['removed'].id })
      .expect(201);
    const removedTandemId: string = removedTandem.body.id;
    await t
      .http()
      .post(`/api/tandems/${removedTandemId}/meetings`)
      .set(auth(p['removed']))
      .send({ date: await dbDate(t.db, -2), format: 'online', durationMinutes: 30, notes: 'Erstes Treffen' })
      .expect(201);
    await t
      .http()
      .patch(`/api/tandems/${removedTandemId}`)
      .set(auth(admin))
      .send({ status: 'ended', endReason: 'Programm verlassen' })
      .expect(200);
    await t.http().delete(`/api/programs/${programId}/members/${p['removed'].id}/roles/mentee`).set(auth(admin)).expect(204);

    let n = 0;
    w = {
      programId,
      otherProgramId,
      tandemId: tandem.body.id,
      tandemFor: (who) => (who === 'removed' ? removedTandemId : tandem.body.id),
      people: p as World['people'],
      yesterday: await dbDate(t.db, -1),
      sql: (query, params) => t.db.dataSource.query(query, params),
      async fresh(role) {
        const person = await t.person(`Neu ${++n}`);
        if (role) await t.addRole(admin, programId, person.id, role);
        return person;
      },
    };
  });

  afterAll(async () => {
    await t?.close();
  });

  const matrix = accessMatrix({ callers: WHO, routes: ROUTES, context: () => ({ api: t, world: w }) });

  it.each(matrix.cases)('%s as %s → %i', matrix.check);

  it('the other program’s ids are just as hidden the other way round', async () => {
    const coordinator = w.people.coordinator;
    const res = await t.http().get(`/api/programs/${w.otherProgramId}/tandems`).set('Authorization', coordinator.auth);
    expect(res.status).toBe(404);
  });
});
