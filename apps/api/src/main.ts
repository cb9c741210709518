import 'reflect-metadata';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '@xp/server/config';
import { createApiApp } from './create-app';

async function main() {
  const config = loadConfig();
  const app = await createApiApp(config, { webDist: resolve(config.webDistDir ?? 'dist/web/browser') });
  await app.listen(config.port, config.host);
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
