import { signAccessToken, type TestApi } from '@ecampus/api/platform/testing';

/*
 * Fixtures of the issuing specs: people and programs are rows written with SQL (this domain may
 * not use identity's or programs' services). Without stored criteria every mentor and mentee is
 * eligible.
 */

let counter = 0;

export interface Person {
  id: string;
  name: string;
  auth: string;
}

export function issuingFixtures(api: TestApi) {
  const sql = (query: string, params: unknown[] = []) => api.db.dataSource.query(query, params);
  return {
    sql,
    async person(name: string, isAdmin = false): Promise<Person> {
      counter += 1;
      const email = `p${counter}.${Date.now().toString(36)}@issuing.test`;
      const [user] = await sql(`INSERT INTO app_user (email, display_name, is_admin) VALUES ($1, $2, $3) RETURNING id`, [
        email,
        name,
        isAdmin,
      ]);
      const { auth } = await signAccessToken(api.app, { id: user.id, email, isAdmin });
      return { id: user.id, name, auth };
    },
    /** A program with a coordinator and `participants` mentees named "Teilnehmerin 001" … (rows only), or the given names (with tokens). */
    async program(
      participants: number | string[],
      title = 'Reverse Mentoring 2027',
    ): Promise<{ programId: string; coordinator: Person; mentees: Person[] }> {
      const [row] = await sql(
        `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ($1, 'reverse', '2027-03-01', '2027-12-15') RETURNING id`,
        [title],
      );
      const coordinator = await this.person('Katrin Albers');
      await sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, 'coordinator')`, [row.id, coordinator.id]);
      if (!Array.isArray(participants)) {
        // Many people in one statement; they only need rows (no tokens): the coordinator acts.
        const rows: { id: string; name: string }[] = await sql(
          `WITH people AS (
             INSERT INTO app_user (email, display_name)
             SELECT 'bulk' || g || '.' || $2 || '@issuing.test', 'Teilnehmerin ' || lpad(g::text, 3, '0') FROM generate_series(1, $3::int) g
             RETURNING id, display_name AS name)
           , members AS (INSERT INTO program_member (program_id, user_id, role) SELECT $1, id, 'mentee' FROM people)
           SELECT id, name FROM people ORDER BY name`,
          [row.id, `${++counter}.${Date.now().toString(36)}`, participants],
        );
        return { programId: row.id, coordinator, mentees: rows.map((r) => ({ ...r, auth: '' })) };
      }
      const mentees: Person[] = [];
      for (const name of participants) {
        const p = await this.person(name);
        await sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, 'mentee')`, [row.id, p.id]);
        mentees.push(p);
      }
      return { programId: row.id, coordinator, mentees };
    },
    /** Per person of the program: how many valid certificates she holds, and of which status. */
    async holdings(programId: string): Promise<{ valid: number; done: number; people: number; duplicates: number }> {
      const [r] = await sql(
        `SELECT count(*) FILTER (WHERE revoked_at IS NULL)::int AS valid, count(*) FILTER (WHERE status = 'done' AND revoked_at IS NULL)::int AS done,
                count(DISTINCT user_id)::int AS people,
                (SELECT count(*)::int FROM (SELECT user_id FROM certificate WHERE program_id = $1 AND revoked_at IS NULL GROUP BY user_id HAVING count(*) > 1) d) AS duplicates
           FROM certificate WHERE program_id = $1`,
        [programId],
      );
      return r;
    },
  };
}
