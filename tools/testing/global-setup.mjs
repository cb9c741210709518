// Jest global setup for the integration and browser projects.
// Starts a throw-away embedded PostgreSQL (or uses DATABASE_URL when given), builds the server code
// and migrates a template database that every test file clones (CREATE DATABASE … TEMPLATE, ~50 ms).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { startEmbeddedPostgres } from '../db/embedded-pg.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

export default async function globalSetup() {
  const state = (globalThis.__XP_TEST_DB__ ??= { refs: 0 });
  state.refs++;
  if (state.refs > 1) return;

  execFileSync(process.execPath, [join(root, 'tools/scripts/build-server.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, QUIET_BUILD: '1' },
  });
  const { Client } = require('pg');
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let adminUrl;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    state.external = true;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'xp-test-pg-'));
    const pg = await startEmbeddedPostgres({ dir, fast: true });
    adminUrl = pg.url('postgres');
    state.stop = async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = `xp_tpl_${runId}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const { runMigrations } = require(join(root, 'dist/server/libs/server/data-access/src/migrate.js'));
  await runMigrations(url.toString());
  // The API and the scheduler under test connect as the runtime role (owns nothing, cannot disable triggers);
  // the migrations (above) and the tests' own setup and checks use the owner (the admin URL).
  const { ensureAppRole, withCredentials, APP_ROLE } = require(
    join(root, 'dist/server/libs/server/data-access/src/app-role.js'),
  );
  const appPassword = 'xp-app-test-only';
  await ensureAppRole(adminUrl, withCredentials(adminUrl, APP_ROLE, appPassword));

  state.adminUrl = adminUrl;
  state.prefix = `xp_t_${runId}_`;
  state.template = template;
  process.env.XP_TEST_ADMIN_URL = adminUrl;
  process.env.XP_TEST_TEMPLATE_DB = template;
  process.env.XP_TEST_DB_PREFIX = state.prefix;
  process.env.XP_TEST_APP_USER = APP_ROLE;
  process.env.XP_TEST_APP_PASSWORD = appPassword;
}
