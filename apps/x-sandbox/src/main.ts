import { loadSandboxConfig } from '@xp/server/config';
import { startSandbox } from './sandbox';

async function main(): Promise<void> {
  const config = loadSandboxConfig();
  const sandbox = await startSandbox({
    port: config.port,
    host: config.host,
    seedDemo: config.seedDemo,
    stateFile: config.stateFile,
  });
  console.log(`X sandbox listening on ${sandbox.url}${config.seedDemo ? ' (demo users and app seeded)' : ''}`);
  if (config.stateFile) console.log(`state file: ${config.stateFile}`);
  const stop = (signal: string) => {
    console.log(`X sandbox: ${signal}, saving state and stopping`);
    sandbox.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
