#!/usr/bin/env node
// @ts-check
// `npm start`: build, PostgreSQL + Redis, migrations, first admin, (demo seed), api + worker + web
// on one port. Ctrl-C stops everything it started. See docs/getting-started.md.
//
//   npm start                   everything
//   npm start -- --no-build     skip the Nx build (use what is in dist/)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { binOf } from './lib/bins.mjs';
import { isDatabaseEmpty } from './lib/database.mjs';
import { nxEnv } from './lib/env.mjs';
import { lockDataDir } from './lib/lock.mjs';
import { redact, say, StackError } from './lib/log.mjs';
import { DATA_DIR, ROOT, shown } from './lib/paths.mjs';
import { freePort } from './lib/ports.mjs';
import { ensurePostgres } from './lib/postgres.mjs';
import { ensureJanus } from './lib/janus.mjs';
import { ensureRedis } from './lib/redis.mjs';
import { startStack } from './lib/stack.mjs';

/** @type {Array<() => Promise<unknown>>} */
const cleanups = [];
let stopping = false;

/** @param {number} code */
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('Stopping …');
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn();
    } catch (err) {
      console.error(err);
    }
  }
  say('Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
process.on('SIGHUP', () => shutdown(0));

/** @returns {Promise<void>} */
function build() {
  say('Building api, worker and web (Nx; unchanged projects come from the cache) …');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binOf('nx'), 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--outputStyle=static'], {
      cwd: ROOT,
      env: nxEnv(),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new StackError(`The build failed (exit code ${code}); see above.`))));
  });
}

/**
 * ADMIN_EMAIL/ADMIN_PASSWORD from the environment, else generated once and kept in .data/admin.json.
 * @returns {{ email: string, password: string, passwordAt: string }} passwordAt: where a person finds the password
 */
function adminCredentials() {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env;
  if (ADMIN_EMAIL && ADMIN_PASSWORD) return { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, passwordAt: 'the ADMIN_PASSWORD you set' };
  if (ADMIN_EMAIL || ADMIN_PASSWORD) throw new StackError('Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.');
  const file = path.join(DATA_DIR, 'admin.json');
  if (existsSync(file)) return { ...JSON.parse(readFileSync(file, 'utf8')), passwordAt: `in ${shown(file)}` };
  const admin = { email: 'admin@ecampus.local', password: randomBytes(12).toString('base64url') };
  writeFileSync(file, JSON.stringify(admin, null, 2) + '\n', { mode: 0o600 });
  return { ...admin, passwordAt: `generated, in ${shown(file)}` };
}

/**
 * JWT_SECRET from the environment, else generated once for this installation and kept in
 * .data/jwt-secret (mode 0600): never the apps' built-in development secret, which anyone can read
 * in the source and sign admin tokens with.
 * @returns {string}
 */
