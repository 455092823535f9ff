/**
 * Integration tests: `*.integration-spec.ts` anywhere under apps/ and libs/api.
 * They talk to the real PostgreSQL (a database per test file, real migrations) and real Redis
 * (a key prefix per test file). One worker: they are I/O bound and share two cores with the API.
 */
const { compilerOptions } = require('./tsconfig.base.json');

// Workspace path aliases (one per library entry point) → source files.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]),
);

module.exports = {
  moduleNameMapper,
  displayName: 'integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/libs/api/**/*.integration-spec.ts', '<rootDir>/apps/{api,worker}/**/*.integration-spec.ts'],
  transform: { '^.+\\.[tj]s$': require('./jest.swc.js') },
  moduleFileExtensions: ['ts', 'js', 'json'],
  maxWorkers: 1,
  testTimeout: 30000,
};
