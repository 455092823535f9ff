/**
 * The one definition of "her current tandem": the person's active tandem in the program, else her
 * latest paused one (ended tandems never count). A scalar SQL subquery yielding the tandem's id or
 * NULL, for every query that needs it (here and in the programs feature's lists).
 *
 * Both arguments are SQL expressions, never values: a placeholder (`'$1'`) or a column (`'u.id'`).
 */
export function currentTandemIdSql(programId: string, personId: string): string {
  return `(SELECT ct.id FROM tandem ct
            WHERE ct.program_id = ${programId} AND (ct.mentor_id = ${personId} OR ct.mentee_id = ${personId})
              AND ct.status IN ('active', 'paused')
            ORDER BY (ct.status = 'active') DESC, ct.created_at DESC
            LIMIT 1)`;
}

/**
 * The same definition for everyone of a program at once: a derived table of rows
 * `(person_id, tandem_id)`, one per person with a current tandem — one pass over the program's
 * tandems instead of one lookup per person (the progress matrix of hundreds of people). Must agree
 * with currentTandemIdSql: the same statuses, the same order (active first, then the latest).
 *
 * `programId` is an SQL expression (a placeholder such as `'$1'`), never a value.
 */
export function currentTandemsSql(programId: string): string {
  return `(SELECT DISTINCT ON (side.person_id) side.person_id, side.tandem_id
             FROM (SELECT ct.mentor_id AS person_id, ct.id AS tandem_id, ct.status, ct.created_at
                     FROM tandem ct WHERE ct.program_id = ${programId} AND ct.status IN ('active', 'paused')
                   UNION ALL
                   SELECT ct.mentee_id, ct.id, ct.status, ct.created_at
                     FROM tandem ct WHERE ct.program_id = ${programId} AND ct.status IN ('active', 'paused')) side
            ORDER BY side.person_id, (side.status = 'active') DESC, side.created_at DESC)`;
}
