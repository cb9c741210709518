import { loadConfig } from './app-config';

const base = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  SESSION_SECRET: 'x'.repeat(32),
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  AUDIT_HMAC_KEYS: `a1:${Buffer.alloc(32, 9).toString('base64')}`,
};

describe('COOKIE_SECURE', () => {
  it('defaults to secure cookies when PUBLIC_URL is https', () => {
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://app.example.com' }).cookieSecure).toBe(true);
  });
  it('defaults to plain cookies for an http PUBLIC_URL or none (local development)', () => {
    expect(loadConfig({ ...base, PUBLIC_URL: 'http://localhost:3000' }).cookieSecure).toBe(false);
    expect(loadConfig(base).cookieSecure).toBe(false);
  });
  it('an explicit setting wins either way, and a wrong value names the variable', () => {
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://app.example.com', COOKIE_SECURE: 'false' }).cookieSecure).toBe(
      false,
    );
    expect(loadConfig({ ...base, COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(() => loadConfig({ ...base, COOKIE_SECURE: 'maybe' })).toThrow(/COOKIE_SECURE/);
  });
});

describe('WEBHOOK_ALLOW_LOOPBACK', () => {
  it('is off unless the operator turns it on; https-only receivers in production', () => {
    expect(loadConfig(base).webhooks).toEqual({ allowLoopback: false, httpsOnly: false });
    expect(loadConfig({ ...base, WEBHOOK_ALLOW_LOOPBACK: 'true' }).webhooks.allowLoopback).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).webhooks).toEqual({ allowLoopback: false, httpsOnly: true });
    expect(() => loadConfig({ ...base, WEBHOOK_ALLOW_LOOPBACK: 'sometimes' })).toThrow(/WEBHOOK_ALLOW_LOOPBACK/);
  });
});

describe('AUDIT_HMAC_KEYS and the database roles', () => {
  it('requires the audit chain key (never in the database), with key ids for rotation', () => {
    const { AUDIT_HMAC_KEYS: _, ...withoutKey } = base;
    expect(() => loadConfig(withoutKey)).toThrow(/AUDIT_HMAC_KEYS: required/);
    expect(() => loadConfig({ ...base, AUDIT_HMAC_KEYS: 'a1:c2hvcnQ=' })).toThrow(/AUDIT_HMAC_KEYS: each key/);
    const rotated = loadConfig({
      ...base,
      AUDIT_HMAC_KEYS: `a2:${Buffer.alloc(32, 1).toString('base64')},${base.AUDIT_HMAC_KEYS}`,
    });
    expect(rotated.audit.keys.map((k) => k.id)).toEqual(['a2', 'a1']);
    expect(rotated.audit.checkpointMs).toBe(60_000);
  });
  it('migrates with MIGRATION_DATABASE_URL when given, else with DATABASE_URL', () => {
    expect(loadConfig(base).migrationDatabaseUrl).toBe(base.DATABASE_URL);
    const owner = 'postgres://owner:p@127.0.0.1:5432/db';
    expect(loadConfig({ ...base, MIGRATION_DATABASE_URL: owner }).migrationDatabaseUrl).toBe(owner);
    expect(() => loadConfig({ ...base, MIGRATION_DATABASE_URL: 'mysql://x' })).toThrow(/MIGRATION_DATABASE_URL/);
  });
});

describe('upload and import limits', () => {
  it('default to a 1 GB media quota per workspace, 10 dry runs a minute per member (30 per workspace), reports kept 24 h', () => {
    const c = loadConfig(base);
    expect(c.mediaQuotaBytes).toBe(1024 * 1024 * 1024);
    expect(c.imports).toEqual({ dryRunLimit: 10, dryRunWorkspaceLimit: 30, windowSeconds: 60, reportTtlHours: 24 });
  });
  it('are set by the operator, and a wrong value names the variable', () => {
    const c = loadConfig({ ...base, MEDIA_QUOTA_MB: '5', IMPORT_DRY_RUN_LIMIT: '2', IMPORT_REPORT_TTL_HOURS: '1' });
    expect(c.mediaQuotaBytes).toBe(5 * 1024 * 1024);
    expect(c.imports.dryRunLimit).toBe(2);
    expect(c.imports.reportTtlHours).toBe(1);
    expect(() => loadConfig({ ...base, MEDIA_QUOTA_MB: '0' })).toThrow(/MEDIA_QUOTA_MB/);
    expect(() => loadConfig({ ...base, IMPORT_DRY_RUN_LIMIT: 'lots' })).toThrow(/IMPORT_DRY_RUN_LIMIT/);
  });
});

describe('REGISTRATION_VERIFY_EMAIL', () => {
  it('defaults to confirming the address when PUBLIC_URL is https (production), instant sign-up otherwise', () => {
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://app.example.com' }).registrationVerifyEmail).toBe(true);
    expect(loadConfig({ ...base, PUBLIC_URL: 'http://localhost:3000' }).registrationVerifyEmail).toBe(false);
    expect(loadConfig(base).registrationVerifyEmail).toBe(false);
  });
  it('an explicit setting wins either way, and a wrong value names the variable', () => {
    const https = { ...base, PUBLIC_URL: 'https://app.example.com' };
    expect(loadConfig({ ...https, REGISTRATION_VERIFY_EMAIL: 'false' }).registrationVerifyEmail).toBe(false);
    expect(loadConfig({ ...base, REGISTRATION_VERIFY_EMAIL: 'true' }).registrationVerifyEmail).toBe(true);
    expect(() => loadConfig({ ...base, REGISTRATION_VERIFY_EMAIL: 'perhaps' })).toThrow(/REGISTRATION_VERIFY_EMAIL/);
  });
});

describe('X_CLOCK', () => {
  it('is the wall clock unless told to follow the X sandbox, which needs its URL and is refused in production', () => {
    expect(loadConfig(base).clock).toBe('system');
    const sandbox = { ...base, X_API_BASE_URL: 'http://127.0.0.1:4010' };
    expect(loadConfig({ ...sandbox, X_CLOCK: 'follow-sandbox' }).clock).toBe('follow-sandbox');
    expect(() => loadConfig({ ...base, X_CLOCK: 'follow-sandbox' })).toThrow(
      /X_CLOCK: follow-sandbox needs X_API_BASE_URL/,
    );
    expect(() => loadConfig({ ...sandbox, X_CLOCK: 'follow-sandbox', NODE_ENV: 'production' })).toThrow(
      /X_CLOCK: follow-sandbox is for development/,
    );
    expect(() => loadConfig({ ...base, X_CLOCK: 'fast' })).toThrow(/X_CLOCK: expected system or follow-sandbox/);
  });
});
