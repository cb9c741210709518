// npm test: the whole suite — unit, integration (real PostgreSQL: embedded, or DATABASE_URL) and browser
// (Playwright in Chromium against the built web app). Extra arguments go to Jest, e.g. `npm test -- auth`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from './ensure-web-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
if (!args.includes('--selectProjects') || args.includes('browser')) {
  ensureWebBuild();
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.error(
      'Browser tests need Chromium at /usr/bin/chromium (Debian: apt-get install -y chromium) or CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}
const jest = (extra, workers = 2) =>
  spawnSync(
    process.execPath,
    [join(root, 'node_modules/jest/bin/jest.js'), '--ci', `--maxWorkers=${workers}`, ...extra],
    {
      stdio: 'inherit',
      cwd: root,
    },
  ).status ?? 1;

// The whole suite: every project, then the fuzz test alone (it measures /api/health's latency while it runs).
// With arguments, Jest gets them as they are (one file, one project, a test name…).
if (args.length === 0) {
  const first = jest(['--selectProjects', 'unit', 'integration', 'browser']);
  const fuzz = jest(['--selectProjects', 'fuzz'], 1);
  process.exit(first || fuzz);
}
process.exit(jest(args));
