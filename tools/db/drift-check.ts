// Fails when the TypeORM entities and the committed migrations disagree.
// Migrates a fresh database, then asks TypeORM what it would change: anything at all is drift.
import { loadDatabaseUrl } from '@xp/server/config';
import { pendingSchemaChanges, runMigrations } from '@xp/server/data-access';
import { withScratchDatabase } from './scratch-database';

async function main() {
  await withScratchDatabase(process.argv[2] ?? loadDatabaseUrl(), async (url) => {
    await runMigrations(url);
    const { up } = await pendingSchemaChanges(url);
    if (up.length > 0) {
      console.error(
        'Schema drift: the entities differ from the migrations. Run `npm run migration:generate -- <Name>`.\n',
      );
      for (const q of up) console.error(`  ${q};`);
      process.exitCode = 1;
    } else {
      console.log('drift check: entities and migrations agree');
    }
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
