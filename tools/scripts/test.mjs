#!/usr/bin/env node
// @ts-check
// `npm test`: every check of the project in order, stopping at the first failure.
//   lint (module boundaries included) → boundary proof → type-check → unit → integration →
//   generator proof → build → e2e
// Ends with one line `N passed, N failed` (test cases of unit + integration + e2e; a failed check
// step without test cases counts as one failure) and a nonzero exit on any failure.
//
//   npm test                        everything
//   npm test -- --skip=e2e,build    leave steps out      npm test -- --only=lint,unit
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { binOf } from './lib/bins.mjs';
import { withDatabase } from './lib/database.mjs';
import { nxEnv } from './lib/env.mjs';
import { redact, StackError } from './lib/log.mjs';
import { ROOT, shown } from './lib/paths.mjs';
import { ensurePostgres } from './lib/postgres.mjs';
import { ensureRedis } from './lib/redis.mjs';

const TMP = path.join(ROOT, 'tmp');
const RESULTS = path.join(TMP, 'test-results');
const bin = {
  nx: binOf('nx'),
  tsc: binOf('typescript', 'tsc'),
  jest: binOf('jest'),
  playwright: binOf('@playwright/test', 'playwright'),
};

// Nx: no cloud, no daemon, no TUI; sockets and its native-binary copy inside the repo's tmp/
// instead of /tmp/.nx/<uid> (shared machines, read-only /tmp).
/** @type {NodeJS.ProcessEnv} */
const env = {
  ...nxEnv(),
  FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
};

/** @param {string} name the values of `--name=a,b`, or null */
const arg = (name) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')[1]
    ?.split(',') ?? null;
const only = arg('only');
const skip = arg('skip') ?? [];
/** @param {string} step */
const wanted = (step) => (only ? only.includes(step) : !skip.includes(step));

const counts = { passed: 0, failed: 0 };
/** @type {Array<() => Promise<unknown>>} */
const cleanups = [];

const line = '═'.repeat(72);
/** @param {string} text */
function banner(text) {
  process.stdout.write(`\n${line}\n  ${text}\n${line}\n`);
}

/**
 * Runs a command with inherited output (and a copy of it in memory for summaries).
 * @param {string} command
 * @param {string[]} args
 * @param {{ extraEnv?: NodeJS.ProcessEnv, capture?: boolean }} [options]
 * @returns {Promise<{ code: number, text: string }>}
 */
function run(command, args, { extraEnv = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    /** @param {NodeJS.WriteStream} target */
    const forward = (target) => (/** @type {Buffer} */ chunk) => {
      if (capture) text += chunk.toString();
      target.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.once('error', (err) => resolve({ code: 127, text: String(err) }));
    child.once('close', (code, signal) => resolve({ code: signal ? 1 : (code ?? 1), text }));
  });
}

// --- test case counting ---------------------------------------------------------------------

/**
 * @param {string} file
 * @returns {{ passed: number, failed: number } | null}
 */
function countJestJson(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) };
}

/**
 * @param {string} file
 * @returns {{ passed: number, failed: number } | null}
 */
function countPlaywrightJson(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  const errors = (r.errors ?? []).length;
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (s.expected || s.unexpected ? 0 : errors) };
}

// --- type-check -----------------------------------------------------------------------------

// One `tsc -b` over a handful of grouped programs (tools/typecheck/, docs/decisions/015): each
// file is parsed once with its own project's compiler options, incrementally (state in tmp/).
const TYPECHECK_STATE = path.join(TMP, 'typecheck');

/**
 * tsc -b only compares the groups' own files with their build info, not node_modules: after an
 * install or a TypeScript upgrade the state starts over.
 */
