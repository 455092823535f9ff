#!/usr/bin/env node
// @ts-check
// The baseline of `npm run bench:api`: bare Fastify + pg answering the benchmarked routes with the
// API's own SQL (api-queries.mjs), the same pool size and the same JSON, and nothing else: no token
// check (the caller is read from the token's payload unverified), no logs, no middleware.
//
//   DATABASE_URL=postgres://… PORT=3101 node tools/bench/bare-server.mjs
import Fastify from 'fastify';
import pg from 'pg';
import { FIND_USER, LIST_TANDEMS, PROGRAM_EXISTS, STANDING_OF } from './api-queries.mjs';

// The API's TypeORM pool (libs/api/platform/database: extra.max).
const POOL_SIZE = 10;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE, application_name: 'ecampus-bench-bare' });
const app = Fastify({ logger: false });

/**
 * The caller named by `Authorization: Bearer <jwt>`, signature not checked; null without one.
 * @param {string | undefined} header
 * @returns {{ id: string, isAdmin: boolean } | null}
 */
function caller(header) {
  const payload = header?.split(' ')[1]?.split('.')[1];
  if (!payload) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return { id: claims.sub, isAdmin: claims.adm === true };
}

app.get('/api/health', async () => ({ status: 'ok' }));

// ProgramsController.listTandems → TandemsService.listTandems (ProgramAccessService.accessOf, then the list).
app.get('/api/programs/:programId/tandems', async (req, reply) => {
  const who = caller(req.headers.authorization);
  if (!who) return reply.code(401).send({ statusCode: 401 });
  const { programId } = /** @type {{ programId: string }} */ (req.params);
  const standing = (await pool.query(STANDING_OF, [programId, who.id])).rows[0];
  const roles = standing?.roles ?? [];
  if (roles.length === 0 && (!who.isAdmin || (await pool.query(PROGRAM_EXISTS, [programId])).rows.length === 0)) {
    return reply.code(404).send({ statusCode: 404 });
  }
  const seesAll = who.isAdmin || roles.includes('coordinator') || roles.includes('trainer');
  const rows = (await pool.query(LIST_TANDEMS, [programId, seesAll ? null : who.id])).rows;
  // The API maps rows with toTandem (programs.mapper.ts): the same fields, dates as ISO strings,
  // which JSON.stringify gives a Date too; only the key order differs.
  return { items: rows, total: rows.length };
});

// MeController.me → IdentityService.me → AccountsService.findById (toUserAccount).
app.get('/api/me', async (req, reply) => {
  const who = caller(req.headers.authorization);
  if (!who) return reply.code(401).send({ statusCode: 401 });
  const row = (await pool.query(FIND_USER, [who.id])).rows[0];
  if (!row) return reply.code(401).send({ statusCode: 401 });
  return {
    id: row.UserAccountEntity_id,
    email: row.UserAccountEntity_email,
    displayName: row.UserAccountEntity_display_name,
    isAdmin: row.UserAccountEntity_is_admin,
  };
});

const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3101) });
process.stdout.write(`bare server on port ${process.env.PORT ?? 3101}\n`);
