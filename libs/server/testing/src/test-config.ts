import { createHash, randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@xp/server/config';

/**
 * The audit chain's key in tests: one fixed key, so that an API and a scheduler on the same database (or a child
 * process, or `audit:verify`) seal and verify the same chain. Pass AUDIT_HMAC_KEYS to try another.
 */
export const TEST_AUDIT_HMAC_KEYS = `test:${createHash('sha256').update('x-publisher test audit key').digest('base64')}`;
export const TEST_AUDIT_KEYRING = [
  { id: 'test', key: Buffer.from(TEST_AUDIT_HMAC_KEYS.slice('test:'.length), 'base64') },
];

/**
 * The runtime role's URL for a test database (the role the API and the scheduler connect as: it owns nothing and
 * may not rewrite the audit trail). The Jest global setup gives `xp_app` a login; `freshDatabaseUrl()` answers the
 * owner's URL, which tests keep for their own setup and checks.
 */
export function appDatabaseUrl(ownerUrl: string): string {
  const user = process.env['XP_TEST_APP_USER'];
  if (!user) return ownerUrl;
  const u = new URL(ownerUrl);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(process.env['XP_TEST_APP_PASSWORD'] ?? '');
  return u.toString();
}

/**
 * A valid configuration for tests: the runtime role on the given database (the given URL, the owner's, for
 * migrations), random secrets, the test audit key, quiet logs, generous throttling.
 */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: appDatabaseUrl(databaseUrl),
    MIGRATION_DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}`,
    AUDIT_HMAC_KEYS: TEST_AUDIT_HMAC_KEYS,
    LOG_LEVEL: 'silent',
    LOGIN_THROTTLE_LIMIT: '10000',
    LOGIN_THROTTLE_ADDRESS_LIMIT: '10000',
    IMPORT_DRY_RUN_LIMIT: '10000',
    IMPORT_DRY_RUN_WORKSPACE_LIMIT: '10000',
    PUBLIC_URL: 'http://localhost:3000',
    DATABASE_POOL_SIZE: '5',
    // The dry run that readies a fresh production scheduler for its first burst (0.3–0.5 s a boot) is of no use to a
    // test's scheduler; a test may still ask for it.
    SCHEDULER_WARM_UP_CALLS: '0',
    ...env,
  });
}
