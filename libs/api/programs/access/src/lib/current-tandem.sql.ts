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
