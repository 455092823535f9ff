#!/usr/bin/env node
// @ts-check
// `npm run bench:api` (issue 7, item 9): how fast the API answers next to a bare Fastify + pg server
// running the same SQL on the same database (and the same Redis session check), and where the API's
// CPU time goes.
//
// A stack of its own like the e2e global setup (fresh database, demo seed, NODE_ENV=production,
// logs in tmp/bench/<run>/), the demo coordinator's token, then per route a warm-up and a measured
// autocannon run against the API and the bare server back to back, and a CPU profile of the API
// under load. Needs the built apps (`npx nx run-many -t build -p api worker web`). See docs/benchmarks.md.
//
//   npm run bench:api [-- --seconds=10 --warmup=3 --connections=20 --no-profile --profile-route=modules|progress|me]
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { cleanEnv } from '../scripts/lib/env.mjs';
import { say, StackError } from '../scripts/lib/log.mjs';
import { ROOT, shown } from '../scripts/lib/paths.mjs';
import { freePort } from '../scripts/lib/ports.mjs';
import { sleep, startProcess, stopProcess } from '../scripts/lib/processes.mjs';
import { DIST, startStack } from '../scripts/lib/stack.mjs';
import { benchServices, childPid, cleanupList, cpuSeconds, option } from './bench-common.mjs';
import { startProfile } from './cpu-profile.mjs';
import { load } from './load.mjs';
import { formatSummary, summarise } from './profile-summary.mjs';
import { PROGRESS_BENCH, seedProgressProgram } from './progress-seed.mjs';

