// @ts-check
// PostgreSQL for the app: the caller's server (DATABASE_URL) or the embedded one.
import path from 'node:path';
import { waitForPostgres } from './database.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { DATA_DIR } from './paths.mjs';

/**
 * @typedef {object} Postgres
 * @property {string} url the database's URL
 * @property {string | null} dataDir the embedded cluster, null for the caller's server
 * @property {() => Promise<void>} stop only stops what was started (or adopted) here
 */

/**
 * `databaseUrl` when set (nothing started); otherwise the embedded PostgreSQL on a free port, with
 * `database` created.
 * @param {object} [options]
 * @param {string} [options.database]
 * @param {string} [options.databaseUrl]
 * @param {string} [options.output] log file of the embedded server
 * @param {boolean} [options.adoptRunning] see startEmbeddedPostgres
 * @returns {Promise<Postgres>}
 */
export async function ensurePostgres({
  database = 'ecampus',
  databaseUrl = process.env.DATABASE_URL,
  output = path.join(DATA_DIR, 'postgres.log'),
  adoptRunning = true,
} = {}) {
  if (databaseUrl) {
    await waitForPostgres(databaseUrl, { timeoutMs: 15_000 });
    return { url: databaseUrl, dataDir: null, stop: async () => undefined };
  }
  return startEmbeddedPostgres({ database, output, adoptRunning });
}
