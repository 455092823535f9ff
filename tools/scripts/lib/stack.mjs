// @ts-check
// A running eCampus from the built apps: migrations, worker and API (serving the web app), health
// check, optional demo seed. Used by `npm start` and the e2e global setup.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { StackError } from './log.mjs';
import { ROOT, shown } from './paths.mjs';
import { isGone, runToEnd, sleep, startProcess, stopProcess } from './processes.mjs';

/** The built apps (`nx run-many -t build -p api worker web`). */
export const DIST = {
  api: path.join(ROOT, 'dist/apps/api/main.js'),
  migrate: path.join(ROOT, 'dist/apps/api/migrate.js'),
  seed: path.join(ROOT, 'dist/apps/api/seed-demo.js'),
  worker: path.join(ROOT, 'dist/apps/worker/main.js'),
  web: path.join(ROOT, 'dist/apps/web/browser'),
};

/** @typedef {import('./processes.mjs').StartedProcess} StartedProcess */

/**
 * @typedef {object} Stack
 * @property {string} url
 * @property {string[]} seedOutput the last lines the demo seed printed (its logins)
 * @property {() => Promise<void>} stop
 * @property {Promise<{ name: string, tail: string[] } & import('./processes.mjs').Exit>} exited
 *   resolves when api or worker ends by itself (a crash), so callers can stop the rest
 */

/**
 * Waits until `url` answers 200; fails early when one of `children` exits.
 * @param {string} url
 * @param {StartedProcess[]} children
 * @param {number} timeoutMs
 */
async function waitForHealth(url, children, timeoutMs) {
  const until = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < until) {
    for (const c of children) {
      if (isGone(c)) {
        throw new StackError(
          `${c.ecampusName} exited (${c.signalCode ?? `exit code ${c.exitCode}`}) while starting. Last lines:\n${c.tail.join('\n')}`,
        );
      }
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`;
    } catch (err) {
      const e = /** @type {Error & { cause?: { code?: string } }} */ (err);
      last = e.cause?.code ?? e.message;
    }
    await sleep(300);
  }
  throw new StackError(`${url} did not answer 200 within ${timeoutMs / 1000}s (last: ${last}).`);
}

/**
 * Migrates, starts worker and API on `port`, waits for `GET /api/health` = 200, then optionally
 * loads the demo seed.
 * @param {object} options
 * @param {NodeJS.ProcessEnv} options.env the apps' environment: the caller decides what they see
 *   (`npm start`: the caller's settings; test stacks: cleanEnv() with explicit values only).
 *   The stack adds the wiring below and PUBLIC_URL when absent.
 * @param {string} options.databaseUrl
 * @param {string} options.redisUrl
 * @param {string} [options.redisPrefix]
 * @param {number} [options.port]
 * @param {boolean} [options.seedDemo]
 * @param {boolean} [options.forceDemo] seed with `--force-demo`: needed when env.NODE_ENV is production
 *   (the seed refuses production otherwise; the e2e stack says so explicitly)
 * @param {string} [options.output] 'inherit' or a directory for api.log, worker.log, migrate.log, seed.log
 * @param {number} [options.healthTimeoutMs]
 * @returns {Promise<Stack>}
 */
export async function startStack({
  env,
  databaseUrl,
  redisUrl,
  redisPrefix = 'ecampus',
  port = 3000,
  seedDemo = false,
  forceDemo = false,
  output = 'inherit',
  healthTimeoutMs = 90_000,
}) {
  for (const [what, file] of Object.entries(DIST)) {
    if (!existsSync(file))
      throw new StackError(`${shown(file)} is missing (${what}): build first (\`npx nx run-many -t build -p api worker web\`).`);
  }
  if (seedDemo && env.NODE_ENV === 'production' && !forceDemo) {
    throw new StackError('The demo seed refuses NODE_ENV=production: pass forceDemo: true if this stack really wants it.');
  }
  if (output !== 'inherit') mkdirSync(output, { recursive: true });
  /** @param {string} name */
  const out = (name) => (output === 'inherit' ? 'inherit' : path.join(output, `${name}.log`));
  const url = `http://localhost:${port}`;
  /** @type {NodeJS.ProcessEnv} */
  const appEnv = {
    PUBLIC_URL: url,
    ...env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    PORT: String(port),
    WEB_DIST_DIR: DIST.web,
  };
  // Options for Nx's or npm's node processes are not meant for the apps.
  delete appEnv.NODE_OPTIONS;

  await runToEnd('migrate', process.execPath, [DIST.migrate, 'run'], { env: appEnv, output: out('migrate') });

  /** @type {StartedProcess[]} */
  const started = [];
  const stop = async () => {
    // API first (stops taking requests), then the worker finishes its jobs.
    for (const child of [...started].reverse()) await stopProcess(child, 15_000);
  };
  /** @type {string[]} */
  let seedOutput = [];
  try {
    started.push(startProcess('worker', process.execPath, [DIST.worker], { env: appEnv, output: out('worker') }));
    started.push(startProcess('api', process.execPath, [DIST.api], { env: appEnv, output: out('api') }));
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, started, healthTimeoutMs);
    // The seed runs once the API is up: the API creates the first admin (ADMIN_EMAIL) only while
    // no admin exists, and the demo program brings an admin of its own.
    if (seedDemo) {
      const args = [DIST.seed, ...(forceDemo ? ['--force-demo'] : [])];
      seedOutput = await runToEnd('seed', process.execPath, args, { env: appEnv, output: out('seed') });
    }
  } catch (err) {
    await stop();
    throw err;
  }
  const exited = Promise.race(started.map((c) => c.exited.then((r) => ({ name: c.ecampusName, ...r, tail: c.tail }))));
  return { url, seedOutput, stop, exited };
}
