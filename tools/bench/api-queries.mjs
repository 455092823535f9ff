// @ts-check
// The SQL the API runs for the benchmarked routes, for the bare server. The libraries keep theirs
// private (TypeScript, not exported), so this is a copy: bench-api.mjs compares both servers'
// answers before measuring and stops when they differ, so a stale copy cannot go unnoticed.

/** Days without a meeting after which an active tandem counts as quiet (QUIET_TANDEM_DAYS, shared/contracts). */
const QUIET_TANDEM_DAYS = 28;

/** currentTandemIdSql('p.id', '$2') of libs/api/programs/access/src/lib/current-tandem.sql.ts */
const CURRENT_TANDEM_ID = `(SELECT ct.id FROM tandem ct
            WHERE ct.program_id = p.id AND (ct.mentor_id = $2 OR ct.mentee_id = $2)
              AND ct.status IN ('active', 'paused')
            ORDER BY (ct.status = 'active') DESC, ct.created_at DESC
            LIMIT 1)`;

const TANDEM_REF = `json_build_object('id', t.id, 'programId', t.program_id, 'mentorId', t.mentor_id, 'menteeId', t.mentee_id, 'status', t.status)`;

/**
 * ProgramAccessRepository.standingOf (libs/api/programs/access): roles, current tandem and whether the
 * program is archived; no row for an unknown program. Params programId, userId.
 */
export const STANDING_OF = `SELECT COALESCE((SELECT array_agg(m.role::text ORDER BY m.role) FROM program_member m
                         WHERE m.program_id = p.id AND m.user_id = $2), '{}') AS roles,
              (SELECT ${TANDEM_REF} FROM tandem t WHERE t.id = ${CURRENT_TANDEM_ID}) AS "currentTandem",
              p.archived_at IS NOT NULL AS archived
         FROM program p WHERE p.id = $1`;

/**
 * TandemsRepository.listTandems (libs/api/programs/feature); params programId, then null for staff,
 * else the partner's id and whether she holds the mentor and the mentee role.
 */
export const LIST_TANDEMS = `
  SELECT t.id, t.program_id AS "programId", t.status, t.end_reason AS "endReason", t.goals,
         t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.ended_at AS "endedAt",
         json_build_object('userId', mu.id, 'displayName', mu.display_name, 'email', mu.email::text) AS mentor,
         json_build_object('userId', eu.id, 'displayName', eu.display_name, 'email', eu.email::text) AS mentee,
         to_char(lm.last_on, 'YYYY-MM-DD') AS "lastMeetingOn",
         lm.n AS "meetingCount",
         (t.status = 'active' AND (lm.last_on IS NULL OR lm.last_on < current_date - ${QUIET_TANDEM_DAYS})) AS quiet
    FROM tandem t
    JOIN app_user mu ON mu.id = t.mentor_id
    JOIN app_user eu ON eu.id = t.mentee_id
    LEFT JOIN LATERAL (SELECT max(tm.date) AS last_on, count(*)::int AS n
                         FROM tandem_meeting tm WHERE tm.tandem_id = t.id) lm ON true
        WHERE t.program_id = $1
          AND ($2::uuid IS NULL OR (t.mentor_id = $2 AND $3::boolean) OR (t.mentee_id = $2 AND $4::boolean))
        ORDER BY (t.status = 'ended'), mu.display_name, t.created_at`;

/** AccountsRepository.findById (libs/api/identity/accounts): every column of the account. */
export const FIND_USER = `SELECT id, email::text AS email, display_name AS "displayName", password_hash AS "passwordHash",
  is_admin AS "isAdmin", active, deactivated_at AS "deactivatedAt", last_seen_at AS "lastSeenAt",
  created_at AS "createdAt", updated_at AS "updatedAt"
  FROM app_user WHERE id = $1`;

/** currentTandemsSql('$1') of libs/api/programs/access/src/lib/current-tandem.sql.ts */
const CURRENT_TANDEMS = `(SELECT DISTINCT ON (side.person_id) side.person_id, side.tandem_id
             FROM (SELECT ct.mentor_id AS person_id, ct.id AS tandem_id, ct.status, ct.created_at
                     FROM tandem ct WHERE ct.program_id = $1 AND ct.status IN ('active', 'paused')
                   UNION ALL
                   SELECT ct.mentee_id, ct.id, ct.status, ct.created_at
                     FROM tandem ct WHERE ct.program_id = $1 AND ct.status IN ('active', 'paused')) side
            ORDER BY side.person_id, (side.status = 'active') DESC, side.created_at DESC)`;

/** currentTandemIdSql('$1', '$2') of libs/api/programs/access/src/lib/current-tandem.sql.ts */
const CURRENT_TANDEM_OF_CALLER = `(SELECT ct.id FROM tandem ct
            WHERE ct.program_id = $1 AND (ct.mentor_id = $2 OR ct.mentee_id = $2)
              AND ct.status IN ('active', 'paused')
            ORDER BY (ct.status = 'active') DESC, ct.created_at DESC
            LIMIT 1)`;

/**
 * ModulesRepository.listModules (libs/api/curriculum/feature/src/lib/modules.repository.ts,
 * MODULE_COLUMNS inlined): the program's modules in order with lesson counts, minutes, the
 * caller's completed lessons, assignments and those approved for her current tandem.
 * Params programId, userId, includeDrafts (staff).
 */
