import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSandboxConfig } from '@xp/server/config';
import { startSandbox } from './sandbox';
import { SnowflakeGenerator, snowflakeTime } from './snowflake';

async function call<T>(url: string, method: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

describe('sandbox admin API, persistence and configuration', () => {
  it('has exactly the admin shapes of API.md', async () => {
    const sb = await startSandbox({ port: 0, seedDemo: true });
    try {
      const users = await call<{ data: unknown[] }>(`${sb.url}/_sandbox/users`, 'GET');
      expect(users.body.data).toEqual([
        { id: '1340000000000000001', username: 'GroupeKindy', name: 'Groupe Kindy' },
        { id: '1340000000000000002', username: 'Kindy', name: 'Kindy' },
        { id: '1340000000000000003', username: 'TotalCareers', name: 'Total Careers' },
        { id: '1340000000000000004', username: 'F1TotalOfficiel', name: 'F1 Total Officiel' },
      ]);
      const created = await call<{ data: { id: string; username: string; name: string } }>(
        `${sb.url}/_sandbox/users`,
        'POST',
        { username: 'KindyJobs', name: 'Kindy Jobs' },
      );
      expect(created.body).toEqual({
        data: { id: expect.stringMatching(/^\d+$/), username: 'KindyJobs', name: 'Kindy Jobs' },
      });
      expect((await call(`${sb.url}/_sandbox/users`, 'POST', { username: 'KindyJobs', name: 'x' })).status).toBe(409);
      expect(
        (
          await call(`${sb.url}/_sandbox/apps`, 'POST', {
            clientId: 'c2',
            clientSecret: 's',
            redirectUris: ['http://x/cb'],
            profile: 'basic',
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await call(`${sb.url}/_sandbox/apps`, 'POST', {
            clientId: 'c3',
            redirectUris: ['http://x/cb'],
            profile: 'gold',
          })
        ).status,
      ).toBe(400);
      expect((await call(`${sb.url}/_sandbox/rate-limits`, 'PUT', { profile: 'ppu' })).body).toEqual({
        data: { profile: 'ppu' },
      });
      expect((await call(`${sb.url}/_sandbox/tweets?username=Kindy`, 'GET')).body).toEqual({ data: [] });
      const before = Date.now();
      const clock = await call<{ data: { now: string } }>(`${sb.url}/_sandbox/clock`, 'POST', { advanceMs: 3600_000 });
      expect(Date.parse(clock.body.data.now) - before).toBeGreaterThanOrEqual(3600_000);
      expect((await call(`${sb.url}/_sandbox/reset`, 'POST')).status).toBe(200);
      expect((await call<{ data: unknown[] }>(`${sb.url}/_sandbox/users`, 'GET')).body.data).toHaveLength(5);
      const unknown = await call<{ title: string }>(`${sb.url}/2/nothing`, 'GET');
      expect(unknown.status).toBe(404);
    } finally {
      await sb.close();
    }
  });

  it('persists state to a file (debounced) and reloads it after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'x-sandbox-'));
    const stateFile = join(dir, 'state.json');
    try {
      const a = await startSandbox({ port: 0, seedDemo: true, stateFile, persistDebounceMs: 10 });
      await call(`${a.url}/_sandbox/users`, 'POST', { username: 'Persisted', name: 'Persisted User' });
      await a.close();
      expect(JSON.parse(readFileSync(stateFile, 'utf8')).users).toHaveLength(5);
      const b = await startSandbox({ port: 0, seedDemo: true, stateFile });
      try {
        const users = await call<{ data: Array<{ username: string }> }>(`${b.url}/_sandbox/users`, 'GET');
        expect(users.body.data.map((u) => u.username)).toContain('Persisted');
        expect(users.body.data).toHaveLength(5);
      } finally {
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generates monotonic snowflakes that encode their time', () => {
    const g = new SnowflakeGenerator();
    const t = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: 5000 }, () => g.next(t));
    for (let i = 1; i < ids.length; i++) expect(BigInt(ids[i]) > BigInt(ids[i - 1])).toBe(true);
    expect(snowflakeTime(ids[0])).toBe(t);
    expect(ids[0]).toMatch(/^\d{19}$/);
  });

  it('loads its configuration from the environment with clear errors', () => {
    expect(loadSandboxConfig({})).toEqual({ port: 4010, host: '127.0.0.1', stateFile: undefined, seedDemo: true });
    expect(
      loadSandboxConfig({ X_SANDBOX_PORT: '0', X_SANDBOX_SEED_DEMO: 'false', X_SANDBOX_STATE_FILE: '.data/x.json' }),
    ).toEqual({
      port: 0,
      host: '127.0.0.1',
      stateFile: '.data/x.json',
      seedDemo: false,
    });
    expect(() => loadSandboxConfig({ X_SANDBOX_PORT: 'abc' })).toThrow(/X_SANDBOX_PORT/);
    expect(() => loadSandboxConfig({ X_SANDBOX_PORT: '70000' })).toThrow(/X_SANDBOX_PORT/);
    expect(() => loadSandboxConfig({ X_SANDBOX_SEED_DEMO: 'maybe' })).toThrow(/X_SANDBOX_SEED_DEMO/);
  });
});
