import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archived programs (issue 7): the moment an admin archived the program, NULL while it is not.
 * One column answers both "is it archived" and "since when".
 */
export class ProgramArchive1700000007200 implements MigrationInterface {
  name = 'ProgramArchive1700000007200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE program ADD COLUMN archived_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE program DROP COLUMN archived_at`);
  }
}
