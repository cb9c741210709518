import type { BestHoursDto, SlotPageDto } from '@xp/shared';
import { seedPublishedPosts, type SeededPost } from './support/analytics-seed';
import { addMember, createBrand, limitMember, registerUser, type SignedIn } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * The best hours of an account (docs/analytics.md, "Best hours"): its posts by weekday and hour in its zone
 * (Europe/Paris here, CET until 29 March 2026), scored against its average, the best cell, the member's scope, and
 * the composer's next free slot preferring them (`slots/next?prefer=best-hours`) or falling back.
 */
let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let owner: SignedIn;
let ws: string;
let kindy: string;
let careers: string;

const get = (who: SignedIn, path: string) => who.agent.get(`/api/workspaces/${ws}${path}`);
const bestHours = async (query: string) =>
  (await get(owner, `/analytics/best-hours?${query}`).expect(200)).body as BestHoursDto;
const cell = (b: BestHoursDto, weekday: number, hour: number) =>
  b.cells.find((c) => c.weekday === weekday && c.hour === hour);
const nextSlots = async (account: string, query = '') =>
  (await get(owner, `/accounts/${account}/slots/next?${query}`).expect(200)).body as SlotPageDto;
const setSlots = async (account: string, postingSlots: { weekday: number; time: string }[]) => {
  const acc = (await get(owner, `/accounts/${account}`).expect(200)).body;
  await owner.agent
    .patch(`/api/workspaces/${ws}/accounts/${account}`)
    .set('x-csrf-token', owner.csrf)
    .send({ postingSlots, version: acc.version })
    .expect(200);
};
/** `n` posts a week apart from `first`, each with these figures. */
const weekly = (first: string, n: number, impressions: number, likes = 0): SeededPost[] =>
  Array.from({ length: n }, (_, i) => ({
    at: new Date(Date.parse(first) + i * 7 * 86_400_000).toISOString(),
    impressions,
    likes,
  }));

