import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@xp/server/config';

/** A valid configuration for tests: given database, random secrets, quiet logs, generous throttling. */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}`,
    LOG_LEVEL: 'silent',
    LOGIN_THROTTLE_LIMIT: '10000',
    LOGIN_THROTTLE_ADDRESS_LIMIT: '10000',
    IMPORT_DRY_RUN_LIMIT: '10000',
    IMPORT_DRY_RUN_WORKSPACE_LIMIT: '10000',
    PUBLIC_URL: 'http://localhost:3000',
    DATABASE_POOL_SIZE: '5',
    ...env,
  });
}
