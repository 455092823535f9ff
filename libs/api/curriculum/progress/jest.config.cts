module.exports = {
  displayName: 'api-curriculum-progress',
  preset: '../../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../../../jest.swc.js') },
  testPathIgnorePatterns: ['/node_modules/', 'integration-spec'],
  passWithNoTests: true,
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../../coverage/libs/api/curriculum/progress',
};
