import { AccountsService } from '@ecampus/api/identity/accounts';
import { signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import type { ProgramRole } from '@ecampus/shared/contracts';

/** A person with an account and a signed access token (no login: these specs are not about it). */
export interface TestPerson {
  id: string;
  email: string;
  displayName: string;
  token: string;
  /** `Authorization` header value. */
  auth: string;
}

export interface ProgramsFixtures {
  person(name: string, opts?: { isAdmin?: boolean }): Promise<TestPerson>;
  /** Creates a program through the API as `admin`. */
  program(admin: TestPerson, title?: string): Promise<string>;
  addRole(by: TestPerson, programId: string, userId: string, role: ProgramRole): Promise<void>;
}

export type ProgramsTestApi = TestApi & ProgramsFixtures;

let counter = 0;

/** The programs specs' fixtures on a test API that includes `ProgramsModule`. */
export function withProgramsFixtures(api: TestApi): ProgramsTestApi {
  const accounts = api.app.get(AccountsService);
  return {
    ...api,
    async person(name, opts = {}) {
      counter += 1;
      const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}@test.example`;
      const user = await accounts.createUser({ email, displayName: name, password: 'Test-Passwort-123!', isAdmin: opts.isAdmin ?? false });
      const { token, auth } = await signAccessToken(api.app, user);
      return { id: user.id, email: user.email, displayName: user.displayName, token, auth };
    },
    async program(admin, title = 'Testprogramm') {
      const res = await api
        .http()
        .post('/api/programs')
        .set('Authorization', admin.auth)
        .send({ title, mode: 'reverse', startsOn: '2027-03-01', endsOn: '2027-12-15', applicationDeadline: '2027-01-31' });
      if (res.status !== 201) throw new Error(`program: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    },
    async addRole(by, programId, userId, role) {
      const res = await api.http().post(`/api/programs/${programId}/members`).set('Authorization', by.auth).send({ userId, role });
      if (res.status !== 201) throw new Error(`addRole: ${res.status} ${JSON.stringify(res.body)}`);
    },
  };
}
