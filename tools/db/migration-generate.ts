// Writes a new migration with the SQL that brings a freshly migrated database in line with the entities.
// Usage: npm run migration:generate -- <Name>   (DATABASE_URL, or the embedded database via tools/db/with-db.mjs)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatabaseUrl } from '@xp/server/config';
import { pendingSchemaChanges, runMigrations } from '@xp/server/data-access';
import { withScratchDatabase } from './scratch-database';

async function main() {
  const name = (process.argv[2] ?? '').replace(/[^A-Za-z0-9]/g, '');
  if (!name) throw new Error('usage: migration:generate <Name>');
  const ts = Date.now();
  await withScratchDatabase(loadDatabaseUrl(), async (url) => {
    await runMigrations(url);
    const { up, down } = await pendingSchemaChanges(url);
    if (up.length === 0) {
      console.log('No changes: entities and migrations agree.');
      return;
    }
    const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((s) => `    await queryRunner.query(${q(s)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down
  .reverse()
  .map((s) => `    await queryRunner.query(${q(s)});`)
  .join('\n')}
  }
}
`;
    const file = join(
      process.cwd(),
      'libs/server/data-access/src/migrations',
      `${ts}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
    );
    writeFileSync(file, body);
    console.log(`wrote ${file}; add it to libs/server/data-access/src/migrations/index.ts`);
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
