// @ts-check
// Talking to a PostgreSQL server with `pg`: wait until it answers, create and drop databases.
import pg from 'pg';
import { redact, StackError } from './log.mjs';
import { sleep } from './processes.mjs';

/**
 * The URL of `database` on the server of `url`.
 * @param {string} url
 * @param {string} database
 */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Connects until it works, `timeoutMs` passes or `isDead()` says the server died.
 * @param {string} url
 * @param {{ timeoutMs?: number, isDead?: () => boolean }} [options]
 */
export async function waitForPostgres(url, { timeoutMs = 60_000, isDead = () => false } = {}) {
  const until = Date.now() + timeoutMs;
  /** @type {unknown} */
  let last;
  while (Date.now() < until) {
    if (isDead()) throw new StackError('PostgreSQL stopped while starting.');
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      last = err;
      await client.end().catch(() => undefined);
      // Wrong password / role / database will not heal by waiting.
      if (['28P01', '28000', '3D000'].includes(/** @type {{ code?: string }} */ (err).code ?? '')) break;
      await sleep(250);
    }
  }
  const reason = last instanceof Error ? last.message : String(last);
  throw new StackError(`PostgreSQL at ${redact(url)} did not answer within ${timeoutMs / 1000}s: ${reason}`);
}

/**
 * Runs `work` with a client connected to `url`, then disconnects.
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} work
 */
async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates `database` on the server of `serverUrl` when it does not exist; true when created.
 * @param {string} serverUrl
 * @param {string} database
 */
export function ensureDatabase(serverUrl, database) {
  return withClient(withDatabase(serverUrl, 'postgres'), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  });
}

/**
 * Drops `database` on the server of `serverUrl` (its connections are ended).
 * @param {string} serverUrl
 * @param {string} database
 */
export async function dropDatabase(serverUrl, database) {
  await withClient(withDatabase(serverUrl, 'postgres'), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`),
  );
}

/**
 * True when the database has no tables of ours yet (nothing migrated, nothing seeded).
 * @param {string} url
 */
export function isDatabaseEmpty(url) {
  return withClient(url, async (client) => {
    const table = await client.query(`SELECT to_regclass('public.app_user') IS NULL AS no_table`);
    if (table.rows[0].no_table) return true;
    const users = await client.query('SELECT count(*)::int AS n FROM app_user');
    return users.rows[0].n === 0;
  });
}
