import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programs, roles per program, participant profiles, tandems and the tandem meeting log (issue 3).
 * Length limits mirror the zod contracts so the database refuses what the API would refuse.
 */
export class Programs1700000002000 implements MigrationInterface {
  name = 'Programs1700000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE program (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        mode varchar(20) NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'draft',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        application_deadline date,
        free_of_charge boolean NOT NULL DEFAULT true,
        time_commitment varchar(2000) NOT NULL DEFAULT '',
        contact_name varchar(120) NOT NULL DEFAULT '',
        contact_email varchar(254),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_program_mode CHECK (mode IN ('reverse','classic')),
        CONSTRAINT ck_program_status CHECK (status IN ('draft','open','running','finished')),
        CONSTRAINT ck_program_dates CHECK (ends_on >= starts_on),
        CONSTRAINT ck_program_deadline CHECK (application_deadline IS NULL OR application_deadline <= starts_on),
        CONSTRAINT ck_program_description_len CHECK (char_length(description) <= 20000)
      )`);

    // One row per (program, person, role): a person may hold several roles in one program.
    await q.query(`
      CREATE TABLE program_member (
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role varchar(20) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (program_id, user_id, role),
        CONSTRAINT ck_program_member_role CHECK (role IN ('coordinator','trainer','mentor','mentee'))
      )`);
    await q.query(`CREATE INDEX ix_program_member_user ON program_member (user_id, program_id)`);

    await q.query(`
      CREATE TABLE program_profile (
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        municipality varchar(120),
        bundesland char(2),
        postal_code char(5),
        office varchar(120),
        channels text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (program_id, user_id),
        CONSTRAINT ck_program_profile_bundesland CHECK (bundesland IS NULL OR bundesland IN
          ('BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH')),
        CONSTRAINT ck_program_profile_postal_code CHECK (postal_code IS NULL OR postal_code ~ '^[0-9]{5}$'),
        CONSTRAINT ck_program_profile_channels CHECK (channels <@ ARRAY['facebook','instagram','x','linkedin','blog','homepage','newsletter']::text[])
      )`);

    await q.query(`
      CREATE TABLE tandem (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        mentee_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        status varchar(20) NOT NULL DEFAULT 'active',
        end_reason varchar(1000),
        goals text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        CONSTRAINT ck_tandem_status CHECK (status IN ('active','paused','ended')),
        CONSTRAINT ck_tandem_two_people CHECK (mentor_id <> mentee_id),
        CONSTRAINT ck_tandem_goals_len CHECK (char_length(goals) <= 5000),
        CONSTRAINT ck_tandem_end_reason CHECK ((status = 'ended') = (end_reason IS NOT NULL))
      )`);
    // At most one active tandem per person and program, also under concurrent requests.
    // A person is mentor or mentee in a program, never both, so one index per side suffices.
    await q.query(`CREATE UNIQUE INDEX uq_tandem_active_mentor ON tandem (program_id, mentor_id) WHERE status = 'active'`);
    await q.query(`CREATE UNIQUE INDEX uq_tandem_active_mentee ON tandem (program_id, mentee_id) WHERE status = 'active'`);
    await q.query(`CREATE INDEX ix_tandem_program ON tandem (program_id, created_at)`);
    await q.query(`CREATE INDEX ix_tandem_mentor ON tandem (mentor_id)`);
    await q.query(`CREATE INDEX ix_tandem_mentee ON tandem (mentee_id)`);

    await q.query(`
      CREATE TABLE tandem_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tandem_id uuid NOT NULL REFERENCES tandem(id) ON DELETE CASCADE,
        date date NOT NULL,
        format varchar(20) NOT NULL,
        duration_minutes integer NOT NULL,
        notes text NOT NULL DEFAULT '',
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_tandem_meeting_format CHECK (format IN ('in_person','online','shadowing')),
        CONSTRAINT ck_tandem_meeting_duration CHECK (duration_minutes BETWEEN 1 AND 1440),
        CONSTRAINT ck_tandem_meeting_notes_len CHECK (char_length(notes) <= 5000)
      )`);
    await q.query(`CREATE INDEX ix_tandem_meeting_tandem_date ON tandem_meeting (tandem_id, date DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tandem_meeting`);
    await q.query(`DROP TABLE tandem`);
    await q.query(`DROP TABLE program_profile`);
    await q.query(`DROP TABLE program_member`);
    await q.query(`DROP TABLE program`);
  }
}
