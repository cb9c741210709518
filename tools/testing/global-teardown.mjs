import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export default async function globalTeardown() {
  const state = globalThis.__XP_TEST_DB__;
  if (!state || --state.refs > 0) return;
  if (state.external) {
    // A shared server (DATABASE_URL): drop every database this run created.
    const { Client } = require('pg');
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [
      `${state.prefix}%`,
      state.template,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  } else {
    await state.stop?.();
  }
}
