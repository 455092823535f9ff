import { createTestApi, signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { CurriculumModule } from './lib/curriculum.module';

/**
 * Curriculum against the real API edge, real PostgreSQL (every migration of the workspace) and
 * Redis, with cross-program denial asserted. People and programs are rows written
 * with SQL: this domain may not use programs' or identity's services, only programs' access entry.
 */
describe('curriculum (real PostgreSQL)', () => {
  let t: TestApi;
  let count = 0;

  beforeAll(async () => {
    t = await createTestApi({ features: [CurriculumModule] });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A person with an access token (`auth` is the Authorization header). */
  async function person(name: string, isAdmin = false): Promise<{ id: string; auth: string }> {
    count += 1;
    const email = `${name.toLowerCase()}.${count}@test.example`;
    const [user] = await t.db.dataSource.query(`INSERT INTO app_user (email, display_name, is_admin) VALUES ($1, $2, $3) RETURNING id`, [
      email,
      name,
      isAdmin,
    ]);
    const { auth } = await signAccessToken(t.app, { id: user.id, email, isAdmin });
    return { id: user.id, auth };
  }

  /** A program with these members (programs' own tables, written as programs would). */
  async function program(members: [{ id: string }, ProgramRole][]): Promise<string> {
    const [row] = await t.db.dataSource.query(
      `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ('Testprogramm', 'reverse', '2027-03-01', '2027-12-15') RETURNING id`,
    );
    for (const [member, role] of members)
      await t.db.dataSource.query(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, $3)`, [row.id, member.id, role]);
    return row.id;
  }

  const url = (programId: string) => `/api/programs/${programId}/curriculum`;

  it('a coordinator adds items; the program’s members list them, an admin too', async () => {
    const coordinator = await person('Clara');
    const mentee = await person('Mila');
    const admin = await person('Ada', true);
    const programId = await program([
      [coordinator, 'coordinator'],
      [mentee, 'mentee'],
    ]);

    const created = await t.http().post(url(programId)).set('Authorization', coordinator.auth).send({ title: '  Erster Eintrag ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ programId, title: 'Erster Eintrag' });

    for (const reader of [coordinator, mentee, admin]) {
      const list = await t.http().get(url(programId)).set('Authorization', reader.auth).expect(200);
      expect(list.body).toEqual({ items: [created.body], total: 1 });
    }
  });

  it('denies other programs: outsiders and members of another program get 404, a mentee may not add (403)', async () => {
    const coordinator = await person('Clara');
    const mentee = await person('Mila');
    const elsewhere = await person('Olga');
    const programId = await program([
      [coordinator, 'coordinator'],
      [mentee, 'mentee'],
    ]);
    await program([[elsewhere, 'coordinator']]);
    await t.http().post(url(programId)).set('Authorization', coordinator.auth).send({ title: 'Intern' }).expect(201);

    const read = await t.http().get(url(programId)).set('Authorization', elsewhere.auth);
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('not_found');
    expect(read.body).not.toHaveProperty('items');
    await t.http().post(url(programId)).set('Authorization', elsewhere.auth).send({ title: 'Fremd' }).expect(404);
    await t.http().post(url(programId)).set('Authorization', mentee.auth).send({ title: 'Mentee' }).expect(403);
    await t.http().get(url('not-an-id')).set('Authorization', coordinator.auth).expect(404);
    await t.http().get(url(programId)).expect(401);

    const titles = await t.db.dataSource.query(`SELECT title FROM curriculum_item WHERE program_id = $1`, [programId]);
    expect(titles).toEqual([{ title: 'Intern' }]);
  });

  it('refuses bad input (400 on the field) and a repeated title (409), in the caller’s language', async () => {
    const coordinator = await person('Clara');
    const programId = await program([[coordinator, 'coordinator']]);

    const empty = await t.http().post(url(programId)).set('Authorization', coordinator.auth).send({ title: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.fields.title).toBe('Bitte einen Titel angeben');
    const long = await t
      .http()
      .post(url(programId))
      .set('Authorization', coordinator.auth)
      .send({ title: 'x'.repeat(201) });
    expect(long.status).toBe(400);

    await t.http().post(url(programId)).set('Authorization', coordinator.auth).send({ title: 'Doppelt' }).expect(201);
    const again = await t
      .http()
      .post(url(programId))
      .set('Authorization', coordinator.auth)
      .set('Accept-Language', 'en')
      .send({ title: 'Doppelt' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'conflict', message: 'This program already has an item with this title.' });
  });
});
