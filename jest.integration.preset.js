/**
 * What every integration run shares — the root run of all specs (`jest.integration.config.js`,
 * used by `npm test`) and each project's `integration` target (`<project>/jest.integration.config.cts`,
 * used by `nx affected -t integration`) — so the two cannot drift.
 * Integration specs talk to the real PostgreSQL (a database per test file, real migrations) and
 * real Redis (a key prefix per test file). One worker: they are I/O bound and share two cores with the API.
 */
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

// Workspace path aliases (one per library entry point) → source files.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, path.join(__dirname, target)]),
);

const integrationPreset = {
  moduleNameMapper,
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('./jest.swc.js') },
  // janode is ESM only: compiled to CommonJS like our sources (Jest's CommonJS runtime cannot load ESM).
  transformIgnorePatterns: ['/node_modules/(?!janode/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  maxWorkers: 1,
  testTimeout: 30000,
};

/** The integration config of one project (its `integration` target): that project's specs only. */
function integrationProject(projectRoot) {
  const { name } = require(path.join(projectRoot, 'project.json'));
  return {
    ...integrationPreset,
    displayName: `${name}:integration`,
    rootDir: projectRoot,
    testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  };
}

module.exports = { integrationPreset, integrationProject };
