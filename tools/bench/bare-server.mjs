#!/usr/bin/env node
// @ts-check
// The baseline of `npm run bench:api`: bare Fastify + pg answering the benchmarked routes with the
// API's own SQL (api-queries.mjs), the same pool size and the same JSON, and the same session check
// (one Redis MGET, as EndedSessions in libs/api/platform/auth does), and nothing else: no signature
// check (the caller is read from the token's payload unverified), no logs, no middleware.
//
//   DATABASE_URL=postgres://… REDIS_URL=redis://… REDIS_PREFIX=… PORT=3101 node tools/bench/bare-server.mjs
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import pg from 'pg';
import { FIND_USER, LIST_MODULES, LIST_TANDEMS, PROGRESS_MATRIX, PROGRESS_MODULES, STANDING_OF } from './api-queries.mjs';

// The API's TypeORM pool (libs/api/platform/database: extra.max).
const POOL_SIZE = 10;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE, application_name: 'ecampus-bench-bare' });
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const prefix = process.env.REDIS_PREFIX ?? 'ecampus';
const app = Fastify({ logger: false });

/**
 * The caller named by `Authorization: Bearer <jwt>` if her session has not ended (the API's MGET
 * of the list's marker and the session's key), signature not checked; null otherwise.
 * @param {string | undefined} header
 * @returns {Promise<{ id: string, isAdmin: boolean } | null>}
 */
async function caller(header) {
  const payload = header?.split(' ')[1]?.split('.')[1];
  if (!payload) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const [, ended] = await redis.mget(`${prefix}:auth:ended-list`, `${prefix}:auth:ended:${claims.sid}`);
  return ended === null ? { id: claims.sub, isAdmin: claims.adm === true } : null;
}

app.get('/api/health', async () => ({ status: 'ok' }));

/**
 * The caller and her standing in the route's program (ProgramAccessService.accessOf): 401 without
 * a live session, 404 when she may not know the program (the answer is sent, null returned).
 * @param {import('fastify').FastifyRequest} req
 * @param {import('fastify').FastifyReply} reply
 * @returns {Promise<{ who: { id: string, isAdmin: boolean }, programId: string, roles: string[], staff: boolean,
 *   currentTandem: { mentorId: string, menteeId: string } | null } | null>}
 */
async function inProgram(req, reply) {
  const who = await caller(req.headers.authorization);
  if (!who) {
    reply.code(401).send({ statusCode: 401 });
    return null;
  }
  const { programId } = /** @type {{ programId: string }} */ (req.params);
  const standing = (await pool.query(STANDING_OF, [programId, who.id])).rows[0];
  /** @type {string[]} */
  const roles = standing?.roles ?? [];
  if (!standing || (roles.length === 0 && !who.isAdmin)) {
    reply.code(404).send({ statusCode: 404 });
    return null;
  }
  return {
    who,
    programId,
    roles,
    staff: who.isAdmin || roles.includes('coordinator') || roles.includes('trainer'),
    currentTandem: standing.currentTandem,
  };
}

// ProgramsController.listTandems → TandemsService.listTandems (ProgramAccessService.accessOf, then the list).
app.get('/api/programs/:programId/tandems', async (req, reply) => {
  const member = await inProgram(req, reply);
  // The answer (401, 404) is sent already.
  if (!member) return reply;
  const { who, programId, roles, staff } = member;
  const partner = staff ? [null, false, false] : [who.id, roles.includes('mentor'), roles.includes('mentee')];
  const rows = (await pool.query(LIST_TANDEMS, [programId, ...partner])).rows;
  // The API maps rows with toTandem (programs.mapper.ts): the same fields, dates as ISO strings,
  // which JSON.stringify gives a Date too; only the key order differs.
  return { items: rows, total: rows.length };
});

/**
 * @typedef {{ id: string, title: string, status: string, releaseAt: Date | null, prerequisiteModuleId: string | null,
 *   publishedAt: Date | null, createdAt: Date, updatedAt: Date, lessonCount: number, lessonsCompleted: number,
 *   assignmentCount: number, assignmentsApproved: number }} ModuleRow
 * @typedef {{ lessonCount: number, lessonsCompleted: number, assignmentCount: number, assignmentsApproved: number }} ModuleCounts
 */

/**
 * moduleCompleted of libs/api/curriculum/feature/src/lib/curriculum.rules.ts.
 * @param {ModuleCounts} m
 */
const completed = (m) =>
  m.lessonCount + m.assignmentCount > 0 && m.lessonsCompleted >= m.lessonCount && m.assignmentsApproved >= m.assignmentCount;

/**
 * lockOf of libs/api/curriculum/feature/src/lib/curriculum.rules.ts: release date ahead, or a
 * published prerequisite with something to do that the caller has not completed; staff never.
 * @param {ModuleRow} row
 * @param {ModuleRow[]} rows
 * @param {boolean} staff
 */
