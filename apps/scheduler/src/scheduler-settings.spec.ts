import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '@xp/server/config';
import { schedulerSettings } from './scheduler-settings';

const base = {
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  SESSION_SECRET: 'x'.repeat(32),
  ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  AUDIT_HMAC_KEYS: `a1:${randomBytes(32).toString('base64')}`,
};

describe('SCHEDULER_* settings', () => {
  it('defaults what is unset', () => {
    const s = schedulerSettings(loadConfig(base).scheduler);
    expect(s).toMatchObject({ concurrency: 128, batchSize: 128, sweepMs: 5000 });
    expect(s.leaseMs).toBeGreaterThanOrEqual(s.callTimeoutMs + 3000);
    expect(s.schedulerId).toMatch(/-\d+-[0-9a-f]{6}$/);
  });

  it('reads what is set, through the one configuration', () => {
    const config = loadConfig({
      ...base,
      SCHEDULER_ID: 'sched-a',
      SCHEDULER_CONCURRENCY: '16',
      SCHEDULER_BATCH: '8',
      SCHEDULER_SWEEP_MS: '250',
      SCHEDULER_PORT: '3001',
      SCHEDULER_HOST: '0.0.0.0',
    });
    expect(config.scheduler.port).toBe(3001);
    expect(config.scheduler.host).toBe('0.0.0.0');
    expect(loadConfig(base).scheduler.host).toBe('127.0.0.1');
    expect(schedulerSettings(config.scheduler)).toMatchObject({
      schedulerId: 'sched-a',
      concurrency: 16,
      batchSize: 8,
      sweepMs: 250,
    });
  });

  it('refuses bad values at boot with a message naming the variable', () => {
    const bad = (env: Record<string, string>) => {
      try {
        schedulerSettings(loadConfig({ ...base, ...env }).scheduler);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).message;
      }
      throw new Error('accepted');
    };
    expect(bad({ SCHEDULER_CONCURRENCY: '0' })).toMatch(/SCHEDULER_CONCURRENCY: expected an integer ≥ 1/);
    expect(bad({ SCHEDULER_BATCH: 'lots' })).toMatch(/SCHEDULER_BATCH: expected an integer ≥ 1/);
    expect(bad({ SCHEDULER_SWEEP_MS: '12.5' })).toMatch(/SCHEDULER_SWEEP_MS/);
    expect(bad({ SCHEDULER_LEASE_MS: '5000', SCHEDULER_CALL_TIMEOUT_MS: '4000' })).toMatch(
      /SCHEDULER_LEASE_MS: must exceed SCHEDULER_CALL_TIMEOUT_MS/,
    );
  });
});
