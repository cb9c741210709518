// One Jest run, three projects:
//  - unit:        *.spec.ts beside the code (no database, no network)
//  - integration: *.integration-spec.ts and API end-to-end suites (apps/api-e2e) on a real PostgreSQL
//  - browser:     Playwright-in-Chromium suites (apps/web-e2e) against the full stack
// The integration and browser projects share a global setup that starts an embedded PostgreSQL
// (or uses DATABASE_URL) and migrates a template database; each Jest worker clones it.
const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
const paths = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8')).compilerOptions.paths;
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/[/.]/g, '\\$&')}$`, `<rootDir>/${target}`]),
);
const transform = { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false, module: { type: 'commonjs' } }] };
const common = {
  rootDir: __dirname,
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
};

module.exports = {
  // Browser and integration suites boot real servers; unit tests finish in milliseconds anyway.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts', '<rootDir>/apps/api-e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
      globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/web-e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
      globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
    },
  ],
};