export const LIST_MODULES = `SELECT m.id, m.program_id AS "programId", m.title, m.summary, m.learning_goals AS "learningGoals", m.position,
  m.status, m.release_at AS "releaseAt", m.prerequisite_module_id AS "prerequisiteModuleId", m.published_at AS "publishedAt",
  m.created_at AS "createdAt", m.updated_at AS "updatedAt",
              COALESCE(s.lesson_count, 0)::int AS "lessonCount",
              COALESCE(s.minutes, 0)::int AS "estimatedMinutes",
              COALESCE(s.completed, 0)::int AS "lessonsCompleted",
              COALESCE(a.assignment_count, 0)::int AS "assignmentCount",
              COALESCE(a.approved, 0)::int AS "assignmentsApproved"
         FROM curriculum_module m
         LEFT JOIN (
           SELECT l.module_id, count(*) AS lesson_count, sum(l.estimated_minutes) AS minutes, count(c.lesson_id) AS completed
             FROM curriculum_lesson l
             JOIN curriculum_module mm ON mm.id = l.module_id AND mm.program_id = $1
             LEFT JOIN lesson_completion c ON c.lesson_id = l.id AND c.user_id = $2
            GROUP BY l.module_id
         ) s ON s.module_id = m.id
         LEFT JOIN (
           SELECT ca.module_id, count(*) AS assignment_count, count(sub.id) AS approved
             FROM curriculum_assignment ca
             JOIN curriculum_module mm ON mm.id = ca.module_id AND mm.program_id = $1
             LEFT JOIN submission sub ON sub.assignment_id = ca.id AND sub.status = 'approved'
                   AND sub.tandem_id = ${CURRENT_TANDEM_OF_CALLER}
            GROUP BY ca.module_id
         ) a ON a.module_id = m.id
        WHERE m.program_id = $1 AND ($3 OR m.status = 'published')
        ORDER BY m.position, m.created_at, m.id`;

/** ProgressRepository.publishedModules (libs/api/curriculum/feature/src/lib/progress.repository.ts). Param programId. */
export const PROGRESS_MODULES = `SELECT m.id, m.title, m.position,
              (SELECT count(*) FROM curriculum_lesson l WHERE l.module_id = m.id)::int AS "lessonCount",
              (SELECT count(*) FROM curriculum_assignment a WHERE a.module_id = m.id)::int AS "assignmentCount"
         FROM curriculum_module m
        WHERE m.program_id = $1 AND m.status = 'published'
        ORDER BY m.position, m.created_at, m.id`;

/**
 * ProgressRepository.matrix: every mentor and mentee in scope with her completed lessons and her
 * current tandem's approved submissions per module, as arrays in the order of the given module ids.
 * Params programId, moduleIds, userIds (null: everyone), tandemId (null: any).
 */
export const PROGRESS_MATRIX = `WITH mods AS (
         SELECT id, ord FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)
       ),
       scoped AS (
         SELECT * FROM (
           SELECT pm.user_id, pm.role, u.display_name, ct.tandem_id
             FROM program_member pm
             JOIN app_user u ON u.id = pm.user_id
             LEFT JOIN ${CURRENT_TANDEMS} ct ON ct.person_id = pm.user_id
            WHERE pm.program_id = $1 AND pm.role IN ('mentor', 'mentee')
              AND ($3::uuid[] IS NULL OR pm.user_id = ANY($3::uuid[]))
         ) people
         WHERE $4::uuid IS NULL OR tandem_id = $4::uuid
       ),
       done AS (
         SELECT c.user_id, l.module_id, count(*)::int AS n
           FROM curriculum_lesson l
           JOIN lesson_completion c ON c.lesson_id = l.id
          WHERE l.module_id = ANY($2::uuid[])
            AND (($3::uuid[] IS NULL AND $4::uuid IS NULL) OR c.user_id IN (SELECT user_id FROM scoped))
          GROUP BY c.user_id, l.module_id
       ),
       approved AS (
         SELECT s.tandem_id, a.module_id, count(*)::int AS n
           FROM curriculum_assignment a
           JOIN submission s ON s.assignment_id = a.id AND s.status = 'approved'
          WHERE a.module_id = ANY($2::uuid[])
            AND (($3::uuid[] IS NULL AND $4::uuid IS NULL) OR s.tandem_id IN (SELECT tandem_id FROM scoped))
          GROUP BY s.tandem_id, a.module_id
       )
       SELECT p.user_id AS "userId", p.display_name AS "displayName", p.role, p.tandem_id AS "tandemId",
              COALESCE(array_agg(COALESCE(d.n, 0) ORDER BY mods.ord) FILTER (WHERE mods.id IS NOT NULL), '{}') AS lessons,
              COALESCE(array_agg(COALESCE(ap.n, 0) ORDER BY mods.ord) FILTER (WHERE mods.id IS NOT NULL), '{}') AS approved
         FROM scoped p
         LEFT JOIN mods ON true
         LEFT JOIN done d ON d.user_id = p.user_id AND d.module_id = mods.id
         LEFT JOIN approved ap ON ap.tandem_id = p.tandem_id AND ap.module_id = mods.id
        GROUP BY p.user_id, p.display_name, p.role, p.tandem_id
        ORDER BY p.display_name, p.user_id`;
