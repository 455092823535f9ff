#!/usr/bin/env node
// @ts-check
// Proof that a freshly generated domain passes the checks of `npm test` unchanged (issue 6):
//   1. copy the repository as it is in the working tree (tracked and new files, not ignored ones)
//      to a temporary folder, node_modules linked, never writing into the real tree;
//   2. there: `nx g ./tools/generators:domain probe<random> --uses=programs`;
//   3. lint the generated projects and the changed composition roots (module boundaries included,
//      plus a probe import of programs' web internals that must fail the domain rule), type-check
//      the workspace (`tsc -b tsconfig.typecheck.json`: the new libraries by glob), compile the web
//      domain's templates (ngc, strictTemplates, as the build does), run the unit tests of the
//      generated projects and of the changed app roots, and the integration specs of the new
//      domain and of apps/api against the PostgreSQL and Redis of TEST_DATABASE_URL /
//      TEST_REDIS_URL (as `npm test` provides them);
//   4. remove the copy, also on failure and Ctrl-C.
// Only what the generator created or changed is checked, so the step stays short.
//
//   node tools/scripts/check-generator.mjs [--uses=programs] [--keep]   (--uses= for none; --keep leaves the copy)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binOf } from './lib/bins.mjs';
import { nxEnv } from './lib/env.mjs';
import { ROOT } from './lib/paths.mjs';

const RULE = '@nx/enforce-module-boundaries';

/** @param {string} name */
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const uses = option('uses') ?? 'programs';
const keep = process.argv.includes('--keep');
const name = `probe${randomBytes(3).toString('hex')}`;

const started = Date.now();
/** @param {string} text */
const say = (text) => console.log(`[${String(Math.round((Date.now() - started) / 1000)).padStart(3)}s] ${text}`);

// ------------------------------------------------------------------ the copy and its removal

const copy = mkdtempSync(path.join(os.tmpdir(), 'ecampus-generator-'));
/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
let removed = false;
function removeCopy() {
  if (removed) return;
  removed = true;
  for (const child of children) child.kill('SIGTERM');
  if (keep) {
    console.log(`(--keep) the copy stays at ${copy}`);
    return;
  }
  // The link first, so nothing can ever reach the real node_modules through it.
  rmSync(path.join(copy, 'node_modules'), { force: true });
  rmSync(copy, { recursive: true, force: true });
}
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.once(sig, () => {
    removeCopy();
    process.exit(130);
  });
}

/** The working tree's files as git sees them: tracked (unless deleted) and new ones, without ignored ones. */
function copyWorkingTree() {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const files = [...new Set(listed.stdout.split('\0').filter(Boolean))];
  const made = new Set();
  let copied = 0;
  for (const file of files) {
    const from = path.join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    const to = path.join(copy, file);
    const dir = path.dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    copyFileSync(from, to);
    copied++;
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copied;
}

// ------------------------------------------------------------------ running things in the copy

/** Nx inside the copy: its own workspace data and cache, no daemon, no cloud. */
const env = {
  ...nxEnv(),
  NX_WORKSPACE_DATA_DIRECTORY: path.join(copy, 'tmp/nx-workspace-data'),
  NX_CACHE_DIRECTORY: path.join(copy, 'tmp/nx-cache'),
  NX_SKIP_NX_CACHE: 'true',
  FORCE_COLOR: '0',
};
// The commands of the installed packages (the copy's node_modules is the same folder).
const bin = {
  nx: binOf('nx'),
  eslint: binOf('eslint'),
  tsc: binOf('typescript', 'tsc'),
  ngc: binOf('@angular/compiler-cli', 'ngc'),
  jest: binOf('jest'),
};

/**
 * Runs a command in the copy; its output is kept for the caller and shown prefixed with `label`
 * (unless `quiet`: machine-readable output the caller reports on).
 * @param {string} label
 * @param {string[]} args node arguments
 * @param {{ extraEnv?: NodeJS.ProcessEnv, quiet?: boolean }} [options]
 * @returns {Promise<{ code: number, out: string }>}
 */
function node(label, args, { extraEnv = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: copy, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let partial = '';
    const forward = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString();
      out += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      if (!quiet) for (const l of lines) process.stdout.write(`  ${label} │ ${l}\n`);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.once('error', (err) => resolve({ code: 127, out: String(err) }));
    child.once('close', (code, signal) => {
      children.delete(child);
      if (partial && !quiet) process.stdout.write(`  ${label} │ ${partial}\n`);
      resolve({ code: signal ? 1 : (code ?? 1), out });
    });
  });
}

// ------------------------------------------------------------------ the checks

const apiRoot = `libs/api/${name}/feature`;
const webRoot = `libs/web/${name}`;
const projects = [apiRoot, `${webRoot}/feature-${name}`, `${webRoot}/data-access`, `${webRoot}/ui`];

/**
 * ESLint over what the generator created or changed, in one process (JSON out): every file clean,
 * and a probe in the new API library importing programs' internals rejected by the domain rule.
 */
