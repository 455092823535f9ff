import { createTestApi } from '@ecampus/api/platform/testing';
import { ProgramsModule } from './lib/programs.module';
import { withProgramsFixtures, type ProgramsTestApi, type TestPerson } from './testing/programs-fixtures';

/** `GET /api/users/:userId/programs` (issue 7, the admin's account page) against the real API and PostgreSQL. */
describe('a person’s programs and roles (real PostgreSQL)', () => {
  let t: ProgramsTestApi;
  let admin: TestPerson;
  let paula: TestPerson;
  let coordinator: TestPerson;

  const get = (who: TestPerson | null, userId: string) => {
    const req = t.http().get(`/api/users/${userId}/programs`);
    return who ? req.set('Authorization', who.auth) : req;
  };

  beforeAll(async () => {
    t = withProgramsFixtures(await createTestApi({ features: [ProgramsModule] }));
    admin = await t.person('Ada Admin', { isAdmin: true });
    paula = await t.person('Paula Vielseitig');
    coordinator = await t.person('Clara Koordination');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists every program she holds a role in — archived ones included — with her roles there', async () => {
    const a = await t.program(admin, 'A-Programm');
    const b = await t.program(admin, 'B-Programm');
    const c = await t.program(admin, 'C-Programm');
    await t.program(admin, 'Ohne Paula');
    await t.addRole(admin, a, paula.id, 'mentor');
    await t.addRole(admin, b, paula.id, 'trainer');
    await t.addRole(admin, b, paula.id, 'coordinator');
    await t.addRole(admin, c, paula.id, 'mentee');
    await t.addRole(admin, c, coordinator.id, 'coordinator');
    await t.http().post(`/api/programs/${c}/archive`).set('Authorization', admin.auth).expect(200);

    const res = await get(admin, paula.id).expect(200);
    expect(res.body.total).toBe(3);
    // Same start date: ordered by title.
    expect(res.body.items).toEqual([
      { programId: a, title: 'A-Programm', status: 'draft', archived: false, roles: ['mentor'] },
      { programId: b, title: 'B-Programm', status: 'draft', archived: false, roles: ['coordinator', 'trainer'] },
      { programId: c, title: 'C-Programm', status: 'draft', archived: true, roles: ['mentee'] },
    ]);
  });

  it('a person without roles: an empty list', async () => {
    const nobody = await t.person('Nina Niemand');
    expect((await get(admin, nobody.id).expect(200)).body).toEqual({ items: [], total: 0 });
  });

  it('unknown or malformed person: 404', async () => {
    for (const id of ['99999999-9999-4999-8999-999999999999', 'not-a-uuid']) {
      const res = await get(admin, id).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found', message: expect.any(String) });
    }
  });

  it('admins only: 403 for everyone else, the person herself and a coordinator of her program included; 401 without a token', async () => {
    for (const who of [paula, coordinator]) {
      const res = await get(who, paula.id).expect(403);
      expect(res.body).toMatchObject({ code: 'forbidden', message: expect.any(String) });
    }
    await get(coordinator, 'not-a-uuid').expect(403);
    await get(null, paula.id).expect(401);
  });
});
