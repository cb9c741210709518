// One Jest run, four projects:
//  - unit:        *.spec.ts beside the code (no database, no network)
//  - integration: *.integration-spec.ts and API end-to-end suites (apps/api-e2e) on a real PostgreSQL
//  - browser:     Playwright-in-Chromium suites (apps/web-e2e) against the full stack
//  - fuzz:        malformed requests to every OpenAPI operation (apps/api-e2e/src/fuzz.e2e-spec.ts), run alone
// The integration and browser projects share a global setup that starts an embedded PostgreSQL
// (or uses DATABASE_URL) and migrates a template database; each Jest worker clones it.
const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
const paths = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8')).compilerOptions.paths;
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/[/.]/g, '\\$&')}$`, `<rootDir>/${target}`]),
);
const swcCommonJs = ['@swc/jest', { ...swcrc, swcrc: false, module: { type: 'commonjs' } }];
// temporal-polyfill (and its temporal-utils) ships ES modules only: Jest (CommonJS here) needs it compiled like our own sources.
const ESM_PACKAGES = ['temporal-polyfill', 'temporal-utils'];
const transform = {
  '^.+\\.ts$': swcCommonJs,
  [`/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`]: swcCommonJs,
};
const FUZZ = '/apps/api-e2e/src/fuzz\\.e2e-spec\\.ts$';
const common = {
  rootDir: __dirname,
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
};

module.exports = {
  // Browser and integration suites boot real servers; unit tests finish in milliseconds anyway.
  testTimeout: 60000,
  // A worker keeps some of every test file's modules (the charter's lexicons and models: about 125 MB a file), so a
  // long run once grew one past V8's heap limit and slowed the suites that shared it: Jest starts a fresh worker
  // between two files once one holds more than this.
  workerIdleMemoryLimit: '1GB',
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
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, FUZZ],
      globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
      globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
    },
    {
      // The OpenAPI-driven fuzz test also measures /api/health's latency while it runs: `npm test` runs it on its
      // own, after the other projects, so that other suites do not share the CPU with it.
      ...common,
      displayName: 'fuzz',
      testMatch: ['<rootDir>/apps/api-e2e/src/fuzz.e2e-spec.ts'],
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
