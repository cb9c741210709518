// Builds the Angular app into dist/web/browser when it is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function ensureWebBuild() {
  const index = join(root, 'dist/web/browser/index.html');
  const sources = ['apps/web', 'libs/web', 'libs/shared'].map((d) => join(root, d)).filter(existsSync);
  if (existsSync(index) && Math.max(...sources.map(newest)) <= statSync(index).mtimeMs) return;
  console.log('[build] building the web app (about a minute on 2 cores)…');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/nx/dist/bin/nx.js'), 'run', 'web:build', '--skip-nx-cache'],
    {
      stdio: 'inherit',
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    },
  );
}
