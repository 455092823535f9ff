#!/usr/bin/env node
// `npm test`: every check of the project in order, stopping at the first failure.
//   lint (module boundaries included) → boundary proof → type-check → unit → integration → build → e2e
// Ends with one line `N passed, N failed` (test cases of unit + integration + e2e; a failed check
// step without test cases counts as one failure) and a nonzero exit on any failure.
//
//   npm test                        everything
//   npm test -- --skip=e2e,build    leave steps out      npm test -- --only=lint,unit
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { binOf, ensurePostgres, ensureRedis, nxEnv, ROOT, StackError, withDatabase } from './stack.mjs';

const require = createRequire(import.meta.url);
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
const env = {
  ...nxEnv(),
  FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
};

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',') ?? null;
const only = arg('only');
const skip = arg('skip') ?? [];
const wanted = (step) => (only ? only.includes(step) : !skip.includes(step));

const counts = { passed: 0, failed: 0 };
const cleanups = [];

const line = '═'.repeat(72);
function banner(text) {
  process.stdout.write(`\n${line}\n  ${text}\n${line}\n`);
}

/** Runs a command with inherited output (and a copy of it in memory for summaries). */
function run(command, args, { extraEnv = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const forward = (target) => (chunk) => {
      if (capture) text += chunk.toString();
      target.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.once('error', (err) => resolve({ code: 127, text: String(err) }));
    child.once('close', (code, signal) => resolve({ code: signal ? 1 : code, text }));
  });
}

/** Runs a command and returns its combined output instead of printing it. */
function quiet(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.stderr.on('data', (c) => (text += c));
    child.once('error', (err) => resolve({ code: 127, text: String(err) }));
    child.once('close', (code, signal) => resolve({ code: signal ? 1 : code, text }));
  });
}

// --- test case counting ---------------------------------------------------------------------

// Jest prints `Tests:  1 failed, 2 skipped, 5 passed, 8 total` per run (Nx replays it from cache).
function countJestSummaries(text) {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  let passed = 0;
  let failed = 0;
  let runs = 0;
  for (const m of plain.matchAll(/^\s*Test Suites:\s*(.*)\n\s*Tests:\s*(.*)$/gm)) {
    runs += 1;
    const suitesFailed = Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
    const testsFailed = Number(/(\d+) failed/.exec(m[2])?.[1] ?? 0);
    passed += Number(/(\d+) passed/.exec(m[2])?.[1] ?? 0);
    // A suite that does not even load has no failed test: count it as one failure.
    failed += Math.max(testsFailed, suitesFailed);
  }
  return { passed, failed, runs };
}

function countJestJson(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) };
}

function countPlaywrightJson(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  const errors = (r.errors ?? []).length;
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (s.expected || s.unexpected ? 0 : errors) };
}

// --- type-check -----------------------------------------------------------------------------

/** Every project's tsconfig that compiles something (not the solution-style tsconfig.json). */
function typecheckConfigs() {
  const ts = require('typescript');
  const configs = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || ['node_modules', 'dist', 'src', 'tmp', '.angular'].includes(e.name)) continue;
      const p = path.join(dir, e.name);
      if (existsSync(path.join(p, 'project.json'))) {
        for (const f of readdirSync(p).filter((n) => /^tsconfig.*\.json$/.test(n)).sort()) {
          const { config } = ts.readConfigFile(path.join(p, f), ts.sys.readFile);
          const solutionOnly = config?.files?.length === 0 && (!config.include || config.include.length === 0);
          if (solutionOnly) continue;
          // Angular 21 publishes its typings only through package.json "exports" (e.g.
          // @angular/common/http → types/http.d.ts), which the generator's spec tsconfig
          // (module commonjs, moduleResolution node10, right for Jest's runtime) cannot see.
          // Types do not depend on the emitted module format, so check with bundler resolution.
          const { config: parent } = ts.readConfigFile(path.join(p, 'tsconfig.json'), ts.sys.readFile);
          const angular = Boolean(parent?.angularCompilerOptions);
          const flags = angular && config?.compilerOptions?.module === 'commonjs' ? ['--module', 'preserve', '--moduleResolution', 'bundler'] : [];
          configs.push({ file: path.relative(ROOT, path.join(p, f)), flags });
        }
      }
      walk(p);
    }
  };
  walk(path.join(ROOT, 'apps'));
  walk(path.join(ROOT, 'libs'));
  return configs;
}

