import 'reflect-metadata';
import { ConfigError, loadConfig } from '@xp/server/config';
import { createSchedulerApp } from './scheduler-app';

async function main() {
  const config = loadConfig();
  const app = await createSchedulerApp(config);
  await app.listen(config.scheduler.port, config.scheduler.host);
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
