// X_CLOCK=follow-sandbox (the `npm start` default): the product's clock is wall time + the X sandbox's offset, so
// fast-forwarding the sandbox (POST /_sandbox/clock) fast-forwards publishing. A post scheduled an hour ahead goes
// out within seconds of an advance of an hour, once; the API's clock moves with it.
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { Clock } from '@xp/server/application';
import {
  connectSandboxAccounts,
  createApprovedPosts,
  createSandboxUsers,
  createWorkspaceFixture,
  freshDatabaseUrl,
  testConfig,
} from '@xp/server/testing';
import { SandboxFollowingClock } from '@xp/server/x-api';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the scheduler's tests drive the X sandbox in-process
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
// eslint-disable-next-line @nx/enforce-module-boundaries -- and the API, to see its clock move too
import { createApiApp } from '@xp/api';
import { createSchedulerApp } from './scheduler-app';

const CALLBACK = 'http://localhost:3000/api/oauth/x/callback';
const CLIENT = { X_CLIENT_ID: 'xp-follow', X_CLIENT_SECRET: 'xp-follow-secret' };
const HOUR = 3600_000;

describe('X_CLOCK=follow-sandbox: the product follows the sandbox clock', () => {
  let sandbox: RunningSandbox;
  let scheduler: INestApplication;
  let api: INestApplication;
  let db: Client;
  let databaseUrl: string;
  let config: ReturnType<typeof testConfig>;

  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      seedDemo: true,
      clientId: CLIENT.X_CLIENT_ID,
      clientSecret: CLIENT.X_CLIENT_SECRET,
      redirectUris: [CALLBACK],
    });
    databaseUrl = await freshDatabaseUrl();
    config = testConfig(databaseUrl, { X_API_BASE_URL: sandbox.url, ...CLIENT, X_CLOCK: 'follow-sandbox' });
    scheduler = await createSchedulerApp(config, { quiet: true });
    await scheduler.init();
    api = await createApiApp(config, { quiet: true });
    await api.init();
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await scheduler?.close();
    await sandbox?.close();
  });

  it('publishes a post scheduled an hour ahead within seconds of advancing the sandbox an hour, once', async () => {
    const schedulerClock = scheduler.get(Clock);
    const apiClock = api.get(Clock);
    expect(schedulerClock).toBeInstanceOf(SandboxFollowingClock);
    expect(apiClock).toBeInstanceOf(SandboxFollowingClock);
    expect(Math.abs(apiClock.now().getTime() - Date.now())).toBeLessThan(1000);

    const ws = await createWorkspaceFixture(databaseUrl);
    const [name] = await createSandboxUsers(sandbox.url, `fw${randomBytes(3).toString('hex')}`, 1);
    const [account] = await connectSandboxAccounts(scheduler, ws, [name!], { redirectUri: CALLBACK });
    const text = `Dans une heure pile ${randomBytes(3).toString('hex')}`;
    const scheduledAt = new Date(Date.now() + HOUR);
    const [id] = await createApprovedPosts(config, ws, [{ accountId: account!.id, scheduledAt, texts: [text] }]);
    const status = async () =>
      (await db.query(`SELECT status FROM posts WHERE id = $1`, [id])).rows[0].status as string;
    await new Promise((r) => setTimeout(r, 600));
    expect(await status()).toBe('scheduled');

    const res = await fetch(`${sandbox.url}/_sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: HOUR }),
    });
    expect(res.status).toBe(200);
    const advancedAt = Date.now();
    while ((await status()) !== 'published' && Date.now() - advancedAt < 10_000)
      await new Promise((r) => setTimeout(r, 50));
    expect(await status()).toBe('published');
    // the scheduler's sweep runs every 5 s: the clock change itself woke it up
    expect(Date.now() - advancedAt).toBeLessThan(2500);

    const tweets = (
      (await (await fetch(`${sandbox.url}/_sandbox/tweets?username=${name}`)).json()) as {
        data: { text: string; created_at: string }[];
      }
    ).data.filter((t) => t.text === text);
    expect(tweets).toHaveLength(1);
    expect(Date.parse(tweets[0]!.created_at)).toBeGreaterThanOrEqual(scheduledAt.getTime());

    // the API's clock moved too (within a second of the change)
    expect(Math.abs(apiClock.now().getTime() - (Date.now() + HOUR))).toBeLessThan(1000);
    expect(Math.abs(schedulerClock.now().getTime() - (Date.now() + HOUR))).toBeLessThan(1000);
  });
});
