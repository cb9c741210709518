// Recomputes the audit trail's hash chain and reports the first broken link.
// Usage: npm run audit:verify [-- <workspaceId>]   (DATABASE_URL). Exits 1 when the chain is broken.
import { Client } from 'pg';
import { loadDatabaseUrl } from '@xp/server/config';
import { verifyAuditChain } from '@xp/server/data-access';

async function main(): Promise<void> {
  const workspaceId = process.argv[2];
  const client = new Client({ connectionString: loadDatabaseUrl() });
  await client.connect();
  try {
    const r = await verifyAuditChain(async (sql, params) => (await client.query(sql, params)).rows, workspaceId);
    const b = r.broken;
    if (!b) {
      console.log(`audit chain OK: ${r.checked} event(s) verified${workspaceId ? ` in workspace ${workspaceId}` : ''}`);
    } else {
      console.error(`audit chain BROKEN at event ${b.id} (workspace ${b.workspaceId}, ${b.reason}): ${b.message}`);
      process.exitCode = 1;
    }
  } finally {
    await client.end();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
