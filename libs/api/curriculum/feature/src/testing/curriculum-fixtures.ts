import { signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import type { ProgramRole } from '@ecampus/shared/contracts';

/*
 * Fixtures of the curriculum specs. People, programs and roles are rows written with SQL: this
 * domain may not use programs' or identity's services, only programs' access entry. Modules and
 * lessons are made through the API, as trainers make them.
 */

export interface TestPerson {
  id: string;
  /** `Authorization` header value. */
  auth: string;
}

export interface CurriculumFixtures {
  person(name: string, opts?: { isAdmin?: boolean }): Promise<TestPerson>;
  /** A program with these members. */
  program(members: [TestPerson, ProgramRole][]): Promise<string>;
  addRole(programId: string, person: TestPerson, role: ProgramRole): Promise<void>;
  archive(programId: string, archived?: boolean): Promise<void>;
  /** A module through the API (as `by`), published unless `draft`; its id. */
  module(by: TestPerson, programId: string, body?: object, opts?: { draft?: boolean }): Promise<string>;
  /** A lesson through the API; its id. */
  lesson(by: TestPerson, moduleId: string, body?: object): Promise<string>;
  /** An active tandem (a row, as the programs feature writes it); its id. */
  tandem(programId: string, mentor: TestPerson, mentee: TestPerson): Promise<string>;
  /** An assignment through the API; its id. */
  assignment(by: TestPerson, moduleId: string, body?: object): Promise<string>;
}

export type CurriculumTestApi = TestApi & CurriculumFixtures;

let counter = 0;

export function withCurriculumFixtures(api: TestApi): CurriculumTestApi {
  const sql = (query: string, params: unknown[] = []) => api.db.dataSource.query(query, params);
  const ok = async (what: string, res: { status: number; body: { id?: string } }, status: number) => {
    if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  return {
    ...api,
    async person(name, opts = {}) {
      counter += 1;
      const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}@test.example`;
      const isAdmin = opts.isAdmin ?? false;
      const [user] = await sql(`INSERT INTO app_user (email, display_name, is_admin) VALUES ($1, $2, $3) RETURNING id`, [
        email,
        name,
        isAdmin,
      ]);
      const { auth } = await signAccessToken(api.app, { id: user.id, email, isAdmin });
      return { id: user.id, auth };
    },
    async program(members) {
      const [row] = await sql(
        `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ('Testprogramm', 'reverse', '2027-03-01', '2027-12-15') RETURNING id`,
      );
      for (const [member, role] of members) await this.addRole(row.id, member, role);
      return row.id;
    },
    async addRole(programId, person, role) {
      await sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, $3)`, [programId, person.id, role]);
    },
    async archive(programId, archived = true) {
      await sql(`UPDATE program SET archived_at = CASE WHEN $2 THEN now() END WHERE id = $1`, [programId, archived]);
    },
    async module(by, programId, body = {}, opts = {}) {
      const id = await ok(
        'module',
        await api
          .http()
          .post(`/api/programs/${programId}/modules`)
          .set('Authorization', by.auth)
          .send({ title: 'Modul', ...body }),
        201,
      );
      if (!opts.draft) await ok('publish', await api.http().post(`/api/modules/${id}/publish`).set('Authorization', by.auth), 200);
      return id;
    },
    async lesson(by, moduleId, body = {}) {
      return ok(
        'lesson',
        await api
          .http()
          .post(`/api/modules/${moduleId}/lessons`)
          .set('Authorization', by.auth)
          .send({ title: 'Lektion', body: 'Text', ...body }),
        201,
      );
    },
    async tandem(programId, mentor, mentee) {
      const [row] = await sql(`INSERT INTO tandem (program_id, mentor_id, mentee_id) VALUES ($1, $2, $3) RETURNING id`, [
        programId,
        mentor.id,
        mentee.id,
      ]);
      return row.id;
    },
    async assignment(by, moduleId, body = {}) {
      return ok(
        'assignment',
        await api
          .http()
          .post(`/api/modules/${moduleId}/assignments`)
          .set('Authorization', by.auth)
          .send({ title: 'Aufgabe', instructions: 'Bitte bearbeiten.', ...body }),
        201,
      );
    },
  };
}
