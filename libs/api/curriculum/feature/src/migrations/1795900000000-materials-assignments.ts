import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Curriculum, second slice of issue 8: materials (files of a module), assignments, the tandems'
 * submissions with every version, the files tandems hand in, and the review thread. Files live in
 * the storage (local disk or S3) under `storage_key`; rows only describe them. Length limits mirror
 * the contracts (ASSIGNMENT_LIMITS). Never edit a migration that has shipped: add one.
 */
export class MaterialsAssignments1795900000000 implements MigrationInterface {
  name = 'MaterialsAssignments1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE curriculum_material (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES curriculum_module(id) ON DELETE CASCADE,
        file_name varchar(200) NOT NULL,
        content_type varchar(120) NOT NULL,
        kind varchar(20) NOT NULL,
        size_bytes bigint NOT NULL,
        page_count integer,
        storage_key varchar(300) NOT NULL UNIQUE,
        position integer NOT NULL,
        uploaded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_curriculum_material_kind CHECK (kind IN ('pdf','image','document','presentation','spreadsheet')),
        CONSTRAINT ck_curriculum_material_size CHECK (size_bytes >= 0),
        CONSTRAINT ck_curriculum_material_pages CHECK (page_count IS NULL OR page_count > 0),
        CONSTRAINT ck_curriculum_material_position CHECK (position > 0)
      )`);
    await q.query(`CREATE INDEX ix_curriculum_material_module ON curriculum_material (module_id, position)`);

    await q.query(`
      CREATE TABLE curriculum_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES curriculum_module(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        instructions text NOT NULL DEFAULT '',
        due_at timestamptz,
        submission_kind varchar(10) NOT NULL DEFAULT 'text',
        position integer NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_curriculum_assignment_title CHECK (length(btrim(title)) > 0),
        CONSTRAINT ck_curriculum_assignment_instructions CHECK (length(instructions) <= 20000),
        CONSTRAINT ck_curriculum_assignment_kind CHECK (submission_kind IN ('text','links','files')),
        CONSTRAINT ck_curriculum_assignment_position CHECK (position > 0)
      )`);
    await q.query(`CREATE INDEX ix_curriculum_assignment_module ON curriculum_assignment (module_id, position)`);

    // One submission per assignment and tandem; its versions and reviews hang below it.
    await q.query(`
      CREATE TABLE submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES curriculum_assignment(id) ON DELETE CASCADE,
        tandem_id uuid NOT NULL REFERENCES tandem(id) ON DELETE CASCADE,
        status varchar(20) NOT NULL DEFAULT 'submitted',
        version_count integer NOT NULL DEFAULT 1,
        last_submitted_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_submission_assignment_tandem UNIQUE (assignment_id, tandem_id),
        CONSTRAINT ck_submission_status CHECK (status IN ('submitted','changes_requested','approved')),
        CONSTRAINT ck_submission_versions CHECK (version_count > 0)
      )`);
    await q.query(`CREATE INDEX ix_submission_tandem ON submission (tandem_id, assignment_id)`);
    // The review queue and the digest: waiting submissions, oldest first.
    await q.query(`CREATE INDEX ix_submission_waiting ON submission (last_submitted_at) WHERE status = 'submitted'`);

    await q.query(`
      CREATE TABLE submission_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        number integer NOT NULL,
        text text NOT NULL DEFAULT '',
        links text[] NOT NULL DEFAULT '{}',
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        late boolean NOT NULL DEFAULT false,
        CONSTRAINT uq_submission_version_number UNIQUE (submission_id, number),
        CONSTRAINT ck_submission_version_text CHECK (length(text) <= 20000),
        CONSTRAINT ck_submission_version_links CHECK (cardinality(links) <= 10)
      )`);

    // Files a tandem uploaded for an assignment; attached to versions (a file may stay in several).
    await q.query(`
      CREATE TABLE submission_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES curriculum_assignment(id) ON DELETE CASCADE,
        tandem_id uuid NOT NULL REFERENCES tandem(id) ON DELETE CASCADE,
        file_name varchar(200) NOT NULL,
        content_type varchar(120) NOT NULL,
        kind varchar(20) NOT NULL,
        size_bytes bigint NOT NULL,
        page_count integer,
        storage_key varchar(300) NOT NULL UNIQUE,
        uploaded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_submission_file_kind CHECK (kind IN ('pdf','image','document','presentation','spreadsheet')),
        CONSTRAINT ck_submission_file_size CHECK (size_bytes >= 0)
      )`);
    await q.query(`CREATE INDEX ix_submission_file_tandem ON submission_file (assignment_id, tandem_id)`);

    await q.query(`
      CREATE TABLE submission_version_file (
        version_id uuid NOT NULL REFERENCES submission_version(id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES submission_file(id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (version_id, file_id)
      )`);
    await q.query(`CREATE INDEX ix_submission_version_file_file ON submission_version_file (file_id)`);

    await q.query(`
      CREATE TABLE submission_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        version_number integer NOT NULL,
        reviewer_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decision varchar(20) NOT NULL,
        feedback text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT ck_submission_review_decision CHECK (decision IN ('approved','changes_requested')),
        CONSTRAINT ck_submission_review_feedback CHECK (length(feedback) <= 10000),
        CONSTRAINT ck_submission_review_feedback_needed CHECK (decision = 'approved' OR length(btrim(feedback)) > 0)
      )`);
    await q.query(`CREATE INDEX ix_submission_review_submission ON submission_review (submission_id, created_at)`);

    // The history names materials and assignments too (in the lesson columns: id and title of the item).
    await q.query(`ALTER TABLE module_revision DROP CONSTRAINT ck_module_revision_action`);
    await q.query(`
      ALTER TABLE module_revision ADD CONSTRAINT ck_module_revision_action CHECK (action IN ('created', 'updated', 'published',
        'unpublished', 'reordered', 'copied', 'lesson_created', 'lesson_updated', 'lesson_deleted', 'lessons_reordered',
        'material_added', 'material_deleted', 'assignment_created', 'assignment_updated', 'assignment_deleted'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM module_revision WHERE action IN ('material_added', 'material_deleted', 'assignment_created',
      'assignment_updated', 'assignment_deleted')`);
    await q.query(`ALTER TABLE module_revision DROP CONSTRAINT ck_module_revision_action`);
    await q.query(`
      ALTER TABLE module_revision ADD CONSTRAINT ck_module_revision_action CHECK (action IN ('created', 'updated', 'published',
        'unpublished', 'reordered', 'copied', 'lesson_created', 'lesson_updated', 'lesson_deleted', 'lessons_reordered'))`);
    await q.query(`DROP TABLE submission_review`);
    await q.query(`DROP TABLE submission_version_file`);
    await q.query(`DROP TABLE submission_file`);
    await q.query(`DROP TABLE submission_version`);
    await q.query(`DROP TABLE submission`);
    await q.query(`DROP TABLE curriculum_assignment`);
    await q.query(`DROP TABLE curriculum_material`);
  }
}
