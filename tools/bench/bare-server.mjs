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
import { FIND_USER, LIST_MODULES, LIST_TANDEMS, STANDING_OF } from './api-queries.mjs';

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
 * @returns {Promise<{ who: { id: string, isAdmin: boolean }, programId: string, roles: string[], staff: boolean } | null>}
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
  return { who, programId, roles, staff: who.isAdmin || roles.includes('coordinator') || roles.includes('trainer') };
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
 *   publishedAt: Date | null, createdAt: Date, updatedAt: Date, lessonCount: number, lessonsCompleted: number }} ModuleRow
 */
const completed = (/** @type {ModuleRow} */ m) => m.lessonCount > 0 && m.lessonsCompleted >= m.lessonCount;

/**
 * lockOf of libs/api/curriculum/feature/src/lib/curriculum.rules.ts: release date ahead, or a
 * published prerequisite with lessons the caller has not completed; staff never.
 * @param {ModuleRow} row
 * @param {ModuleRow[]} rows
 * @param {boolean} staff
 */
function lockOf(row, rows, staff) {
  if (staff) return null;
  const releaseAt = row.releaseAt && row.releaseAt.getTime() > Date.now() ? row.releaseAt.toISOString() : null;
  const pre = row.prerequisiteModuleId ? rows.find((m) => m.id === row.prerequisiteModuleId && m.status === 'published') : undefined;
  const prerequisite = pre && pre.lessonCount > 0 && !completed(pre) ? { id: pre.id, title: pre.title } : null;
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
    const { lessonsCompleted, ...m } = row;
    return { ...m, lock: lockOf(row, rows, staff), progress: { lessonsCompleted, lessonCount: m.lessonCount, completed: completed(row) } };
  });
  // Dates become ISO strings in JSON, as toModuleSummary's toISOString(); key order differs only.
  return { items, total: items.length };
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
