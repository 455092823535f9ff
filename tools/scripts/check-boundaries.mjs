#!/usr/bin/env node
// @ts-check
// Proof that the module boundaries are enforced, not decoration: a file placed in a scope:web
// library that imports a scope:api library must fail ESLint with @nx/enforce-module-boundaries,
// while the same file importing a scope:shared library must pass that rule. The probe files are
// removed again whatever happens (also on Ctrl-C).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/paths.mjs';

const RULE = '@nx/enforce-module-boundaries';

/** @typedef {{ dir: string, project: { name: string, projectType?: string, tags: string[] } }} Library */

/** A scope:web library (from the project.json files under libs/web) to place the probe in. */
function findWebLib() {
  /** @type {Library[]} */
  const found = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name === 'src') continue;
      const p = path.join(dir, e.name);
      const pj = path.join(p, 'project.json');
      if (existsSync(pj)) {
        const project = JSON.parse(readFileSync(pj, 'utf8'));
        if (project.projectType === 'library' && project.tags?.includes('scope:web') && existsSync(path.join(p, 'src')))
          found.push({ dir: p, project });
      }
      walk(p);
    }
  };
  walk(path.join(ROOT, 'libs/web'));
  if (!found.length) throw new Error('no scope:web library found under libs/web');
  // A feature lib may import infra/data-access/contracts by type, so only the scope rule can trip.
  return found.find((f) => f.project.tags.includes('type:feature')) ?? found[0];
}

/** @type {string[]} */
const probes = [];
const cleanup = () => {
  for (const f of probes.splice(0)) rmSync(f, { force: true });
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

/**
 * Lints a probe file importing `importPath`; returns the boundary rule's messages.
 * @param {import('eslint').ESLint} eslint
 * @param {string} file
 * @param {string} importPath
 */
async function lintProbe(eslint, file, importPath) {
  writeFileSync(file, `import * as probe from '${importPath}';\n\nexport const boundaryProbe = probe;\n`);
  probes.push(file);
  const [result] = await eslint.lintFiles([file]);
  return result.messages.filter((m) => m.ruleId === RULE);
}

let ok = false;
try {
  const { ESLint } = await import('eslint');
  const lib = findWebLib();
  const eslint = new ESLint({ cwd: ROOT });
  const stamp = `${process.pid}_${Date.now().toString(36)}`;

  const bad = await lintProbe(eslint, path.join(lib.dir, 'src', `boundary-probe-api-${stamp}.ts`), '@ecampus/api/platform/config');
  const good = await lintProbe(eslint, path.join(lib.dir, 'src', `boundary-probe-shared-${stamp}.ts`), '@ecampus/shared/contracts');
  const where = `${lib.project.name} [${lib.project.tags.join(',')}]`;
  if (!bad.length) {
    console.error(`✖ boundaries NOT enforced: ${where} importing @ecampus/api/platform/config passed ${RULE}.`);
  } else if (good.length) {
    console.error(`✖ boundary rule misfires: ${where} importing @ecampus/shared/contracts failed: ${good[0].message}`);
  } else {
    ok = true;
    console.log(`✔ ${where} → @ecampus/api/platform/config is rejected by ${RULE}:\n    ${bad[0].message}`);
    console.log(`✔ ${where} → @ecampus/shared/contracts is allowed.`);
  }
} finally {
  cleanup();
}
process.exitCode = ok ? 0 : 1;
