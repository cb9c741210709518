// The demo's public (`npm start`): calm crowds around the demo accounts, with French customer-care questions for
// @Kindy, a few posts an hour.
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
import { startDemoPublic } from './demo-public';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seedDemo: true });
});
afterAll(() => sandbox?.close());

it('mentions and replies to the demo accounts a few times an hour, with French customer-care questions for @Kindy', async () => {
  const ids = await startDemoPublic(sandbox.url);
  expect(ids).toHaveLength(2);
  // @Kindy has a post of its own: the public replies under it
  const brand = await fetch(`${sandbox.url}/_sandbox/tweets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'Kindy', text: 'La collection d’hiver arrive !' }),
  }).then((r) => r.json() as Promise<{ data: { id: string } }>);
  await fetch(`${sandbox.url}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs: 24 * 3600_000 }),
  });
  const all = sandbox.context.state.allTweets.filter((t) => t.id !== brand.data.id);
  const perHour = all.length / 24;
  expect(perHour).toBeGreaterThanOrEqual(8); // 6 + 3 an hour
  expect(perHour).toBeLessThanOrEqual(10);
  const kindy = all.filter((t) => /@Kindy\b/.test(t.text) || t.inReplyToTweetId === brand.data.id);
  expect(kindy.every((t) => t.lang === 'fr')).toBe(true);
  expect(kindy.some((t) => /^@Kindy (bonjour|comment|le code promo|vous livrez|mon colis)/.test(t.text))).toBe(true);
  expect(kindy.some((t) => t.inReplyToTweetId === brand.data.id)).toBe(true);
  for (const account of ['GroupeKindy', 'TotalCareers', 'F1TotalOfficiel'])
    expect(all.some((t) => t.text.includes(`@${account}`))).toBe(true);
  for (const id of ids) {
    const res = await fetch(`${sandbox.url}/_sandbox/crowd/${id}`);
    expect(((await res.json()) as { data: { running: boolean } }).data.running).toBe(true);
  }
});
