/** Jest 29 with ts-jest; every suite is TypeScript under test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  testTimeout: 180000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
