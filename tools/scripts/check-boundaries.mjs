#!/usr/bin/env node
// @ts-check
// Proof that the module boundaries are enforced, not decoration. For each probe a file is placed in
// a real library, importing another library; ESLint's @nx/enforce-module-boundaries must reject the
// imports that break a rule (scope, or domain: another domain's internals, an undeclared domain) and
// accept the ones the rules allow (shared contracts, a declared domain's public entry). The probe
// files are removed again whatever happens (also on Ctrl-C).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/paths.mjs';

const RULE = '@nx/enforce-module-boundaries';

/**
 * @typedef {object} Probe
 * @property {string} what      the rule this probe shows
 * @property {string} from      library folder the probe file goes into
 * @property {string} imports   the import path it uses
 * @property {boolean} allowed  whether the boundary rule must accept it
 * @property {string} [blames]  a tag the rejection message must name (proves which rule tripped)
 */

/** @type {Probe[]} */
const PROBES = [
  {
    what: 'scope: the web never imports the API',
    from: 'libs/web/programs/feature-programs',
    imports: '@ecampus/api/platform/config',
    allowed: false,
    blames: 'scope:web',
  },
  {
    what: 'scope: the web may import the shared contracts',
    from: 'libs/web/programs/feature-programs',
    imports: '@ecampus/shared/contracts',
    allowed: true,
  },
  {
    what: "domain: another domain's internals (web: identity → programs' ui)",
    from: 'libs/web/identity/feature-login',
    imports: '@ecampus/web/programs/ui',
    allowed: false,
    blames: 'domain:identity',
  },
  {
    what: 'domain: an undeclared domain, even its public entry (api: identity → programs/access)',
    from: 'libs/api/identity/feature',
    imports: '@ecampus/api/programs/access',
    allowed: false,
    blames: 'domain:identity',
  },
  {
    what: "domain: a declared domain's internals (api: programs → identity/feature)",
    from: 'libs/api/programs/feature',
    imports: '@ecampus/api/identity/feature',
    allowed: false,
  },
  {
    what: "domain: a declared domain's public entry (api: programs → identity/accounts)",
    from: 'libs/api/programs/feature',
    imports: '@ecampus/api/identity/accounts',
    allowed: true,
  },
  {
    what: 'domain: the platform uses no domain (api: platform/health → programs/access)',
    from: 'libs/api/platform/health',
    imports: '@ecampus/api/programs/access',
    allowed: false,
    blames: 'domain:platform',
  },
];

/** @type {string[]} */
const written = [];
const cleanup = () => {
  for (const f of written.splice(0)) rmSync(f, { force: true });
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

let failures = 0;
try {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: ROOT });
  const stamp = `${process.pid}_${Date.now().toString(36)}`;
  for (const [i, probe] of PROBES.entries()) {
    const dir = path.join(ROOT, probe.from, 'src');
    if (!existsSync(dir)) throw new Error(`probe library ${probe.from} does not exist`);
    const file = path.join(dir, `boundary-probe-${i}-${stamp}.ts`);
    writeFileSync(file, `import * as probe from '${probe.imports}';\n\nexport const boundaryProbe = probe;\n`);
    written.push(file);
    const [result] = await eslint.lintFiles([file]);
    const messages = (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
    const rejected = messages.length > 0;
    const blamed = !probe.blames || messages.some((m) => m.includes(`"${probe.blames}"`));
    const arrow = `${probe.from} → ${probe.imports}`;
    if (rejected === !probe.allowed && blamed) {
      console.log(`✔ ${probe.what}\n    ${arrow}: ${rejected ? `rejected — ${messages[0]}` : 'allowed'}`);
    } else {
      failures += 1;
      const why =
        rejected === !probe.allowed
          ? `rejected, but not by the rule for ${probe.blames}: ${messages.join(' | ')}`
          : rejected
            ? `rejected: ${messages[0]}`
            : `passed ${RULE}`;
      console.error(`✖ ${probe.what}\n    ${arrow} ${probe.allowed ? 'must be allowed' : 'must be rejected'}, but was ${why}`);
    }
    rmSync(file, { force: true });
  }
} finally {
  cleanup();
}
process.exitCode = failures ? 1 : 0;
