import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Curriculum's first table. The length limit mirrors the contracts (CURRICULUM_ITEM_LIMITS) so
 * the database refuses what the API would refuse. Never edit a migration that has shipped: add one.
 */
export class Curriculum1795817430948 implements MigrationInterface {
  name = 'Curriculum1795817430948';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE curriculum_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_curriculum_item_title UNIQUE (program_id, title)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE curriculum_item`);
  }
}
