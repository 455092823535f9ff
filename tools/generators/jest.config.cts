// The generators' unit tests (Tree-based: no workspace on disk is touched).
module.exports = {
  displayName: 'tools-generators',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../jest.swc.js') },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts'],
  // Templates are not tests, even when they are named like ones (files/**/*.spec.ts__tmpl__ does not match anyway).
  testPathIgnorePatterns: ['/node_modules/', '/files/', '/web-library/'],
};
