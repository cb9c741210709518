// npm start: build what is missing or stale (server: SWC, ~1 s; web: Angular, once), then run the launcher.
import { execFileSync, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from './ensure-web-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
execFileSync(process.execPath, [join(root, 'tools/scripts/build-server.mjs')], { stdio: 'inherit', cwd: root });
ensureWebBuild();

const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/server/tools/launcher/main.js')], {
  stdio: 'inherit',
  cwd: root,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
