/**
 * Jest 29 with ts-jest; every suite is TypeScript under test/, in one of two projects: `fast` (npm test) and
 * `slow` (npm run test:slow, one worker: two Chromiums or LibreOffices at once on 2 cores make timeouts flaky),
 * split by test/slow-suites.js. Running a file by path (npx jest test/x.test.ts) finds it in whichever project
 * holds it. --selectProjects takes a list, so the npm scripts put another flag after it: `npm test -- <path>` and
 * `npm run test:slow -- <path>` then filter by path instead of naming a project.
 */
const slow = require('./test/slow-suites');

const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const slowPatterns = [...slow.folders.map(f => `<rootDir>/${escape(f)}`), ...slow.files.map(f => `<rootDir>/${escape(f)}$`)];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
};

module.exports = {
  testTimeout: 180000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  projects: [
    { ...shared, displayName: 'fast', testMatch: ['**/*.test.ts', '**/*.test.tsx'], testPathIgnorePatterns: ['/node_modules/', ...slowPatterns] },
    { ...shared, displayName: 'slow', testMatch: [...slow.folders.map(f => `<rootDir>/${f}**/*.test.ts`), ...slow.files.map(f => `<rootDir>/${f}`)] },
  ],
};