// The profiler talks to the API's inspector over a WebSocket: Node 20 has one only behind a flag.
if (!('WebSocket' in globalThis) && process.allowedNodeEnvironmentFlags.has('--experimental-websocket')) {
  const again = spawn(process.execPath, ['--experimental-websocket', '--no-warnings', ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  // A signal meant for us must reach the run, which stops what it started.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => again.kill(signal));
  /** @type {number} */
  const code = await new Promise((resolve) => again.once('exit', (c) => resolve(c ?? 1)));
  process.exit(code);
}

/**
 * A load run and the CPU time the server process spent in it, per 2xx answer (user + system, from
 * /proc): less scattered than latencies on a shared machine, and it shows what a request costs the
 * server itself, apart from PostgreSQL, Redis and the load generator.
 * @typedef {import('./load.mjs').LoadResult & { cpuMs: number }} LoadResult
 */
/** @typedef {'api' | 'bare'} Server */

const COORDINATOR = { email: 'koordination@ecampus.example', password: 'Demo-Passwort-2027!' };
const BARE_SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bare-server.mjs');

const SECONDS = option('seconds', 10);
const WARMUP = option('warmup', 3);
const CONNECTIONS = option('connections', 20);
const PROFILE = !process.argv.includes('--no-profile');
/** The measured routes by short name, in the order of the table. */
const ROUTE_NAMES = /** @type {const} */ (['tandems', 'modules', 'progress', 'me']);
/** `--profile-route=modules`, `=progress` or `=me` profiles that route instead of the tandems route. */
const PROFILE_ROUTE = process.argv.find((a) => a.startsWith('--profile-route='))?.slice('--profile-route='.length) ?? 'tandems';
if (!(/** @type {readonly string[]} */ (ROUTE_NAMES).includes(PROFILE_ROUTE)))
  throw new StackError(`--profile-route must be one of ${ROUTE_NAMES.join(', ')}.`);
/** `--routes=modules,tandems`: measure only these (default: all, in the order above). */
const ONLY_ROUTES = (
  process.argv
    .find((a) => a.startsWith('--routes='))
    ?.slice('--routes='.length)
    .split(',') ?? [...ROUTE_NAMES]
).map((r) => {
  if (!(/** @type {readonly string[]} */ (ROUTE_NAMES).includes(r))) throw new StackError(`--routes takes ${ROUTE_NAMES.join(', ')}: ${r}`);
  return r;
});
/** `--rounds=3`: measure each route this many times (API and bare back to back each round), one table row per round. */
const ROUNDS = option('rounds', 1);
/** `--api-env=NAME=value` (repeatable): a setting for the API and worker, e.g. to compare LOG_LEVEL=warn. */
const API_ENV = Object.fromEntries(
  process.argv
    .filter((a) => a.startsWith('--api-env='))
    .map((a) => {
      const [name, ...value] = a.slice('--api-env='.length).split('=');
      if (!/^[A-Z][A-Z0-9_]*$/.test(name) || !value.length) throw new StackError(`--api-env needs NAME=value: ${a}`);
      return [name, value.join('=')];
    }),
);

const cleanups = cleanupList();

/**
 * Waits until `url` answers 200.
 * @param {string} url
 */
async function waitFor(url) {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new StackError(`${url} did not answer within 15 s.`);
}

/**
 * GET as the coordinator; the parsed body of a 200.
 * @param {string} url
 * @param {Record<string, string>} headers
 */
async function getJson(url, headers) {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new StackError(`GET ${url}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** What was measured: the build of the API (and the commit that was HEAD when it was built), the machine. */
function context() {
  const git = (/** @type {string[]} */ ...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  const builtAt = statSync(DIST.api).mtime;
  return {
    apiBuiltAt: builtAt.toISOString(),
    headAtBuild: git('log', '-1', '--format=%h', `--before=${builtAt.toISOString()}`),
    head: git('rev-parse', '--short', 'HEAD'),
    uncommittedApiFiles: git('status', '--porcelain', '--', 'apps/api', 'libs/api', 'libs/shared').split('\n').filter(Boolean).length,
    apiEnv: API_ENV,
    node: process.version,
    cpus: os.cpus().length,
    loadBefore: os.loadavg()[0],
  };
}

const f1 = (/** @type {number} */ x) => x.toFixed(1);
const ratio = (/** @type {number} */ x) => `${x.toFixed(2)}×`;

/**
 * The results table.
 * @param {{ route: string, api: LoadResult, bare: LoadResult }[]} rows
 */
function table(rows) {
  const line = (/** @type {string} */ label, /** @type {string[]} */ cells) =>
    `  ${label.padEnd(30)}${cells.map((c) => c.padStart(12)).join('')}`;
  const f2 = (/** @type {number} */ x) => x.toFixed(2);
  const out = [line('', ['req/s', 'p50 ms', 'p99 ms', 'CPU ms/req'])];
  for (const { route, api, bare } of rows) {
    out.push(route);
    out.push(line('API (Nest + Fastify)', [f1(api.rps), f1(api.p50), f1(api.p99), f2(api.cpuMs)]));
    out.push(line('bare Fastify + pg', [f1(bare.rps), f1(bare.p50), f1(bare.p99), f2(bare.cpuMs)]));
    out.push(
      line('API / bare', [ratio(api.rps / bare.rps), ratio(api.p50 / bare.p50), ratio(api.p99 / bare.p99), ratio(api.cpuMs / bare.cpuMs)]),
    );
  }
  return out;
}

/**
 * With several rounds, one line per route: the median of its rounds' ratios and their range. A
 * single round on a shared 2-core machine scatters by ±0.3× (docs/benchmarks.md); the median of
 * rounds, each measured back to back in alternating order, is the figure to compare.
 * @param {{ route: string, api: LoadResult, bare: LoadResult }[]} rows
 */
function medians(rows) {
  /** @type {Map<string, { rps: number[], p50: number[], p99: number[], cpu: number[] }>} */
  const byRoute = new Map();
  for (const { route, api, bare } of rows) {
    const name = route.replace(/ \(round \d+\)$/, '');
    const r = byRoute.get(name) ?? { rps: [], p50: [], p99: [], cpu: [] };
    r.rps.push(api.rps / bare.rps);
    r.p50.push(api.p50 / bare.p50);
    r.p99.push(api.p99 / bare.p99);
    r.cpu.push(api.cpuMs / bare.cpuMs);
    byRoute.set(name, r);
  }
  if ([...byRoute.values()].every((r) => r.rps.length < 2)) return [];
  const median = (/** @type {number[]} */ xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const cell = (/** @type {number[]} */ xs) => `${ratio(median(xs))} (${ratio(Math.min(...xs))}–${ratio(Math.max(...xs))})`;
  const out = ['', 'API / bare, median of the rounds (lowest–highest):'];
  const line = (/** @type {string} */ label, /** @type {string[]} */ cells) =>
    `  ${label.padEnd(42)}${cells.map((c) => c.padStart(22)).join('')}`;
  out.push(line('', ['req/s', 'p99', 'CPU ms/req']));
  for (const [name, r] of byRoute) out.push(line(name, [cell(r.rps), cell(r.p99), cell(r.cpu)]));
  return out;
}

async function main() {
  const started = Date.now();
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const logs = path.join(ROOT, 'tmp/bench', run);
  const { databaseUrl, redis, redisPrefix } = await benchServices(cleanups, run, logs);
  const stack = await startStack({
    env: cleanEnv({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      MAIL_DIR: path.join(logs, 'mail'),
      // The demo's handout and any upload of this run stay with its logs, never in the caller's .data/.
      DATA_DIR: path.join(logs, 'data'),
      ...API_ENV,
    }),
    databaseUrl,
    redisUrl: redis.url,
    redisPrefix,
    port: await freePort(),
    seedDemo: true,
    // A throwaway database: the demo in production mode is what is measured here.
    forceDemo: true,
    output: logs,
  });
  cleanups.add(stack.stop);

  const barePort = await freePort();
  const bare = startProcess('bare', process.execPath, [BARE_SERVER], {
    env: cleanEnv({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url, REDIS_PREFIX: redisPrefix, PORT: String(barePort) }),
    output: path.join(logs, 'bare.log'),
  });
  cleanups.add(() => stopProcess(bare));
  /** @type {Record<Server, string>} */
  const servers = { api: stack.url.replace('localhost', '127.0.0.1'), bare: `http://127.0.0.1:${barePort}` };
  await waitFor(`${servers.bare}/api/health`);

  const login = await fetch(`${servers.api}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(COORDINATOR),
  });
  if (login.status !== 200) throw new StackError(`Login as ${COORDINATOR.email}: HTTP ${login.status} ${await login.text()}`);
  const { accessToken } = /** @type {{ accessToken: string }} */ (await login.json());
  const headers = { authorization: `Bearer ${accessToken}` };
  const [program] = /** @type {{ items: { id: string, title: string }[] }} */ (await getJson(`${servers.api}/api/programs`, headers)).items;
  if (!program) throw new StackError('The demo coordinator sees no program: did the demo seed run?');
  // The progress matrix on a large cohort of its own (the demo program has a handful of people).
  const seeding = Date.now();
  const largeProgramId = await seedProgressProgram(databaseUrl, COORDINATOR.email);
  say(
    `Progress program: ${PROGRESS_BENCH.tandems * 2} mentors and mentees in ${PROGRESS_BENCH.tandems} tandems × ${PROGRESS_BENCH.modules} modules, seeded in ${((Date.now() - seeding) / 1000).toFixed(1)} s.`,
  );

  /** @type {{ name: (typeof ROUTE_NAMES)[number], route: string, path: string }[]} */
  const routes = [
    { name: 'tandems', route: 'GET /api/programs/:id/tandems', path: `/api/programs/${program.id}/tandems` },
    { name: 'modules', route: 'GET /api/programs/:id/modules', path: `/api/programs/${program.id}/modules` },
    {
      name: 'progress',
      route: `GET /api/programs/:id/progress (${PROGRESS_BENCH.tandems * 2} × ${PROGRESS_BENCH.modules})`,
      path: `/api/programs/${largeProgramId}/progress`,
    },
    { name: 'me', route: 'GET /api/me', path: '/api/me' },
  ];
  // The bare server must answer exactly what the API answers, else it measures something else.
  for (const r of routes) {
    const [a, b] = await Promise.all([getJson(servers.api + r.path, headers), getJson(servers.bare + r.path, headers)]);
    if (!isDeepStrictEqual(a, b)) {
      throw new StackError(
        `${r.route}: the bare server answers differently (tools/bench/api-queries.mjs is stale?)\n API:  ${JSON.stringify(a).slice(0, 3000)}\n bare: ${JSON.stringify(b).slice(0, 3000)}`,
      );
    }
  }

  const ctx = context();
  /** @type {Record<Server, number>} */
  const pids = { api: childPid(DIST.api), bare: /** @type {number} */ (bare.pid) };
  say(`Program "${program.title}"; ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${SECONDS} s measured per route and server.`);
  /** @type {{ route: string, api: LoadResult, bare: LoadResult }[]} */
  const results = [];
  const measuredRoutes = routes.filter((r) => ONLY_ROUTES.includes(r.name));
  const runs = Array.from({ length: ROUNDS }, () => measuredRoutes).flat();
  for (const [i, r] of runs.entries()) {
    // Back to back, in alternating order, so a change of machine load hits both servers alike.
    /** @type {Server[]} */
    const order = i % 2 === 0 ? ['api', 'bare'] : ['bare', 'api'];
    /** @type {Partial<Record<Server, LoadResult>>} */
    const measured = {};
    for (const server of order) {
      const target = { url: servers[server] + r.path, headers, connections: CONNECTIONS };
      await load({ ...target, seconds: WARMUP });
      const cpuBefore = cpuSeconds(pids[server]);
      const run = await load({ ...target, seconds: SECONDS });
      const result = { ...run, cpuMs: ((cpuSeconds(pids[server]) - cpuBefore) * 1000) / run.requests };
      measured[server] = result;
      say(`${r.route} ${server}: ${f1(result.rps)} req/s, p99 ${f1(result.p99)} ms, ${result.cpuMs.toFixed(2)} ms CPU per request`);
    }
    results.push({
      route: ROUNDS > 1 ? `${r.route} (round ${Math.floor(i / measuredRoutes.length) + 1})` : r.route,
      api: /** @type {LoadResult} */ (measured.api),
      bare: /** @type {LoadResult} */ (measured.bare),
    });
  }

  /** @type {string[]} */
  let profileLines = [];
  /** @type {ReturnType<typeof summarise> | null} */
  let profileSummary = null;
  if (PROFILE) {
    const profiled = /** @type {(typeof routes)[number]} */ (routes.find((r) => r.name === PROFILE_ROUTE));
    say(`CPU profile of the API: ${SECONDS} s of ${profiled.route} …`);
    const profiler = await startProfile(pids.api);
    await load({ url: servers.api + profiled.path, headers, connections: CONNECTIONS, seconds: SECONDS });
    const profile = await profiler.stop();
    const file = path.join(logs, 'api.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    profileSummary = summarise(profile);
    profileLines = [...formatSummary(profileSummary), `  (profile: ${shown(file)}; open it in Chrome DevTools or speedscope)`];
  }

  const failed = results.flatMap((r) => [r.api, r.bare]).reduce((n, x) => n + x.failed, 0);
  writeFileSync(
    path.join(logs, 'results.json'),
    JSON.stringify({ context: ctx, connections: CONNECTIONS, seconds: SECONDS, results, profile: profileSummary }, null, 2),
  );
  const dirty = ctx.uncommittedApiFiles ? `, ${ctx.uncommittedApiFiles} uncommitted files in apps/api, libs/api, libs/shared now` : '';
  process.stdout.write(
    [
      '',
      `API built ${ctx.apiBuiltAt} (HEAD then: ${ctx.headAtBuild}; now: ${ctx.head}${dirty})`,
      `Node ${ctx.node}, ${ctx.cpus} cores, load average ${ctx.loadBefore.toFixed(2)} before the runs`,
      ...(Object.keys(API_ENV).length
        ? [
            `API settings: ${Object.entries(API_ENV)
              .map(([k, v]) => `${k}=${v}`)
              .join(' ')}`,
          ]
        : []),
      `${CONNECTIONS} connections, ${SECONDS} s measured after ${WARMUP} s warm-up, per route and server`,
      ...table(results),
      ...medians(results),
      '',
      ...profileLines,
      '',
    ].join('\n'),
  );
  if (failed) throw new StackError(`${failed} requests failed during the measurement (see ${shown(logs)}/): the figures are not valid.`);
  say(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main()
  .then(cleanups.run)
  .catch(async (err) => {
    console.error(err instanceof StackError ? `\n✖ ${err.message}\n` : err);
    await cleanups.run();
    process.exit(1);
  });