function forgetStaleTypecheckState() {
  const hash = createHash('sha256');
  for (const file of ['node_modules/typescript/package.json', 'package-lock.json', 'node_modules/.package-lock.json']) {
    const p = path.join(ROOT, file);
    if (existsSync(p)) hash.update(readFileSync(p));
  }
  const installed = hash.digest('hex');
  const stamp = path.join(TYPECHECK_STATE, 'installed.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === installed) return;
  rmSync(TYPECHECK_STATE, { recursive: true, force: true });
  mkdirSync(TYPECHECK_STATE, { recursive: true });
  writeFileSync(stamp, installed);
}

async function typecheck() {
  forgetStaleTypecheckState();
  console.log(`tsc -b tsconfig.typecheck.json (unchanged groups are skipped; state in ${shown(TYPECHECK_STATE)}/)`);
  const r = await run(process.execPath, [bin.tsc, '-b', 'tsconfig.typecheck.json', '--pretty', 'false']);
  return r.code;
}

// --- services for integration and e2e -------------------------------------------------------

async function services() {
  if (!env.TEST_DATABASE_URL) {
    if (process.env.DATABASE_URL) env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    else {
      const local = 'postgres://postgres@127.0.0.1:5432/postgres';
      try {
        const db = await ensurePostgres({ databaseUrl: local, database: 'postgres' });
        env.TEST_DATABASE_URL = db.url;
      } catch {
        // No local PostgreSQL: the embedded one of `npm start` (reused when running).
        console.log('No PostgreSQL on 127.0.0.1:5432: using the embedded one of `npm start`.');
        const db = await ensurePostgres({ database: 'postgres', adoptRunning: false });
        cleanups.push(db.stop);
        env.TEST_DATABASE_URL = withDatabase(db.url, 'postgres');
        console.log(`Embedded PostgreSQL data: ${db.dataDir}`);
      }
    }
  }
  if (!env.TEST_REDIS_URL) {
    const redis = await ensureRedis({ redisUrl: process.env.REDIS_URL });
    if (redis.started) cleanups.push(redis.stop);
    env.TEST_REDIS_URL = redis.url;
  }
  console.log(`PostgreSQL: ${redact(env.TEST_DATABASE_URL)}\nRedis:      ${redact(env.TEST_REDIS_URL)}`);
}

/**
 * Runs Jest with `args`, counts its test cases from the JSON report into the totals.
 * @param {string} name
 * @param {string[]} args
 */
async function jestStep(name, args) {
  const out = path.join(RESULTS, `${name}.json`);
  rmSync(out, { force: true });
  const r = await run(process.execPath, [bin.jest, ...args, '--json', `--outputFile=${out}`]);
  const c = countJestJson(out) ?? { passed: 0, failed: r.code ? 1 : 0 };
  counts.passed += c.passed;
  counts.failed += c.failed;
  console.log(`\n${name}: ${c.passed} passed, ${c.failed} failed`);
  return r.code !== 0 && c.failed === 0 ? (counts.failed++, r.code) : r.code;
}

// --- the steps ------------------------------------------------------------------------------

/** @param {string[]} args */
const nx = (...args) => [bin.nx, ...args, '--outputStyle=static'];

const steps = [
  {
    id: 'lint',
    title: 'Lint (ESLint incl. @nx/enforce-module-boundaries)',
    run: () => run(process.execPath, nx('run-many', '-t', 'lint', '--parallel=2')).then((r) => r.code),
  },
  {
    id: 'boundaries',
    title: 'Boundary proof (scope and domain rules: probe imports that must fail or pass lint)',
    run: () => run(process.execPath, [path.join(ROOT, 'tools/scripts/check-boundaries.mjs')]).then((r) => r.code),
  },
  { id: 'typecheck', title: 'Type-check (tsc -b: apps, libraries, specs, e2e and tools, incremental)', run: typecheck },
  {
    id: 'unit',
    title: 'Unit tests (Jest, every project, one run)',
    tests: true,
    // One Jest process over every project's config (jest.config.ts) with both cores: much faster
    // than a Jest process per project. `nx run <project>:test` runs one project alone.
    run: () => jestStep('unit', ['-c', 'jest.config.ts', '--ci', '--maxWorkers=2', '--passWithNoTests']),
  },
  {
    id: 'integration',
    title: 'Integration tests (real PostgreSQL and Redis)',
    tests: true,
    run: async () => {
      await services();
      return jestStep('integration', ['-c', 'jest.integration.config.js']);
    },
  },
  {
    id: 'generator',
    title: 'Generator proof (a fresh domain, generated into a temporary copy, passes lint, type-check, unit and integration)',
    run: async () => {
      await services();
      return run(process.execPath, [path.join(ROOT, 'tools/scripts/check-generator.mjs')]).then((r) => r.code);
    },
  },
  {
    id: 'build',
    title: 'Build (api, worker, web)',
    run: () => run(process.execPath, nx('run-many', '-t', 'build', '-p', 'api', 'worker', 'web')).then((r) => r.code),
  },
  {
    id: 'e2e',
    title: 'E2E (Playwright + Debian Chromium against a started eCampus)',
    tests: true,
    run: async () => {
      await services();
      const out = path.join(RESULTS, 'e2e.json');
      rmSync(out, { force: true });
      const r = await run(process.execPath, [bin.playwright, 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'], {
        extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: out },
      });
      const c = countPlaywrightJson(out) ?? { passed: 0, failed: r.code ? 1 : 0 };
      counts.passed += c.passed;
      counts.failed += c.failed;
      console.log(`\ne2e: ${c.passed} passed, ${c.failed} failed`);
      return r.code !== 0 && c.failed === 0 ? (counts.failed++, r.code) : r.code;
    },
  },
];

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const selected = steps.filter((s) => wanted(s.id));
  const started = Date.now();
  const timings = [];
  let failedStep = null;
  for (const [i, step] of selected.entries()) {
    banner(`[${i + 1}/${selected.length}] ${step.title}`);
    const t0 = Date.now();
    let code;
    try {
      code = await step.run();
    } catch (err) {
      console.error(err instanceof StackError ? `✖ ${err.message}` : err);
      code = 1;
    }
    const secs = Math.round((Date.now() - t0) / 1000);
    timings.push(`${step.id} ${secs}s`);
    if (code !== 0) {
      if (!step.tests) counts.failed += 1;
      failedStep = step;
      break;
    }
  }
  const total = Math.round((Date.now() - started) / 1000);
  if (failedStep) banner(`✖ FAILED at step "${failedStep.title}" — stopped here (${timings.join(', ')}; total ${total}s)`);
  else banner(`✔ ALL GREEN (${timings.join(', ')}; total ${total}s)`);
  return failedStep ? 1 : 0;
}

let exitCode = 1;
const finish = async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
};
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    await finish();
    console.log(`${counts.passed} passed, ${Math.max(counts.failed, 1)} failed`);
    process.exit(130);
  });
}
try {
  exitCode = await main();
} catch (err) {
  console.error(err);
  counts.failed = Math.max(counts.failed, 1);
} finally {
  await finish();
}
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(exitCode);
