import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session is one login on one device (issue 7): what "Sitzungen" lists and what logout, password
 * change and deactivation end. Until now a session was only implied by refresh_session.family_id;
 * each existing family becomes a session row (ended unless it still has a usable token), and the
 * family id becomes a reference to it. Access tokens carry the session id (`sid`).
 */
export class AuthSession1700000007120 implements MigrationInterface {
  name = 'AuthSession1700000007120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        user_agent varchar(300)
      )`);
    await q.query(`
      INSERT INTO auth_session (id, user_id, created_at, last_used_at, ended_at, user_agent)
      SELECT family_id,
             (array_agg(user_id))[1],
             min(created_at),
             max(created_at),
             CASE WHEN bool_or(used_at IS NULL AND revoked_at IS NULL AND expires_at > now()) THEN NULL
                  ELSE COALESCE(max(revoked_at), now()) END,
             (array_agg(user_agent ORDER BY created_at DESC))[1]
        FROM refresh_session
       GROUP BY family_id`);
    await q.query(`
      ALTER TABLE refresh_session
        ADD CONSTRAINT fk_refresh_session_session FOREIGN KEY (family_id) REFERENCES auth_session(id) ON DELETE CASCADE`);
    // A person's live sessions ("Sitzungen", end all); sessions ended lately (rebuilding the Redis list).
    await q.query(`CREATE INDEX ix_auth_session_user_live ON auth_session (user_id) WHERE ended_at IS NULL`);
    await q.query(`CREATE INDEX ix_auth_session_ended ON auth_session (ended_at) WHERE ended_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_session DROP CONSTRAINT fk_refresh_session_session`);
    await q.query(`DROP TABLE auth_session`);
  }
}
