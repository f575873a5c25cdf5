/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/server', '<rootDir>/test', '<rootDir>/addin'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } }, module: { type: 'commonjs' } },
    ],
    '/node_modules/(.*/)?(strip-bom|uuid)/.*\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  // @microsoft/app-manifest and office-addin-mock require ESM-only packages (strip-bom, uuid): jest compiles them.
  transformIgnorePatterns: ['/node_modules/(?!(.*/)?(strip-bom|uuid)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  moduleNameMapper: { '^@interlog/([a-z0-9-]+)$': '<rootDir>/addin/$1/src/index.ts' },
  testTimeout: 60_000,
  maxWorkers: 2,
  testPathIgnorePatterns: ['/node_modules/', '/.tools/', '/dist/'],
};
