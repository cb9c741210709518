import 'reflect-metadata';
import { resolve } from 'node:path';
import { XWebhookService } from '@xp/server/application';
import { ConfigError, loadConfig } from '@xp/server/config';
import { createApiApp } from './create-app';

async function main() {
  const config = loadConfig();
  const app = await createApiApp(config, { webDist: resolve(config.webDistDir ?? 'dist/web/browser') });
  await app.listen(config.port, config.host);
  // Now that the API answers X's CRC: register the inbox's webhook at X and subscribe the connected accounts.
  void app.get(XWebhookService).ensure(config.inbox.webhookBaseUrl);
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