beforeAll(async () => {
  stack = await startApiWithSandbox({ INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0', ANALYTICS_POLL_MS: '0' });
  owner = await registerUser(stack.api, 'Odile', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  const brand = await createBrand(owner, ws, 'Kindy');
  kindy = await connectAccount(stack.sandbox, owner, ws, brand, 'Kindy');
  careers = await connectAccount(stack.sandbox, owner, ws, brand, 'TotalCareers');
  // Friday 20 March 2026, 10:00 in Paris: the last 90 days start on 20 December 2025.
  stack.api.clock.set('2026-03-20T09:00:00Z');
  await seedPublishedPosts(stack.api.databaseUrl, ws, kindy, [
    // Thursdays at 12:05 in Paris: 1,000 impressions and 50 likes each.
    ...weekly('2026-01-08T11:05:00Z', 4, 1000, 50),
    // Tuesdays at 09:30: 200 each.
    ...weekly('2026-02-03T08:30:00Z', 4, 200),
    // Mondays at 18:00: 100 each.
    ...weekly('2026-02-23T17:00:00Z', 4, 100),
    // Saturdays at 10:15: 3,000 each, but two posts only.
    ...weekly('2026-02-07T09:15:00Z', 2, 3000),
    // Sunday 1 March 23:30 UTC is Monday 2 March 00:30 in Paris.
    { at: '2026-03-01T23:30:00Z', impressions: 800 },
    // Before the range, and after now: not counted.
    { at: '2025-12-10T11:05:00Z', impressions: 90_000 },
    { at: '2026-03-20T09:30:00Z', impressions: 90_000 },
  ]);
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

it("maps the account's posts by weekday and local hour, scored against its average, over the last 90 days", async () => {
  const b = await bestHours(`accountId=${kindy}`);
  expect(b).toMatchObject({
    accountId: kindy,
    timezone: 'Europe/Paris',
    from: '2025-12-20T09:00:00.000Z',
    to: '2026-03-20T09:00:00.000Z',
    minPosts: 3,
  });
  expect(b.cells).toHaveLength(168);
  expect(b.cells.slice(0, 2).map((c) => [c.weekday, c.hour])).toEqual([
    [1, 0],
    [1, 1],
  ]);
  // 15 posts and 12,000 impressions: 800 a post on average.
  expect(b.cells.filter((c) => c.posts > 0)).toEqual([
    { weekday: 1, hour: 0, posts: 1, impressions: 800, engagementRate: 0, score: 1 },
    { weekday: 1, hour: 18, posts: 4, impressions: 400, engagementRate: 0, score: 0.125 },
    { weekday: 2, hour: 9, posts: 4, impressions: 800, engagementRate: 0, score: 0.25 },
    { weekday: 4, hour: 12, posts: 4, impressions: 4000, engagementRate: 0.05, score: 1.25 },
    { weekday: 6, hour: 10, posts: 2, impressions: 6000, engagementRate: 0, score: 3.75 },
  ]);
  expect(cell(b, 7, 23)?.posts).toBe(0);
  // Saturday 10 h scores higher, but on two posts: Thursday noon is the best.
  expect(b.best).toEqual([{ weekday: 4, hour: 12 }]);
});

it('follows the range asked for; no best hour when none stands out', async () => {
  const january = await bestHours(`accountId=${kindy}&from=2026-01-01T00:00:00%2B01:00&to=2026-02-01T00:00:00%2B01:00`);
  expect(january.cells.filter((c) => c.posts > 0)).toEqual([
    { weekday: 4, hour: 12, posts: 4, impressions: 4000, engagementRate: 0.05, score: 1 },
  ]);
  expect(january.best).toEqual([]);
  const empty = await bestHours(`accountId=${careers}`);
  expect(empty.cells.every((c) => c.posts === 0 && c.score === 0)).toBe(true);
  expect(empty.best).toEqual([]);
});

it("refuses a missing or unknown account, and an account outside the member's scope", async () => {
  expect((await get(owner, `/analytics/best-hours`).expect(400)).body).toMatchObject({
    code: 'VALIDATION_FAILED',
    details: [{ field: 'accountId' }],
  });
  await get(owner, `/analytics/best-hours?accountId=not-an-id`).expect(400);
  const unknown = await get(owner, `/analytics/best-hours?accountId=00000000-0000-4000-8000-000000000000`).expect(400);
  expect(unknown.body.code).toBe('ACCOUNT_NOT_FOUND');
  await get(owner, `/analytics/best-hours?accountId=${kindy}&from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z`).expect(
    400,
  );
  const member = await addMember(stack.api, owner, ws, 'editor', 'Rachid');
  await limitMember(owner, ws, member, [careers]);
  expect((await get(member, `/analytics/best-hours?accountId=${kindy}`).expect(400)).body.code).toBe(
    'ACCOUNT_NOT_FOUND',
  );
  expect((await get(member, `/accounts/${kindy}/slots/next?prefer=best-hours`).expect(400)).body.code).toBe(
    'ACCOUNT_NOT_FOUND',
  );
  expect((await get(member, `/analytics/best-hours?accountId=${careers}`).expect(200)).body.accountId).toBe(careers);
  // Another workspace's owner does not see it either.
  const other = await registerUser(stack.api, 'Autre', 'Autre');
  const theirs = other.me.workspaces[0]!.id;
  const foreign = await other.agent
    .get(`/api/workspaces/${theirs}/analytics/best-hours?accountId=${kindy}`)
    .expect(400);
  expect(foreign.body.code).toBe('ACCOUNT_NOT_FOUND');
});

it("the composer's next free slot prefers the best hours, and says when it cannot", async () => {
  // Mondays and Fridays at 09:30, Thursdays at 12:15.
  await setSlots(kindy, [
    { weekday: 1, time: '09:30' },
    { weekday: 4, time: '12:15' },
    { weekday: 5, time: '09:30' },
  ]);
  // Unchanged without `prefer`: Monday 23 March 09:30 (CET).
  expect(await nextSlots(kindy, 'count=1')).toEqual({
    items: ['2026-03-23T08:30:00.000Z'],
    nextCursor: null,
    basis: 'next-free',
    bestHour: null,
    fallback: null,
  });
  // Thursday noon: 26 March 12:15 (CET), then 2 April 12:15 (CEST).
  expect(await nextSlots(kindy, 'count=2&prefer=best-hours')).toEqual({
    items: ['2026-03-26T11:15:00.000Z', '2026-04-02T10:15:00.000Z'],
    nextCursor: null,
    basis: 'best-hours',
    bestHour: { weekday: 4, hour: 12, score: 1.25 },
    fallback: null,
  });
  // No posting slot in the best hours: the plain next free slot, saying why.
  await setSlots(kindy, [{ weekday: 1, time: '09:30' }]);
  expect(await nextSlots(kindy, 'count=1&prefer=best-hours')).toEqual({
    items: ['2026-03-23T08:30:00.000Z'],
    nextCursor: null,
    basis: 'next-free',
    bestHour: null,
    fallback: 'no-slot-in-best-hours',
  });
  // No history: the plain next free slot.
  await setSlots(careers, [{ weekday: 4, time: '12:15' }]);
  expect(await nextSlots(careers, 'prefer=best-hours&count=1')).toEqual({
    items: ['2026-03-26T11:15:00.000Z'],
    nextCursor: null,
    basis: 'next-free',
    bestHour: null,
    fallback: 'not-enough-history',
  });
  await get(owner, `/accounts/${kindy}/slots/next?prefer=worst-hours`).expect(400);
});
