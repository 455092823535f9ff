// @ts-check
// The room of `npm run bench:live`: one program with a trainer and N mentees, and a live session
// that is live now, written with plain SQL (well under a second for 5,000 people).
import pg from 'pg';

/**
 * @param {string} databaseUrl
 * @param {number} people mentees of the program (the room's clients and the idle sockets' owners)
 * @returns {Promise<{ programId: string, sessionId: string, trainer: { id: string, email: string }, people: { id: string, email: string }[] }>}
 */
export async function seedLiveRoom(databaseUrl, people) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const {
      rows: [program],
    } = await client.query(
      `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ('Bench: Live-Seminar', 'reverse', current_date, current_date + 180) RETURNING id`,
    );
    const { rows: users } = await client.query(
      `INSERT INTO app_user (email, display_name, is_admin)
       SELECT 'live-bench-' || i || '@bench.example', CASE WHEN i = 0 THEN 'Trainerin Bench' ELSE 'Mentee ' || i END, false
         FROM generate_series(0, $1::int) AS i
       ORDER BY i
       RETURNING id, email`,
      [people],
    );
    const [trainer, ...mentees] = users;
    await client.query(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, 'trainer')`, [program.id, trainer.id]);
    await client.query(`INSERT INTO program_member (program_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'mentee'`, [
      program.id,
      mentees.map((m) => m.id),
    ]);
    const {
      rows: [session],
    } = await client.query(
      `INSERT INTO live_session (program_id, title, starts_at, duration_minutes, status, started_at, created_by)
       VALUES ($1, 'Bench: Chat mit ${people} Teilnehmenden', now() - interval '5 minutes', 120, 'live', now(), $2) RETURNING id`,
      [program.id, trainer.id],
    );
    await client.query(`INSERT INTO live_session_trainer (session_id, user_id) VALUES ($1, $2)`, [session.id, trainer.id]);
    await client.query('COMMIT');
    return { programId: program.id, sessionId: session.id, trainer, people: mentees };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
