// Recomputes the audit trail's keyed hash chain, checks it against every signed checkpoint (those stored in the
// database, the checkpoint file and any exported file given), and reports the first broken link.
// Usage: npm run audit:verify [-- [<workspaceId>] [--checkpoints <file.jsonl>]…]
//   (DATABASE_URL; AUDIT_HMAC_KEYS; AUDIT_CHECKPOINT_FILE when set). Exits 1 when the chain is broken or truncated.
import { existsSync, readFileSync } from 'node:fs';
import { Client } from 'pg';
import { parseAuditCheckpoints, type AuditCheckpoint } from '@xp/server/application';
import { ConfigError, loadAuditSettings, loadDatabaseUrl } from '@xp/server/config';
import { verifyAuditChain } from '@xp/server/data-access';

function readCheckpoints(file: string, required: boolean): AuditCheckpoint[] {
  if (!existsSync(file)) {
    if (required) throw new ConfigError([`--checkpoints: ${file} does not exist`]);
    console.warn(`audit:verify: the checkpoint file ${file} does not exist yet (no checkpoint taken)`);
    return [];
  }
  const { checkpoints, bad } = parseAuditCheckpoints(readFileSync(file, 'utf8'));
  if (bad.length) {
    console.error(`audit chain BROKEN: ${file} has lines that are not checkpoints (line ${bad.join(', ')})`);
    process.exit(1);
  }
  return checkpoints;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files: string[] = [];
  let workspaceId: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--checkpoints') {
      const f = args[++i];
      if (!f) throw new ConfigError(['--checkpoints: a file of checkpoints (JSON lines) is expected']);
      files.push(f);
    } else {
      workspaceId = args[i];
    }
  }
  const settings = loadAuditSettings();
  const checkpoints = [
    ...(settings.checkpointFile ? readCheckpoints(settings.checkpointFile, false) : []),
    ...files.flatMap((f) => readCheckpoints(f, true)),
  ];
  const client = new Client({ connectionString: loadDatabaseUrl(), application_name: 'x-publisher-audit-verify' });
  await client.connect();
  try {
    const r = await verifyAuditChain(
      async (sql, params) => (await client.query(sql, params)).rows,
      settings.keys,
      workspaceId,
      { checkpoints },
    );
    const b = r.broken;
    if (!b) {
      console.log(
        `audit chain OK: ${r.checked} event(s) verified${workspaceId ? ` in workspace ${workspaceId}` : ''}` +
          ` against ${checkpoints.length} checkpoint(s) from files and those in the database`,
      );
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
