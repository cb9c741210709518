// The embedded PostgreSQL of `npm start`, killed with SIGKILL, is started again on the same data by the supervisor.
// embedded-pg.mjs is an ES module, which Jest's CommonJS runtime cannot import: the scenario runs in a child Node
// process against the compiled supervisor (dist/server, built by the global setup) and prints what it saw.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(__dirname, '../..');
const scenario = (dir: string) => `
import pg from 'pg';
import { startEmbeddedPostgres } from ${JSON.stringify(pathToFileURL(join(root, 'tools/db/embedded-pg.mjs')).href)};
const { Supervisor, runningChild } = (await import(${JSON.stringify(
  pathToFileURL(join(root, 'dist/server/tools/launcher/supervisor.js')).href,
)})).default;
const lines = [];
const db = await startEmbeddedPostgres({ dir: ${JSON.stringify(dir)} });
const sup = new Supervisor((m) => lines.push(m), { initialMs: 200, maxMs: 1000, resetAfterMs: 60000 });
let first = true;
await sup.add('PostgreSQL', async () => {
  if (!first) await db.restart();
  first = false;
  const child = runningChild(db.process());
  return { exited: child.exited, stop: () => db.stop() };
});
const count = async () => {
  const c = new pg.Client({ connectionString: db.url(), connectionTimeoutMillis: 2000 });
  await c.connect();
  try { return (await c.query('SELECT count(*)::int AS n FROM kept')).rows[0].n; } finally { await c.end(); }
};
const c = new pg.Client({ connectionString: db.url() });
await c.connect();
await c.query('CREATE TABLE kept (id int); INSERT INTO kept VALUES (1), (2)');
await c.end();
const killed = db.process().pid;
process.kill(killed, 'SIGKILL');
let rows;
for (let i = 0; i < 80 && rows === undefined; i++) {
  await new Promise((r) => setTimeout(r, 250));
  rows = await count().catch(() => undefined);
}
const after = db.process()?.pid;
await sup.stop();
console.log(JSON.stringify({ rows, killed, after, lines }));
`;

describe('npm start supervises its embedded PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xp-sup-pg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restarts PostgreSQL after a SIGKILL, with its data, and says so', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', scenario(dir)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
      rows?: number;
      killed: number;
      after?: number;
      lines: string[];
    };
    expect(seen.rows).toBe(2);
    expect(seen.after).toBeDefined();
    expect(seen.after).not.toBe(seen.killed);
    expect(seen.lines[0]).toMatch(/^PostgreSQL exited \(SIGKILL\); restarting in 0\.2 s$/);
    expect(seen.lines).toContain('PostgreSQL restarted');
  }, 70_000);
});
