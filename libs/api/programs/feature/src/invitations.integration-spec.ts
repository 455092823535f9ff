import { createTestApi } from '@ecampus/api/platform/testing';
import { ProgramsModule } from './lib/programs.module';
import { withProgramsFixtures, type ProgramsTestApi, type TestPerson } from './testing/programs-fixtures';

// The whole journey of a new person (mail sent by the worker, set-password link, login) crosses
// identity's routes: it is a whole-app spec, apps/api/src/app/invitation-journey.integration-spec.ts.
describe('invitations into a program: existing accounts and bad input (real PostgreSQL)', () => {
  let t: ProgramsTestApi;
  let coordinator: TestPerson;
  let programId: string;

  const outbox = (to: string): Promise<{ id: string }[]> => t.db.dataSource.query(`SELECT id FROM mail_outbox WHERE "to" = $1`, [to]);

  beforeAll(async () => {
    t = withProgramsFixtures(await createTestApi({ features: [ProgramsModule] }));
    const admin = await t.person('Ada Admin', { isAdmin: true });
    coordinator = await t.person('Clara Koordination');
    programId = await t.program(admin, 'Politikerinnen ins Netz 2027');
    await t.addRole(admin, programId, coordinator.id, 'coordinator');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('an existing account is just added (created: false, no mail); an existing role → 422', async () => {
    const existing = await t.person('Bettina Bestand');
    const res = await t
      .http()
      .post(`/api/programs/${programId}/invitations`)
      .set('Authorization', coordinator.auth)
      .send({ email: existing.email.toUpperCase(), displayName: 'Anderer Name', role: 'mentor' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: false, member: { userId: existing.id, displayName: 'Bettina Bestand', roles: ['mentor'] } });
    expect(await outbox(existing.email)).toHaveLength(0);

    const twice = await t
      .http()
      .post(`/api/programs/${programId}/invitations`)
      .set('Authorization', coordinator.auth)
      .send({ email: existing.email, displayName: 'Bettina Bestand', role: 'mentor' });
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('role_already_held');
  });

  it('bad invitation input → 400 with a field message, no account, no mail', async () => {
    const before = await t.db.dataSource.query(
      `SELECT (SELECT count(*) FROM app_user)::int AS u, (SELECT count(*) FROM mail_outbox)::int AS m`,
    );
    for (const body of [
      { email: 'keine-adresse', displayName: 'X', role: 'mentee' },
      { email: 'ok@example.org', displayName: '', role: 'mentee' },
      { email: 'ok@example.org', displayName: 'X', role: 'chef' },
    ]) {
      const res = await t.http().post(`/api/programs/${programId}/invitations`).set('Authorization', coordinator.auth).send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.message).toEqual(expect.any(String));
    }
    const after = await t.db.dataSource.query(
      `SELECT (SELECT count(*) FROM app_user)::int AS u, (SELECT count(*) FROM mail_outbox)::int AS m`,
    );
    expect(after).toEqual(before);
  });
});
