// The demo workspace `npm start` seeds: through the real services, against the X sandbox, once.
import { Client } from 'pg';
import { freshDatabaseUrl, testConfig } from '@xp/server/testing';
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
import { seedDemo } from './seed';

let sandbox: RunningSandbox;
let db: Client;
let config: ReturnType<typeof testConfig>;

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: 'xp-demo-client',
    clientSecret: 'xp-demo-test-secret',
    redirectUris: ['http://localhost:3000/api/oauth/x/callback'],
  });
  const databaseUrl = await freshDatabaseUrl();
  config = testConfig(databaseUrl, {
    X_API_BASE_URL: sandbox.url,
    X_CLIENT_ID: 'xp-demo-client',
    X_CLIENT_SECRET: 'xp-demo-test-secret',
  });
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await sandbox?.close();
});

it('seeds the demo workspace once: members, four connected accounts and a fortnight of posts in every state', async () => {
  expect(await seedDemo(config)).toBe(true);
  const members = await db.query<{ email: string; role: string }>(
    `SELECT u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id ORDER BY u.email`,
  );
  expect(members.rows.map((r) => r.email)).toEqual([
    'editor@demo.kindy.fr',
    'manager@demo.kindy.fr',
    'owner@demo.kindy.fr',
    'recruiter@demo.kindy.fr',
    'viewer@demo.kindy.fr',
  ]);
  const accounts = await db.query<{ handle: string; status: string }>(
    `SELECT handle, status FROM accounts ORDER BY handle`,
  );
  expect(accounts.rows).toEqual(
    ['F1TotalOfficiel', 'GroupeKindy', 'Kindy', 'TotalCareers'].map((handle) => ({ handle, status: 'connected' })),
  );
  const byStatus = await db.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM posts GROUP BY 1 ORDER BY 1`,
  );
  expect(byStatus.rows).toEqual([
    { status: 'draft', n: 2 },
    { status: 'in_review', n: 3 },
    { status: 'scheduled', n: 7 },
  ]);
  // Approved posts carry a valid approval on their current content; two go out minutes after the first start.
  const unapproved = await db.query(
    `SELECT p.id FROM posts p WHERE p.status = 'scheduled'
        AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.post_id = p.id AND a.valid AND a.content_hash = p.content_hash)`,
  );
  expect(unapproved.rows).toEqual([]);
  const soon = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM posts WHERE status = 'scheduled' AND scheduled_at < now() + interval '10 minutes'`,
  );
  expect(soon.rows[0]!.n).toBe(2);
  // Job offers are the recruiter's, on the careers account only.
  const offers = await db.query<{ handle: string; email: string }>(
    `SELECT a.handle, u.email FROM posts p JOIN accounts a ON a.id = p.account_id JOIN users u ON u.id = p.author_id
      WHERE p.kind = 'job_offer'`,
  );
  expect(offers.rows).toEqual([
    { handle: 'TotalCareers', email: 'recruiter@demo.kindy.fr' },
    { handle: 'TotalCareers', email: 'recruiter@demo.kindy.fr' },
  ]);

  // …and the recruiter's open job offers behind them (the recruiting page is not empty on day one).
  const jobOffers = await db.query<{ title: string; status: string; handle: string }>(
    `SELECT o.title, o.status, a.handle FROM job_offers o JOIN accounts a ON a.id = o.account_id ORDER BY o.title`,
  );
  expect(jobOffers.rows).toEqual([
    { title: 'Ingénieur·e procédés', status: 'open', handle: 'TotalCareers' },
    { title: 'Technicien·ne de maintenance en alternance', status: 'open', handle: 'TotalCareers' },
  ]);

  expect(await seedDemo(config)).toBe(false);
  const again = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM posts`);
  expect(again.rows[0]!.n).toBe(12);
});
