import { readFileSync } from 'node:fs';
import nx from '@nx/eslint-plugin';

// Module boundaries of docs/architecture.md (decisions: docs/decisions/002-module-boundaries.md,
// 014-domain-homes.md). Tags without enforcement are decoration: this list is the enforcement.
// Three dimensions, each checked on its own: scope (which side), type (which layer), domain (whose).

const scopeConstraints = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];

const typeConstraints = [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:infra', 'type:data-access', 'type:ui', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:infra', 'type:util', 'type:contracts'],
  },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:util', 'type:contracts'] },
  // API data-access libraries (repositories, a domain's public entry) stand on the platform (infra).
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:infra', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:infra', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
];

// Domains (libs/domains.json): a domain uses its own libraries, the platform, the shared
// libraries and the *public entry* of the domains it declares — the projects tagged
// `public:<domain>` — never another domain's internals. The platform uses no domain.
const { domains } = JSON.parse(readFileSync(new URL('./libs/domains.json', import.meta.url), 'utf8'));
const domainConstraints = [
  { sourceTag: 'domain:platform', onlyDependOnLibsWithTags: ['domain:platform', 'domain:shared'] },
  { sourceTag: 'domain:shared', onlyDependOnLibsWithTags: ['domain:shared'] },
  ...Object.entries(domains).map(([name, { uses }]) => ({
    sourceTag: `domain:${name}`,
    onlyDependOnLibsWithTags: [`domain:${name}`, 'domain:platform', 'domain:shared', ...uses.map((u) => `public:${u}`)],
  })),
];

const depConstraints = [...scopeConstraints, ...typeConstraints, ...domainConstraints];

// Tests may additionally use the testing helpers (real database / Redis builders).
const testDepConstraints = depConstraints.map((c) =>
  c.sourceTag.startsWith('type:') && c.sourceTag !== 'type:e2e'
    ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] }
    : c,
);

const boundaries = (constraints) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    banTransitiveDependencies: false,
    // Build configuration, not code: lint configs extend the root one, webpack configs use tools/webpack.
    allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', '^.*/tools/webpack/[^/]+$'],
    depConstraints: constraints,
    // The test harness builds the real app from platform libraries whose own specs use it
    // (realtime's spec → testing → http → realtime). Only tests may import a testing library (the
    // type rules above), so a cycle through one exists in tests only.
    ignoredCircularDependencies: [['tag:type:testing', '*']],
  },
];

/**
 * `import * as z from 'zod'`, never `import { z }`: the `z` object of zod's classic entry holds all
 * of zod (locales, JSON Schema conversion), which the web build cannot tree-shake — it was 455 kB of
 * the first page's 874 kB (decision 030).
 */
const ZOD_AS_NAMESPACE = [
  'error',
  {
    selector: "ImportDeclaration[source.value='zod'] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
    message: "Use `import * as z from 'zod'`: the named `z` keeps all of zod in the web's first chunk (decision 030).",
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/.angular', '**/test-results'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      // A library's `…/testing` entry (fixtures, test providers) is for tests only; zod as a namespace.
      'no-restricted-imports': ['error', { patterns: [{ group: ['@ecampus/**/testing'], message: 'Test helpers are for specs only.' }] }],
      'no-restricted-syntax': ZOD_AS_NAMESPACE,
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/test-setup.ts', '**/src/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(testDepConstraints), 'no-restricted-imports': 'off' },
  },
];
