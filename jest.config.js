// Three jest projects, one database: the global setup starts FerretDB once for the run.
//   api        — server suites, test/*.test.ts and the add-in's unit tests (node, real HTTP, real database)
//   components — UI parts rendered with React Testing Library in jsdom (addin/**/*.test.tsx)
//   browser    — the built pages in headless Chromium (test/browser; needs dist/ and Chromium)
// `npm run test:api` runs api + components, `npm run test:browser` runs browser, `npm test` both.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const swcModules = ['@swc/jest', { module: { type: 'commonjs' } }];
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config reads the list as CommonJS
const reactOnPreact = require('./addin/react-on-preact.cjs');

const shared = {
  rootDir: __dirname,
  transform: {
    '^.+\\.tsx?$': swc,
    '/node_modules/(.*/)?(strip-bom|uuid)/.*\\.js$': swcModules,
  },
  // @microsoft/app-manifest and office-addin-mock require ESM-only packages (strip-bom, uuid): jest compiles them.
  transformIgnorePatterns: ['/node_modules/(?!(.*/)?(strip-bom|uuid)/)'],
  moduleNameMapper: { '^@interlog/([a-z0-9-]+)$': '<rootDir>/addin/$1/src/index.ts' },
  testPathIgnorePatterns: ['/node_modules/', '/.tools/', '/dist/'],
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  maxWorkers: 2,
  // A global option: jest-circus reads the run's testTimeout, not a project's.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/server', '<rootDir>/test', '<rootDir>/addin'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '<rootDir>/test/browser/'],
    },
    {
      ...shared,
      displayName: 'components',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/addin'],
      testMatch: ['**/*.test.tsx'],
      // Rendered with Preact as the pages are (addin/react-on-preact.cjs); its ESM-only files compiled for jest.
      transform: { ...shared.transform, '/node_modules/preact/.*\\.m?js$': swcModules },
      transformIgnorePatterns: ['/node_modules/(?!(.*/)?(strip-bom|uuid|preact)/)'],
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        ...Object.fromEntries(Object.entries(reactOnPreact).map(([name, to]) => [`^${name}$`, to])),
      },
      setupFilesAfterEnv: ['<rootDir>/test/support/components/setup.ts'],
    },
    {
      ...shared,
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.test.ts'],
    },
  ],
};
