// Fails when the TypeORM entities and the committed migrations disagree (see tools/db/drift-check.ts).
// Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../db/embedded-pg.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
execFileSync(process.execPath, [join(root, 'tools/scripts/build-server.mjs')], { stdio: 'inherit' });
let url = process.env.DATABASE_URL;
let stop = async () => undefined;
if (!url) {
  const dir = mkdtempSync(join(tmpdir(), 'xp-drift-'));
  const pg = await startEmbeddedPostgres({ dir, fast: true });
  url = pg.url('postgres');
  stop = async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
let code = 0;
try {
  execFileSync(process.execPath, [join(root, 'dist/server/tools/db/drift-check.js'), url], { stdio: 'inherit' });
} catch {
  code = 1;
} finally {
  await stop();
}
process.exit(code);
