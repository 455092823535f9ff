// @ts-check
// The large program of `npm run bench:api`'s progress route (issue 8): 500 mentors and mentees in 250
// tandems (a tenth of them paused), 20 published modules of 3–5 lessons and one assignment each
// (plus two drafts the matrix leaves out), and progress as a cohort has it some weeks in: tandems
// spread from the first module to the last, the module each is working on half done (its
// submission waiting for review or sent back), mentors a little behind their mentees.
// Written with plain SQL in one transaction; the demo coordinator coordinates it.
import pg from 'pg';

const FIRST = [
  'Anna',
  'Berta',
  'Clara',
  'Doris',
  'Elif',
  'Frieda',
  'Greta',
  'Hanna',
  'Ida',
  'Jana',
  'Katrin',
  'Lea',
  'Mona',
  'Nora',
  'Olga',
  'Paula',
  'Rita',
  'Sophie',
  'Tanja',
  'Ute',
  'Vera',
  'Wiebke',
  'Yasmin',
  'Zoe',
  'Jonas',
];
const LAST = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
];
const TOPICS = [
  'Die eigene Facebook-Seite',
  'Instagram-Stories für den Wahlkreis',
  'Sicher im Netz: Hassrede und Datenschutz',
  'Bürgersprechstunde per Video',
  'Newsletter, die gelesen werden',
  'Fotos und Bildrechte',
  'Kurze Videos fürs Smartphone',
  'Kommentare moderieren',
  'LinkedIn für Kommunalpolitik',
  'Barrierefrei posten',
  'Pressearbeit digital',
  'Umfragen und Beteiligung',
  'Krisenkommunikation',
  'Redaktionsplan',
  'Messenger-Kanäle',
  'Live gehen',
  'Statistiken lesen',
  'Zusammenarbeit im Team',
  'Wahlkampf im Netz',
  'Rückblick und Ausblick',
];

export const PROGRESS_BENCH = { tandems: 250, modules: 20 };

/**
 * Seeds the program on the database of `url` and returns its id.
 * @param {string} url
 * @param {string} coordinatorEmail
 * @returns {Promise<string>}
 */
