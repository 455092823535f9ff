/**
 * Every `*.integration-spec.ts` of the workspace in ONE Jest process (what `npm test` runs: one
 * process is faster than one per project). Each project runs its own through its `integration`
 * target; both configs come from jest.integration.preset.js.
 */
const { integrationPreset } = require('./jest.integration.preset.js');

module.exports = {
  ...integrationPreset,
  displayName: 'integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/libs/api/**/*.integration-spec.ts', '<rootDir>/apps/{api,worker}/**/*.integration-spec.ts'],
};
