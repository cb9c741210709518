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
const res = spawnSync(
  process.execPath,
  [join(root, 'node_modules/jest/bin/jest.js'), '--ci', '--maxWorkers=2', ...args],
  {
    stdio: 'inherit',
    cwd: root,
  },
);
process.exit(res.status ?? 1);
