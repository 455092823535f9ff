// @ts-check
// What every `npm run bench:*` shares: the PostgreSQL server to use, the run's cleanup, its Redis
// keys, and reading processes of the stack from /proc (Linux only).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dropDatabase, ensureDatabase, withDatabase } from '../scripts/lib/database.mjs';
import { redact, say, StackError } from '../scripts/lib/log.mjs';
import { shown } from '../scripts/lib/paths.mjs';
import { ensurePostgres } from '../scripts/lib/postgres.mjs';
import { dropRedisKeys, ensureRedis } from '../scripts/lib/redis.mjs';

/** The test server (TEST_DATABASE_URL, DATABASE_URL, 127.0.0.1:5432) or else the embedded one, as in `npm test`. */
export async function postgresServer() {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return ensurePostgres({ databaseUrl: given });
  try {
    return await ensurePostgres({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/postgres' });
  } catch {
    say('No PostgreSQL on 127.0.0.1:5432: using the embedded one of `npm start`.');
    const db = await ensurePostgres({ database: 'postgres', adoptRunning: false });
    return { ...db, url: withDatabase(db.url, 'postgres') };
  }
}

/**
 * Cleanups run in reverse order once, at the end or on Ctrl-C (exit 130).
 * @returns {{ add: (fn: () => Promise<unknown>) => void, run: () => Promise<void> }}
 */
export function cleanupList() {
  /** @type {Array<() => Promise<unknown>>} */
  const fns = [];
  const run = async () => {
    for (const fn of fns.splice(0).reverse()) await fn().catch((err) => console.error(err));
  };
  let interrupted = false;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    // Ctrl-C may reach us twice when run through a re-start (from the terminal and forwarded).
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      void run().then(() => process.exit(130));
    });
  }
  return { add: (fn) => void fns.push(fn), run };
}

/**
 * The pid of a child of ours running `script` (the stack's API: dist/apps/api/main.js).
 * @param {string} script
 */
export function childPid(script) {
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(
        readFileSync(`/proc/${entry}/stat`, 'utf8')
          .replace(/^.*\) /, '')
          .split(' ')[1],
      );
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(script)) return Number(entry);
    } catch {
      /* ended meanwhile */
    }
  }
  throw new StackError(`The process running ${script} was not found among our children (the figures read /proc: Linux only).`);
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * User + system CPU seconds a process has used so far.
 * @param {number} pid
 */
export function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After "pid (comm) ": state is field 3, utime and stime are fields 14 and 15.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/**
 * Resident memory of a process in MiB (VmRSS).
 * @param {number} pid
 */
export function rssMiB(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/**
 * `--name=value` of the command line as a positive number.
 * @param {string} name
 * @param {number} fallback
 */
export function option(name, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new StackError(`--${name} must be a positive number.`);
  return value;
}

/**
 * The run's own database and Redis key prefix (both removed by the cleanups), on the test
 * PostgreSQL and Redis; says where they are and where the logs go.
 * @param {{ add: (fn: () => Promise<unknown>) => void }} cleanups
 * @param {string} run
 * @param {string} logs
 */
export async function benchServices(cleanups, run, logs) {
  const pgServer = await postgresServer();
  cleanups.add(pgServer.stop);
  const redis = await ensureRedis({ redisUrl: process.env.TEST_REDIS_URL ?? process.env.REDIS_URL });
  cleanups.add(redis.stop);
  const database = `ecampus_bench_${run}`;
  const databaseUrl = withDatabase(pgServer.url, database);
  await ensureDatabase(pgServer.url, database);
  cleanups.add(() => dropDatabase(pgServer.url, database));
  say(`Database ${database} on ${redact(pgServer.url)}, Redis ${redis.url}, logs in ${shown(logs)}/`);
  const redisPrefix = `ecbench_${run}`;
  cleanups.add(() => dropRedisKeys(redis.url, redisPrefix));
  return { databaseUrl, redis, redisPrefix };
}