function jwtSecret() {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(DATA_DIR, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/**
 * True when the admin can log in: the API creates it only while no admin exists.
 * @param {string} url
 * @param {string} email
 * @param {string} password
 */
async function canLogIn(url, email, password) {
  try {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return res.status === 200;
  } catch {
    return false;
  }
}

async function main() {
  const release = lockDataDir();
  cleanups.push(release);
  if (!process.argv.includes('--no-build')) await build();

  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StackError(`PORT must be a port number, not "${process.env.PORT}".`);
  if ((await freePort(port)) !== port)
    throw new StackError(`Port ${port} is already in use: stop what uses it or choose another, e.g. PORT=3001 npm start.`);

  const db = await ensurePostgres();
  cleanups.push(db.stop);
  const embedded = db.dataDir !== null;
  say(
    db.dataDir ? `PostgreSQL: embedded, data in ${shown(db.dataDir)} (${redact(db.url)})` : `PostgreSQL: ${redact(db.url)} (DATABASE_URL)`,
  );
  const redis = await ensureRedis();
  cleanups.push(redis.stop);
  say(`Redis: ${redis.url}${redis.started ? ' (started here, data in .data/redis)' : ''}`);
  const janus = await ensureJanus();
  cleanups.push(janus.stop);
  say(janus.notice ?? `Janus: ${janus.env.JANUS_URL}${janus.started ? ' (started here, log in .data/janus.log)' : ' (JANUS_URL)'}`);

  const admin = adminCredentials();
  // `npm start` is for trying eCampus out and developing it: development unless said otherwise.
  const nodeEnv = process.env.NODE_ENV || 'development';
  // The demo program on a fresh embedded database (a newcomer sees a living eCampus at once);
  // with an explicit DATABASE_URL only when asked for; never into production unless forced.
  const seedFlag = process.env.SEED_DEMO;
  const forceDemo = process.env.SEED_DEMO_FORCE === 'true' || process.env.SEED_DEMO_FORCE === '1';
  const wantsDemo =
    seedFlag === 'true' || seedFlag === '1' || (embedded && seedFlag !== 'false' && seedFlag !== '0' && (await isDatabaseEmpty(db.url)));
  const seedDemo = wantsDemo && (nodeEnv !== 'production' || forceDemo);
  if (wantsDemo && !seedDemo) say('No demo program: NODE_ENV=production (SEED_DEMO_FORCE=true would load it anyway).');

  say(`Migrating and starting api + worker on port ${port} …`);
  const stack = await startStack({
    // `npm start` is the caller's own installation: the apps see the caller's settings
    // (docs/configuration.md), plus the admin and readable one-line logs on a terminal.
    env: {
      ...process.env,
      ...janus.env,
      NODE_ENV: nodeEnv,
      JWT_SECRET: jwtSecret(),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      LOG_PRETTY: process.env.LOG_PRETTY ?? String(Boolean(process.stdout.isTTY)),
      // Uploaded files beside the embedded database and the generated secrets, wherever npm start was called from.
      DATA_DIR: process.env.DATA_DIR ?? DATA_DIR,
    },
    databaseUrl: db.url,
    redisUrl: redis.url,
    redisPrefix: process.env.REDIS_PREFIX ?? 'ecampus',
    port,
    seedDemo,
    forceDemo,
  });
  cleanups.push(stack.stop);

  const demoFile = path.join(DATA_DIR, 'demo-logins.txt');
  if (seedDemo && embedded) writeFileSync(demoFile, stack.seedOutput.join('\n') + '\n', { mode: 0o600 });
  const demo = seedDemo ? stack.seedOutput : embedded && existsSync(demoFile) ? readFileSync(demoFile, 'utf8').trimEnd().split('\n') : [];
  const adminOk = await canLogIn(`http://127.0.0.1:${port}`, admin.email, admin.password);

  const rule = '─'.repeat(72);
  const lines = [
    rule,
    `  eCampus is running: ${stack.url}`,
    '',
    // Where the password is, never the password: terminals are scrolled back, shared and recorded.
    adminOk
      ? `  Admin login:  ${admin.email}  (password: ${admin.passwordAt})`
      : `  Admin ${admin.email} cannot log in with the password (${admin.passwordAt}): this database already had\n` +
        '  an admin when it started (the first admin is created only while none exists).\n' +
        '  Use that admin, or start over with `npx nx run api:db:reset`.',
  ];
  if (demo.length) lines.push('', '  Demo program (see README.md → Demo):', ...demo.map((l) => `    ${l}`));
  lines.push('', '  Ctrl-C stops everything started here.', rule);
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  // Keep running until Ctrl-C; if an app dies, stop the rest and say so.
  const dead = await stack.exited;
  if (!stopping) {
    console.error(`\n✖ ${dead.name} exited (${dead.signal ?? `exit code ${dead.code}`}); stopping the rest.`);
    await shutdown(1);
  }
}

main().catch(async (err) => {
  console.error(err instanceof StackError ? `\n✖ ${err.message}\n` : err);
  await shutdown(1);
});
