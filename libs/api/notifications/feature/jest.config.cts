module.exports = {
  displayName: 'api-notifications-feature',
  preset: '../../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../../../jest.swc.js') },
  testPathIgnorePatterns: ['/node_modules/', 'integration-spec'],
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../../coverage/libs/api/notifications/feature',
};