function lockOf(row, rows, staff) {
  if (staff) return null;
  const releaseAt = row.releaseAt && row.releaseAt.getTime() > Date.now() ? row.releaseAt.toISOString() : null;
  const pre = row.prerequisiteModuleId ? rows.find((m) => m.id === row.prerequisiteModuleId && m.status === 'published') : undefined;
  const prerequisite = pre && pre.lessonCount + pre.assignmentCount > 0 && !completed(pre) ? { id: pre.id, title: pre.title } : null;
  return releaseAt || prerequisite ? { releaseAt, prerequisite } : null;
}

// ProgramModulesController.list → ModulesService.listModules (@ProgramRoles(): accessOf, then the list, toModuleSummary).
app.get('/api/programs/:programId/modules', async (req, reply) => {
  const member = await inProgram(req, reply);
  // The answer (401, 404) is sent already.
  if (!member) return reply;
  const { who, programId, staff } = member;
  /** @type {ModuleRow[]} */
  const rows = (await pool.query(LIST_MODULES, [programId, who.id, staff])).rows;
  const items = rows.map((row) => {
    const { lessonsCompleted, assignmentCount, assignmentsApproved, ...m } = row;
    return {
      ...m,
      lock: lockOf(row, rows, staff),
      progress: { lessonsCompleted, lessonCount: m.lessonCount, assignmentsApproved, assignmentCount, completed: completed(row) },
    };
  });
  // Dates become ISO strings in JSON, as toModuleSummary's toISOString(); key order differs only.
  return { items, total: items.length };
});

/**
 * @typedef {{ id: string, title: string, position: number, lessonCount: number, assignmentCount: number }} ProgressModule
 * @typedef {{ userId: string, displayName: string, role: 'mentor' | 'mentee', tandemId: string | null, lessons: number[],
 *   approved: number[] }} ProgressPerson
 * @typedef {{ userId: string, displayName: string, role: 'mentor' | 'mentee', tandemId: string | null,
 *   cells: { moduleId: string, lessonsCompleted: number, assignmentsApproved: number, completed: boolean }[],
 *   modulesCompleted: number }} ProgressRow
 */

// ProgressController.get → ProgressService.matrix (@ProgramRoles(): accessOf; the module columns, the matrix, toProgressMatrix).
// Without ?tandemId (the bench's call): the tandem check of the API runs only with one.
app.get('/api/programs/:programId/progress', async (req, reply) => {
  const member = await inProgram(req, reply);
  // The answer (401, 404) is sent already.
  if (!member) return reply;
  const { who, programId, staff, currentTandem } = member;
  const partner = currentTandem ? (currentTandem.mentorId === who.id ? currentTandem.menteeId : currentTandem.mentorId) : null;
  const userIds = staff ? null : partner ? [who.id, partner] : [who.id];
  /** @type {ProgressModule[]} */
  const modules = (await pool.query(PROGRESS_MODULES, [programId])).rows;
  /** @type {ProgressPerson[]} */
  const people = (await pool.query(PROGRESS_MATRIX, [programId, modules.map((m) => m.id), userIds, null])).rows;
  // toProgressMatrix of libs/api/curriculum/feature/src/lib/progress.service.ts.
  /** @type {ProgressRow[]} */
  const rows = people.map((p) => {
    let modulesCompleted = 0;
    const cells = modules.map((m, i) => {
      const lessonsCompleted = p.lessons[i] ?? 0;
      const assignmentsApproved = p.approved[i] ?? 0;
      const done = completed({ lessonCount: m.lessonCount, lessonsCompleted, assignmentCount: m.assignmentCount, assignmentsApproved });
      if (done) modulesCompleted += 1;
      return { moduleId: m.id, lessonsCompleted, assignmentsApproved, completed: done };
    });
    return { userId: p.userId, displayName: p.displayName, role: p.role, tandemId: p.tandemId, cells, modulesCompleted };
  });
  /** @type {Map<string, { mentor?: ProgressRow, mentee?: ProgressRow }>} */
  const sides = new Map();
  for (const row of rows) {
    if (!row.tandemId) continue;
    const pair = sides.get(row.tandemId) ?? {};
    pair[row.role] = row;
    sides.set(row.tandemId, pair);
  }
  const tandems = [];
  for (const [tandemId, { mentor, mentee }] of sides) {
    if (!mentor || !mentee) continue;
    tandems.push({
      tandemId,
      mentor: { userId: mentor.userId, displayName: mentor.displayName },
      mentee: { userId: mentee.userId, displayName: mentee.displayName },
      modulesCompletedByBoth: mentor.cells.filter((c, i) => c.completed && mentee.cells[i].completed).length,
    });
  }
  return { programId, modules, rows, tandems };
});

// MeController.me → IdentityService.me → AccountsService.findById (toUserAccount).
app.get('/api/me', async (req, reply) => {
  const who = await caller(req.headers.authorization);
  if (!who) return reply.code(401).send({ statusCode: 401 });
  const row = (await pool.query(FIND_USER, [who.id])).rows[0];
  if (!row) return reply.code(401).send({ statusCode: 401 });
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    isAdmin: row.isAdmin,
  };
});

const stop = async () => {
  await app.close();
  await pool.end();
  redis.disconnect();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3101) });
process.stdout.write(`bare server on port ${process.env.PORT ?? 3101}\n`);
