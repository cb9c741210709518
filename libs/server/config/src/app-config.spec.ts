import { loadConfig } from './app-config';

const base = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  SESSION_SECRET: 'x'.repeat(32),
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
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