async function lint() {
  // Another domain's internals: allowed by scope (web → web) and type (feature → data-access), so
  // only the domain rule can refuse it — also when the new domain uses programs (not its public entry).
  const probe = path.join(webRoot, `feature-${name}`, 'src/lib/boundary-probe.ts');
  const internals = '@ecampus/web/programs/data-access';
  writeFileSync(path.join(copy, probe), `import * as probe from '${internals}';\n\nexport const boundaryProbe = probe;\n`);
  // The boundary rule reads Nx's project graph; build it with the new projects first.
  const graph = await node('nx', [bin.nx, 'show', 'projects', '--json'], { quiet: true });
  if (graph.code !== 0) {
    console.error(`✖ nx show projects failed:\n${graph.out}`);
    return false;
  }
  const expected = [`api-${name}-feature`, `web-${name}-feature-${name}`, `web-${name}-data-access`, `web-${name}-ui`];
  /** @type {string[]} */
  const listed = JSON.parse(graph.out.slice(graph.out.indexOf('[')));
  const missing = expected.filter((p) => !listed.includes(p));
  if (missing.length) {
    console.error(`✖ Nx does not know the generated projects: ${missing.join(', ')}`);
    return false;
  }

  const changed = [
    'apps/api/src/app/api-features.ts',
    'apps/api/src/migrations.ts',
    `libs/shared/contracts/src/lib/${name}.ts`,
    'apps/web/src/app/app.config.ts',
  ];
  const r = await node('eslint', [bin.eslint, '--format', 'json', ...projects, ...changed], { quiet: true });
  /** @type {Array<{ filePath: string, messages: Array<{ ruleId: string | null, message: string, line: number, column: number, severity: number }> }>} */
  let results;
  try {
    results = JSON.parse(r.out.slice(r.out.indexOf('[')));
  } catch {
    console.error(`✖ ESLint gave no result:\n${r.out}`);
    return false;
  }
  let ok = true;
  for (const result of results) {
    const file = path.relative(copy, result.filePath);
    if (file === probe) {
      const hit = result.messages.find((m) => m.ruleId === RULE && m.message.includes(`domain:${name}`));
      if (hit) say(`✔ boundaries: ${name}'s feature importing ${internals} is rejected: ${hit.message}`);
      else {
        ok = false;
        console.error(`✖ boundaries NOT enforced for the new domain: ${file} importing ${internals} passed ${RULE}`);
      }
      continue;
    }
    for (const m of result.messages) {
      ok = false;
      console.error(`✖ ${file}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`);
    }
  }
  if (ok) say(`✔ lint: ${results.length - 1} files clean`);
  return ok;
}

async function typecheck() {
  const r = await node('tsc', [bin.tsc, '-b', 'tsconfig.typecheck.json', '--pretty', 'false']);
  if (r.code === 0) say('✔ type-check: tsc -b tsconfig.typecheck.json');
  return r.code === 0;
}

/**
 * The web domain's templates, compiled ahead of time with strictTemplates as the app's build does
 * (tsc does not read templates): the feature's program pulls in its ui library's components.
 */
async function templates() {
  const r = await node('ngc', [bin.ngc, '-p', path.join(webRoot, `feature-${name}`, 'tsconfig.lib.json'), '--noEmit']);
  if (r.code === 0) say('✔ templates: ngc (strictTemplates) over the web feature and its ui');
  return r.code === 0;
}

/** The projects whose files the generator changed: the app roots' specs check the wiring (migration list, tabs). */
const compositionRoots = ['apps/api', 'apps/web', 'libs/shared/contracts'];

/** The generated projects' unit tests and those of the changed composition roots, in one Jest process. */
async function unit() {
  const configs = [...projects, ...compositionRoots].map((p) => path.join(p, 'jest.config.cts'));
  const r = await node('unit', [bin.jest, '--ci', '--maxWorkers=2', '--projects', ...configs], { extraEnv: tsNodeEnv });
  if (r.code === 0) say(`✔ unit tests of the generated projects and of ${compositionRoots.join(', ')}`);
  return r.code === 0;
}

/**
 * The new domain's integration spec, and the API app's (the whole API_FEATURES list, the new module
 * included), against the real servers: a database and Redis prefix per test file.
 */
async function integration() {
  const r = await node('integration', [bin.jest, '--ci', '-c', 'jest.integration.config.js', `${apiRoot}/`, 'apps/api/']);
  if (r.code === 0) say('✔ integration specs of the generated domain and of apps/api (real PostgreSQL and Redis)');
  return r.code === 0;
}

// Jest reads `*.cts` configs through ts-node: CommonJS resolution as in nx.json's integration target.
const tsNodeEnv = { TS_NODE_COMPILER_OPTIONS: JSON.stringify({ moduleResolution: 'node10', module: 'commonjs', customConditions: null }) };

// ------------------------------------------------------------------ main

let ok = false;
try {
  say(`copying the working tree to ${copy}`);
  say(`${copyWorkingTree()} files copied, node_modules linked`);

  const generate = ['./tools/generators:domain', name, `--uses=${uses}`, '--no-interactive'];
  say(`nx g ${generate.join(' ')}`);
  const generated = await node('nx g', [bin.nx, 'g', ...generate]);
  if (generated.code !== 0) throw new Error('the generator failed');

  say('lint, type-check and templates (in parallel)');
  const [linted, typed, compiled] = await Promise.all([lint(), typecheck(), templates()]);
  if (!linted || !typed || !compiled) throw new Error(!linted ? 'lint failed' : !typed ? 'type-check failed' : 'template check failed');

  say('unit tests, then the integration specs');
  if (!(await unit())) throw new Error('unit tests failed');
  console.log(
    `  (PostgreSQL: ${process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : process.env.DATABASE_URL ? 'DATABASE_URL' : 'default'}, Redis: ${process.env.TEST_REDIS_URL ? 'TEST_REDIS_URL' : 'default'})`,
  );
  if (!(await integration())) throw new Error('integration specs failed');

  ok = true;
  say(
    `✔ a freshly generated domain (${name}, uses: ${uses || 'none'}) passes lint, type-check, templates, unit and integration tests unchanged`,
  );
} catch (err) {
  console.error(`✖ generated domain ${name}: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  removeCopy();
}
process.exitCode = ok ? 0 : 1;
