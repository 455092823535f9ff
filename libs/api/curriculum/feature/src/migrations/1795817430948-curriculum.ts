import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Curriculum, first slice of issue 8: seminar modules, their lessons, lesson completions and the
 * modules' edit history. Length limits mirror the contracts (MODULE_LIMITS, LESSON_LIMITS) so the
 * database refuses what the API would refuse. Never edit a migration that has shipped: add one.
 */
export class Curriculum1795817430948 implements MigrationInterface {
  name = 'Curriculum1795817430948';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE curriculum_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        summary text NOT NULL DEFAULT '',
        learning_goals text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'draft',
        release_at timestamptz,
        prerequisite_module_id uuid REFERENCES curriculum_module(id) ON DELETE SET NULL,
        published_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_curriculum_module_status CHECK (status IN ('draft', 'published')),
        CONSTRAINT ck_curriculum_module_title CHECK (length(btrim(title)) > 0),
        CONSTRAINT ck_curriculum_module_summary CHECK (length(summary) <= 2000),
        CONSTRAINT ck_curriculum_module_goals CHECK (cardinality(learning_goals) <= 20),
        CONSTRAINT ck_curriculum_module_position CHECK (position > 0),
        CONSTRAINT ck_curriculum_module_not_own_prerequisite CHECK (prerequisite_module_id <> id),
        CONSTRAINT ck_curriculum_module_published CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_curriculum_module_program ON curriculum_module (program_id, position)`);
    await q.query(`CREATE INDEX ix_curriculum_module_prerequisite ON curriculum_module (prerequisite_module_id)`);

    await q.query(`
      CREATE TABLE curriculum_lesson (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES curriculum_module(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        body text NOT NULL DEFAULT '',
        video_url varchar(2000),
        estimated_minutes integer,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_curriculum_lesson_title CHECK (length(btrim(title)) > 0),
        CONSTRAINT ck_curriculum_lesson_body CHECK (length(body) <= 50000),
        CONSTRAINT ck_curriculum_lesson_minutes CHECK (estimated_minutes BETWEEN 1 AND 600),
        CONSTRAINT ck_curriculum_lesson_position CHECK (position > 0)
      )`);
    await q.query(`CREATE INDEX ix_curriculum_lesson_module ON curriculum_lesson (module_id, position)`);

    await q.query(`
      CREATE TABLE lesson_completion (
        lesson_id uuid NOT NULL REFERENCES curriculum_lesson(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        completed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (lesson_id, user_id)
      )`);
    // Progress of one person over a program's lessons (the module list) starts from the person.
    await q.query(`CREATE INDEX ix_lesson_completion_user ON lesson_completion (user_id, lesson_id)`);

    await q.query(`
      CREATE TABLE module_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES curriculum_module(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        action varchar(30) NOT NULL,
        lesson_id uuid,
        lesson_title varchar(200),
        changes jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT ck_module_revision_action CHECK (action IN ('created', 'updated', 'published', 'unpublished', 'reordered', 'copied',
          'lesson_created', 'lesson_updated', 'lesson_deleted', 'lessons_reordered'))
      )`);
    await q.query(`CREATE INDEX ix_module_revision_module ON module_revision (module_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE module_revision`);
    await q.query(`DROP TABLE lesson_completion`);
    await q.query(`DROP TABLE curriculum_lesson`);
    await q.query(`DROP TABLE curriculum_module`);
  }
}