async function typecheck() {
  const filter = arg('tsconfig');
  const configs = typecheckConfigs().filter((c) => !filter || filter.some((f) => c.file.includes(f)));
  const parallel = Math.max(1, Math.min(2, os.availableParallelism?.() ?? 2));
  console.log(`tsc --noEmit over ${configs.length} tsconfig files (${parallel} at a time)`);
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < configs.length) {
      const { file: cfg, flags } = configs[next++];
      const t0 = Date.now();
      const r = await quiet(process.execPath, [bin.tsc, '-p', cfg, '--noEmit', '--pretty', 'false', ...flags]);
      if (r.code === 0) console.log(`  ✔ ${cfg} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
      else {
        failures.push(cfg);
        console.log(`  ✖ ${cfg}\n${r.text.trim().replace(/^/gm, '      ')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return failures.length ? 1 : 0;
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
        console.log('No PostgreSQL on 127.0.0.1:5432: using the embedded one under .data/postgres.');
        const db = await ensurePostgres({ database: 'postgres', adoptRunning: false });
        cleanups.push(db.stop);
        env.TEST_DATABASE_URL = withDatabase(db.url, 'postgres');
      }
    }
  }
  if (!env.TEST_REDIS_URL) {
    const redis = await ensureRedis({ redisUrl: process.env.REDIS_URL });
    if (redis.started) cleanups.push(redis.stop);
    env.TEST_REDIS_URL = redis.url;
  }
  const show = (u) => u.replace(/:[^:@/]+@/, ':***@');
  console.log(`PostgreSQL: ${show(env.TEST_DATABASE_URL)}\nRedis:      ${show(env.TEST_REDIS_URL)}`);
}

// --- the steps ------------------------------------------------------------------------------

const nx = (...args) => [bin.nx, ...args, '--outputStyle=static'];

const steps = [
  {
    id: 'lint',
    title: 'Lint (ESLint incl. @nx/enforce-module-boundaries)',
    run: () => run(process.execPath, nx('run-many', '-t', 'lint', '--parallel=2')).then((r) => r.code),
  },
  {
    id: 'boundaries',
    title: 'Boundary proof (scope:web importing scope:api must fail lint)',
    run: () => run(process.execPath, [path.join(ROOT, 'tools/scripts/check-boundaries.mjs')]).then((r) => r.code),
  },
  { id: 'typecheck', title: 'Type-check (tsc --noEmit: app, lib and spec tsconfigs)', run: typecheck },
  {
    id: 'unit',
    title: 'Unit tests (Jest, every project)',
    tests: true,
    run: async () => {
      // A library without unit tests (covered by integration tests) is not a failure.
      const r = await run(process.execPath, nx('run-many', '-t', 'test', '--parallel=2', '--passWithNoTests'), { capture: true });
      const c = countJestSummaries(r.text);
      counts.passed += c.passed;
      counts.failed += c.failed;
      console.log(`\nunit: ${c.passed} passed, ${c.failed} failed in ${c.runs} Jest runs`);
      return r.code !== 0 && c.failed === 0 ? (counts.failed++, r.code) : r.code;
    },
  },
  {
    id: 'integration',
    title: 'Integration tests (real PostgreSQL and Redis)',
    tests: true,
    run: async () => {
      await services();
      const out = path.join(RESULTS, 'integration.json');
      rmSync(out, { force: true });
      const r = await run(process.execPath, [bin.jest, '-c', 'jest.integration.config.js', '--json', `--outputFile=${out}`]);
      const c = countJestJson(out) ?? { passed: 0, failed: r.code ? 1 : 0 };
      counts.passed += c.passed;
      counts.failed += c.failed;
      console.log(`\nintegration: ${c.passed} passed, ${c.failed} failed`);
      return r.code !== 0 && c.failed === 0 ? (counts.failed++, r.code) : r.code;
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
