// Benchmarks that need Jest's harness (the browser ones): never part of `npm test`.
// Run: npm run bench:calendar
const base = require('../../jest.config.js');
const browser = base.projects.find((p) => p.displayName === 'browser');

module.exports = {
  testTimeout: 240000,
  projects: [{ ...browser, displayName: 'bench', testMatch: ['<rootDir>/tools/bench/**/*.bench.ts'] }],
};