export async function seedProgressProgram(url, coordinatorEmail) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const coordinator = (await client.query(`SELECT id FROM app_user WHERE email = $1`, [coordinatorEmail])).rows[0];
    if (!coordinator) throw new Error(`${coordinatorEmail} not found: did the demo seed run?`);
    const { id: programId } = (
      await client.query(
        `INSERT INTO program (title, mode, starts_on, ends_on, status, description)
         VALUES ('Digital vor Ort 2027 (Lasttest)', 'reverse', current_date - 60, current_date + 200, 'running',
                 'Großer Jahrgang für npm run bench:api') RETURNING id`,
      )
    ).rows[0];
    await client.query(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, 'coordinator')`, [
      programId,
      coordinator.id,
    ]);

    // People: mentors (younger, digital natives) and mentees (local politicians), names from the lists.
    const names = Array.from(
      { length: PROGRESS_BENCH.tandems * 2 },
      (_, i) =>
        `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${Math.floor(i / (FIRST.length * LAST.length)) + 1}`,
    );
    const people = (
      await client.query(
        `INSERT INTO app_user (email, display_name, password_hash)
         SELECT 'bench.' || n || '@ecampus.example', name, NULL FROM unnest($1::text[]) WITH ORDINALITY AS x(name, n)
         RETURNING id`,
        [names],
      )
    ).rows.map((r) => /** @type {string} */ (r.id));
    const mentors = people.filter((_, i) => i % 2 === 0);
    const mentees = people.filter((_, i) => i % 2 === 1);
    await client.query(
      `INSERT INTO program_member (program_id, user_id, role)
       SELECT $1::uuid, unnest($2::uuid[]), 'mentor' UNION ALL SELECT $1::uuid, unnest($3::uuid[]), 'mentee'`,
      [programId, mentors, mentees],
    );
    const tandems = (
      await client.query(
        `INSERT INTO tandem (program_id, mentor_id, mentee_id, status, created_at)
         SELECT $1, m, e, CASE WHEN n % 10 = 0 THEN 'paused' ELSE 'active' END, now() - interval '50 days'
           FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS x(m, e, n)
         RETURNING id`,
        [programId, mentors, mentees],
      )
    ).rows.map((r) => /** @type {string} */ (r.id));

    // Modules: 20 published (3–5 lessons, one assignment), two drafts at the end.
    const modules = (
      await client.query(
        `INSERT INTO curriculum_module (program_id, title, summary, position, status, published_at, created_by)
         SELECT $1, title, 'Worum es geht: ' || title, n, CASE WHEN n <= $3 THEN 'published' ELSE 'draft' END,
                CASE WHEN n <= $3 THEN now() - interval '40 days' END, $4
           FROM unnest($2::text[]) WITH ORDINALITY AS x(title, n)
         RETURNING id, position`,
        [programId, [...TOPICS, 'Entwurf: KI-Werkzeuge', 'Entwurf: Abschlussfest'], PROGRESS_BENCH.modules, coordinator.id],
      )
    ).rows.sort((a, b) => a.position - b.position);
    await client.query(
      `INSERT INTO curriculum_lesson (module_id, title, body, estimated_minutes, position)
       SELECT m.id, 'Lektion ' || l, 'Inhalt der Lektion ' || l, 15, l
         FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, n), generate_series(1, 3 + (m.n % 3)::int) l`,
      [modules.map((m) => m.id)],
    );
    await client.query(
      `INSERT INTO curriculum_assignment (module_id, title, instructions, submission_kind, position, created_by)
       SELECT id, 'Praxisaufgabe', 'Setzen Sie das Gelernte gemeinsam um.', 'text', 1, $2 FROM unnest($1::uuid[]) AS m(id)`,
      [modules.map((m) => m.id), coordinator.id],
    );

    // Progress: tandem i is at module reached(i) (0…21, spread evenly; 21: all done). Modules before it: every
    // lesson done by the mentee, the mentor skipped one lesson in every fourth; submission approved.
    // The module it works on: the first lessons done, the submission waiting or sent back.
    await client.query(
      `WITH t AS (
         SELECT t.id, t.mentor_id, t.mentee_id, (row_number() OVER (ORDER BY t.id) * 5 % 22)::int AS reached
           FROM tandem t WHERE t.program_id = $1),
       lessons AS (
         SELECT l.id, l.position, m.position AS module_position
           FROM curriculum_lesson l JOIN curriculum_module m ON m.id = l.module_id WHERE m.program_id = $1 AND m.status = 'published')
       INSERT INTO lesson_completion (lesson_id, user_id, completed_at)
       SELECT l.id, p.user_id, now() - interval '1 day' * (22 - l.module_position)
         FROM t
         CROSS JOIN LATERAL (VALUES (t.mentee_id, false), (t.mentor_id, true)) AS p(user_id, is_mentor)
         JOIN lessons l ON l.module_position < t.reached + 1
        WHERE (l.module_position < t.reached AND NOT (p.is_mentor AND l.module_position % 4 = 0 AND l.position = 2))
           OR (l.module_position = t.reached AND l.position <= 2)`,
      [programId],
    );
    await client.query(
      `WITH t AS (
         SELECT t.id, (row_number() OVER (ORDER BY t.id) * 5 % 22)::int AS reached FROM tandem t WHERE t.program_id = $1)
       INSERT INTO submission (assignment_id, tandem_id, status, version_count, last_submitted_at)
       SELECT a.id, t.id,
              CASE WHEN m.position < t.reached THEN 'approved' WHEN t.reached % 2 = 0 THEN 'submitted' ELSE 'changes_requested' END,
              CASE WHEN m.position < t.reached AND m.position % 3 = 0 THEN 2 ELSE 1 END,
              now() - interval '1 day' * (22 - m.position)
         FROM t JOIN curriculum_module m ON m.program_id = $1 AND m.status = 'published' AND m.position <= t.reached
         JOIN curriculum_assignment a ON a.module_id = m.id`,
      [programId],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
    if (tandems.length !== PROGRESS_BENCH.tandems) throw new Error('progress seed: wrong number of tandems');
    return programId;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
