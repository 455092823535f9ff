#!/usr/bin/env node
// @ts-check
// Runs one command with DATABASE_URL pointing at the project's database: DATABASE_URL when set,
// else the embedded PostgreSQL of `npm start` (started for the command, stopped afterwards, or
// reused when `npm start` is running). Used by the api's migration:* and db:reset Nx targets.
//
//   node tools/scripts/with-db.mjs [--reset] [--force] -- <command> [args…]
//   node tools/scripts/with-db.mjs -- apps/api/src/migrate.ts run     (a .ts file runs via ts-node
//        with the workspace path aliases and TS_NODE_PROJECT=apps/api/tsconfig.app.json)
//
// --reset drops and recreates the database first (refused for non-local servers without --force).
import { spawn } from 'node:child_process';
import { dropDatabase, ensureDatabase } from './lib/database.mjs';
import { say, StackError } from './lib/log.mjs';
import { ROOT } from './lib/paths.mjs';
import { ensurePostgres } from './lib/postgres.mjs';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const flags = sep === -1 ? argv : argv.slice(0, sep);
let command = sep === -1 ? [] : argv.slice(sep + 1);
/** @type {Record<string, string>} */
const tsEnv = {};
if (command[0]?.endsWith('.ts')) {
  // Transpile only: type errors are the type-check's job, this is about running the script.
  command = [process.execPath, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', ...command];
  tsEnv.TS_NODE_PROJECT = process.env.TS_NODE_PROJECT ?? 'apps/api/tsconfig.app.json';
}
if (!command.length) {
  console.error('usage: node tools/scripts/with-db.mjs [--reset] [--force] -- <command> [args…]');
  process.exit(2);
}

/** @type {import('./lib/postgres.mjs').Postgres | undefined} */
let db;
try {
  db = await ensurePostgres({ adoptRunning: false });
  if (flags.includes('--reset')) {
    const u = new URL(db.url);
    const name = decodeURIComponent(u.pathname.slice(1));
    const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(u.hostname);
    if (process.env.NODE_ENV === 'production' || (!local && !flags.includes('--force'))) {
      throw new StackError(`Refusing to drop "${name}" on ${u.hostname}: pass --force if you really mean it.`);
    }
    say(`Dropping and recreating the database "${name}" …`);
    await dropDatabase(db.url, name);
    await ensureDatabase(db.url, name);
  }
  const url = db.url;
  /** @type {number | null} */
  const code = await new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      cwd: ROOT,
      stdio: 'inherit',
      // A developer's tool: the scripts it runs load the apps' configuration, which accepts the
      // built-in JWT secret only with an explicit NODE_ENV=development (they sign nothing).
      env: { NODE_ENV: 'development', ...process.env, ...tsEnv, DATABASE_URL: url },
    });
    child.once('error', (err) => {
      console.error(err.message);
      resolve(127);
    });
    child.once('exit', (c, signal) => resolve(signal ? 1 : c));
  });
  process.exitCode = code ?? 1;
} catch (err) {
  console.error(err instanceof StackError ? `\n✖ ${err.message}\n` : err);
  process.exitCode = 1;
} finally {
  await db?.stop();
}
