// CI's check of the README's first command: `npm start` on a fresh checkout comes up, prints the demo logins, the
// demo manager can sign in and sees the seeded calendar, and Ctrl-C (SIGINT) stops everything with exit code 0.
//   node tools/scripts/smoke-start.mjs        (PORT defaults to 3400 here, so a running product is not disturbed)
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.PORT ?? '3400';
const base = `http://127.0.0.1:${port}`;
const fail = (message) => {
  console.error(`smoke: ${message}`);
  child.kill('SIGKILL');
  process.exit(1);
};

const started = Date.now();
const child = spawn(process.execPath, [join(root, 'tools/scripts/start.mjs')], {
  cwd: root,
  env: { ...process.env, PORT: port, PUBLIC_URL: `http://localhost:${port}` },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
child.stdout.on('data', (b) => {
  out += b.toString();
  process.stdout.write(b);
});
const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));

// Ready: the banner with the demo logins.
while (!out.includes('Demo logins')) {
  if (Date.now() - started > 180_000) fail('not up within 180 s');
  if (child.exitCode !== null) fail(`npm start exited early (${child.exitCode})`);
  await new Promise((r) => setTimeout(r, 250));
}
console.log(`smoke: up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (!out.includes('manager@demo.kindy.fr')) fail('the demo logins are not printed');

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'manager@demo.kindy.fr', password: 'Demo-Kindy-2026' }),
});
if (login.status !== 200) fail(`demo login answered ${login.status}`);
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const workspaces = await (await fetch(`${base}/api/workspaces`, { headers: { cookie } })).json();
const ws = workspaces.items?.[0]?.id;
if (!ws) fail(`no workspace for the demo manager: ${JSON.stringify(workspaces)}`);
const from = new Date(Date.now() - 86_400_000).toISOString();
const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
const cal = await fetch(`${base}/api/workspaces/${ws}/posts?from=${from}&to=${to}&view=calendar`, {
  headers: { cookie },
});
const items = (await cal.json()).items ?? [];
if (cal.status !== 200 || items.length < 10) fail(`calendar answered ${cal.status} with ${items.length} posts`);
const page = await fetch(`${base}/`);
if (page.status !== 200 || !(await page.text()).includes('<xp-root')) fail('the web app is not served at /');
console.log(`smoke: the demo manager signed in and sees ${items.length} posts; the web app is served`);

child.kill('SIGINT');
const timer = setTimeout(() => fail('still running 30 s after Ctrl-C'), 30_000);
const { code, signal } = await exited;
clearTimeout(timer);
if (code !== 0) fail(`exit after Ctrl-C: code ${code}, signal ${signal}`);
console.log('smoke: Ctrl-C stopped everything (exit 0)');
