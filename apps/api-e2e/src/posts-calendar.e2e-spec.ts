// The calendar range query (`GET /api/workspaces/:ws/posts?from&to`) on a real PostgreSQL: exactly the posts of
// the range, every one of them; its validator (weak ETag → 304) changes with every write, whoever makes it, and is
// withheld while a write may still commit; gzip; tenant isolation and account scopes; 400s for bad ranges.
import { Client } from 'pg';
import { insertScheduledPosts } from '@xp/server/testing';
import { excerpt, type CalendarPostDto, type PostDto } from '@xp/shared';
import { PASSWORD, registerUser, uniqueEmail, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

let api: TestApi;
let close: () => Promise<void>;
let owner: SignedIn;
let recruiter: SignedIn;
let ws: string;
let groupeKindy: string;
let kindy: string;
let db: Client;

// A month well ahead of the test clock: March of next year (UTC).
const year = new Date().getUTCFullYear() + 1;
const FROM = new Date(Date.UTC(year, 2, 1));
const TO = new Date(Date.UTC(year, 3, 1));
const iso = (d: Date) => d.toISOString();
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
const range = { from: iso(FROM), to: iso(TO) };
const ids: Record<string, string> = {};

const create = async (who: SignedIn, accountId: string, text: string, scheduledAt: Date | null) =>
  (
    await who.agent
      .post(`/api/workspaces/${ws}/posts`)
      .set('x-csrf-token', who.csrf)
      .send({ accountId, segments: [{ text }], scheduledAt: scheduledAt ? iso(scheduledAt) : null })
      .expect(201)
  ).body as PostDto;
const calendar = (who: SignedIn, query: Record<string, string | number> = range) =>
  who.agent.get(`/api/workspaces/${ws}/posts`).query(query);

/**
 * A 200 answer that carries its validator. The validator is withheld while a transaction that started earlier may
 * still commit, and transaction ids are shared by every database of the test server: another suite's transaction
 * running at that instant withholds it too. Ask again until it is given.
 */
async function withValidator(ask: () => ReturnType<typeof calendar>): Promise<Awaited<ReturnType<typeof calendar>>> {
  for (let i = 0; ; i++) {
    const res = await ask().expect(200);
    if (res.headers['etag'] || i >= 100) return res;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  const stack = await startApiWithSandbox();
  api = stack.api;
  close = stack.close;
  owner = await registerUser(api, 'owner', 'Kindy calendrier');
  ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Kindy' })
      .expect(201)
  ).body.id;
  groupeKindy = await connectAccount(stack.sandbox, owner, ws, brand, 'GroupeKindy');
  kindy = await connectAccount(stack.sandbox, owner, ws, brand, 'Kindy');
  // A recruiter limited to @Kindy.
  const email = uniqueEmail('recruiter');
  const inv = await owner.agent
    .post(`/api/workspaces/${ws}/invitations`)
    .set('x-csrf-token', owner.csrf)
    .send({ email, role: 'editor', accountIds: [kindy] })
    .expect(201);
  const agent = api.agent();
  await agent
    .post(`/api/invitations/${String(inv.body.link).split('/').pop()}/accept`)
    .send({ displayName: 'Romain', password: PASSWORD })
    .expect(200);
  const me = (await agent.get('/api/auth/me').expect(200)).body;
  recruiter = { agent, me, csrf: me.csrfToken, email };

  ids['before'] = (await create(owner, groupeKindy, 'Février, dernière minute', plus(FROM, -1))).id;
  ids['first'] = (await create(owner, groupeKindy, 'Le 1er mars à minuit pile', FROM)).id;
  ids['middle'] = (await create(owner, kindy, 'Nouvelle collection printemps', plus(FROM, 14 * 86_400_000))).id;
  ids['last'] = (await create(owner, groupeKindy, 'Dernière milliseconde de mars', plus(TO, -1))).id;
  ids['after'] = (await create(owner, kindy, 'Le 1er avril à minuit pile', TO)).id;
  ids['unscheduled'] = (await create(owner, kindy, 'Sans date', null)).id;
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await close();
});

describe('the calendar range query', () => {
  it('answers exactly the posts of [from, to), in time order', async () => {
    const light = await calendar(owner, { ...range, view: 'calendar' }).expect(200);
    expect(light.body.items.map((p: CalendarPostDto) => [p.id, p.excerpt])).toEqual([
      [ids['first'], 'Le 1er mars à minuit pile'],
      [ids['middle'], 'Nouvelle collection printemps'],
      [ids['last'], 'Dernière milliseconde de mars'],
    ]);
    const res = await calendar(owner).expect(200);
    expect(res.body.nextCursor).toBeNull();
    const items = res.body.items as PostDto[];
    expect(items.map((p) => p.id)).toEqual([ids['first'], ids['middle'], ids['last']]);
    // The full PostDto, as before: the web app and integrations depend on it.
    expect(items[1]).toMatchObject({
      accountId: kindy,
      status: 'draft',
      held: false,
      segments: [{ text: 'Nouvelle collection printemps', weightedLength: 29, maxWeightedLength: 280, valid: true }],
      approvals: [],
      findings: [],
      version: 1,
      scheduledAt: iso(plus(FROM, 14 * 86_400_000)),
    });
  });

  it('answers every post of a range, not only the first 5000 (limit still honoured)', async () => {
    const from = new Date(Date.UTC(year, 5, 1));
    const n = 5_050;
    await insertScheduledPosts(
      api.databaseUrl,
      { workspaceId: ws, brandId: '', authorId: owner.me.user.id, approverId: owner.me.user.id },
      Array.from({ length: n }, (_, i) => ({
        accountId: i % 2 ? kindy : groupeKindy,
        scheduledAt: plus(from, i * 60_000),
        texts: [`Publication n°${i}`],
      })),
    );
    const to = iso(plus(from, 7 * 86_400_000));
    const all = await calendar(owner, { from: iso(from), to }).expect(200);
    expect(all.body.items).toHaveLength(n);
    expect(all.body.items[n - 1].segments[0].text).toBe(`Publication n°${n - 1}`);
    const some = await calendar(owner, { from: iso(from), to, limit: 10 }).expect(200);
    expect(some.body.items.map((p: PostDto) => p.id)).toEqual(all.body.items.slice(0, 10).map((p: PostDto) => p.id));
    // The account scope and filters apply to the whole range too.
    const scoped = await calendar(recruiter, { from: iso(from), to }).expect(200);
    expect(scoped.body.items).toHaveLength(n / 2);
    expect(scoped.body.items.every((p: PostDto) => p.accountId === kindy)).toBe(true);
  });

  it('answers the lighter calendar items with view=calendar: same posts, excerpt and segment count', async () => {
    // A month of its own (August), so the other tests' ranges are unchanged.
    const aug = { from: iso(new Date(Date.UTC(year, 7, 1))), to: iso(new Date(Date.UTC(year, 8, 1))) };
    const at = new Date(Date.UTC(year, 7, 10, 9, 30));
    const long = `${'Les résultats du trimestre sont en ligne, avec les chiffres clés de chaque marque '.repeat(2)}`;
    const thread = (
      await owner.agent
        .post(`/api/workspaces/${ws}/posts`)
        .set('x-csrf-token', owner.csrf)
        .send({
          accountId: kindy,
          segments: [{ text: long }, { text: 'Suite du fil' }],
          scheduledAt: iso(at),
          tags: ['résultats'],
        })
        .expect(201)
    ).body as PostDto;
    // Texts around the excerpt's cut, with characters outside the BMP (two UTF-16 units, one character in SQL).
    for (const text of ['🏁'.repeat(60), `${'a'.repeat(95)}${'🏎'.repeat(10)}`, 'é'.repeat(100), 'é'.repeat(101), 'x'])
      await owner.agent
        .post(`/api/workspaces/${ws}/posts`)
        .set('x-csrf-token', owner.csrf)
        .send({ accountId: kindy, segments: [{ text }], scheduledAt: iso(new Date(at.getTime() + 3600_000)) })
        .expect(201);
    const full = (await calendar(owner, aug).expect(200)).body.items as PostDto[];
    const res = await withValidator(() => calendar(owner, { ...aug, view: 'calendar' }));
    const items = res.body.items as CalendarPostDto[];
    expect(items.map((p) => p.id)).toEqual(full.map((p) => p.id));
    // Every item says what the full view says of the same post.
    expect(items).toEqual(
      full.map((p) => ({
        id: p.id,
        accountId: p.accountId,
        status: p.status,
        held: p.held,
        kind: p.kind,
        tags: p.tags,
        scheduledAt: p.scheduledAt,
        publishBy: p.publishBy,
        publishedAt: p.publishedAt,
        excerpt: excerpt(p.segments[0]?.text ?? ''),
        segmentCount: p.segments.length,
        version: p.version,
      })),
    );
    expect(items).toHaveLength(6);
    const item = items.find((p) => p.id === thread.id)!;
    expect(item).toEqual({
      id: thread.id,
      accountId: kindy,
      status: 'draft',
      held: false,
      kind: 'standard',
      tags: ['résultats'],
      scheduledAt: iso(at),
      publishBy: null,
      publishedAt: null,
      excerpt: `${long.slice(0, 99)}…`,
      segmentCount: 2,
      version: 1,
    });
    // Its own validator: a full answer's ETag never revalidates a calendar answer, nor the reverse.
    const fullEtag = (await withValidator(() => calendar(owner, aug))).headers['etag'] as string;
    expect(res.headers['etag']).toBeDefined();
    expect(res.headers['etag']).not.toBe(fullEtag);
    await calendar(owner, { ...aug, view: 'calendar' })
      .set('If-None-Match', fullEtag)
      .expect(200);
    const bad = await calendar(owner, { ...range, view: 'compact' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('view');
  });

  it('refuses bad ranges with a 400 naming the problem', async () => {
    const bad = async (query: Record<string, string>, code: string, field: string) => {
      const res = await calendar(owner, query).expect(400);
      expect(res.body.code).toBe(code);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await bad({ from: range.from }, 'RANGE_INCOMPLETE', 'to');
    await bad({ to: range.to }, 'RANGE_INCOMPLETE', 'from');
    await bad({ from: range.to, to: range.from }, 'INVALID_RANGE', 'to');
    await bad({ from: range.from, to: range.from }, 'INVALID_RANGE', 'to');
    await bad({ from: range.from, to: iso(plus(FROM, 63 * 86_400_000)) }, 'RANGE_TOO_LARGE', 'to');
    await bad({ from: 'mars', to: range.to }, 'VALIDATION_FAILED', 'from');
    await bad({ from: '2027-03-01T00:00:00', to: range.to }, 'VALIDATION_FAILED', 'from');
  });
});

describe('its validator (ETag) and compression', () => {
  it('sends a weak ETag, private/no-cache; If-None-Match with it answers 304 without a body', async () => {
    const first = await withValidator(() => calendar(owner));
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers['vary']).toMatch(/Accept-Encoding/i);
    const again = await calendar(owner).set('If-None-Match', etag).expect(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers['etag']).toBe(etag);
    // Another query (another range, a filter) has another validator.
    const filtered = await calendar(owner, { ...range, status: 'draft' })
      .set('If-None-Match', etag)
      .expect(200);
    expect(filtered.headers['etag']).not.toBe(etag);
  });

  it('compresses with gzip when accepted, and answers the same JSON plainly otherwise', async () => {
    // superagent decodes the gzip body itself; the header tells what travelled.
    const gz = await calendar(owner).set('Accept-Encoding', 'gzip').expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await calendar(owner).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(Number(gz.headers['content-length']));
    expect(gz.body).toEqual(plain.body);
    expect(plain.body.items).toHaveLength(3);
    expect(gz.headers['etag']).toBe(plain.headers['etag']);
  });

  it('prefers brotli once it is ready (produced in the background), with the same JSON and validator', async () => {
    const gz = await calendar(owner).set('Accept-Encoding', 'gzip').expect(200);
    let br = await calendar(owner).set('Accept-Encoding', 'gzip, deflate, br, zstd').expect(200);
    for (let i = 0; i < 50 && br.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      br = await calendar(owner).set('Accept-Encoding', 'gzip, deflate, br, zstd').expect(200);
    }
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toEqual(gz.body);
    expect(br.headers['etag']).toBe(gz.headers['etag']);
    // A client that does not accept brotli still gets gzip.
    expect((await calendar(owner).set('Accept-Encoding', 'gzip').expect(200)).headers['content-encoding']).toBe('gzip');
  });

  it('changes when a post is edited, moved, or changed by another process (raw SQL, like the scheduler)', async () => {
    const etag0 = (await withValidator(() => calendar(owner))).headers['etag'] as string;
    const post = (await owner.agent.get(`/api/workspaces/${ws}/posts/${ids['middle']}`).expect(200)).body as PostDto;
    await owner.agent
      .patch(`/api/workspaces/${ws}/posts/${post.id}`)
      .set('x-csrf-token', owner.csrf)
      .send({ segments: [{ text: 'Nouvelle collection printemps-été' }], version: post.version })
      .expect(200);
    const edited = await withValidator(() => calendar(owner).set('If-None-Match', etag0));
    const etag1 = edited.headers['etag'] as string;
    expect(etag1).not.toBe(etag0);
    expect(edited.body.items[1].segments[0].text).toBe('Nouvelle collection printemps-été');

    await db.query(`UPDATE posts SET status = 'cancelled', status_reason = 'cancelled' WHERE id = $1`, [ids['last']]);
    const bySql = await withValidator(() => calendar(owner).set('If-None-Match', etag1));
    expect(bySql.headers['etag']).not.toBe(etag1);
    expect(bySql.body.items[2].status).toBe('cancelled');

    // Moved out of the range: gone from the answer.
    const last = (await owner.agent.get(`/api/workspaces/${ws}/posts/${ids['last']}`).expect(200)).body as PostDto;
    await db.query(`UPDATE posts SET scheduled_at = $2 WHERE id = $1`, [ids['last'], plus(TO, 3_600_000)]);
    const moved = await calendar(owner)
      .set('If-None-Match', bySql.headers['etag'] as string)
      .expect(200);
    expect(moved.body.items.map((p: PostDto) => p.id)).not.toContain(last.id);
  });

  it('changes when a crisis hold is placed on an account (posts report held)', async () => {
    const before = await withValidator(() => calendar(owner));
    expect(before.body.items.every((p: PostDto) => !p.held)).toBe(true);
    await owner.agent
      .post(`/api/workspaces/${ws}/holds`)
      .set('x-csrf-token', owner.csrf)
      .send({ scope: 'account', targetId: groupeKindy, reason: 'Crise en cours' })
      .expect(201);
    const after = await withValidator(() => calendar(owner).set('If-None-Match', before.headers['etag'] as string));
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    const held = Object.fromEntries((after.body.items as PostDto[]).map((p) => [p.accountId, p.held]));
    expect(held).toEqual({ [groupeKindy]: true, [kindy]: false });
    // A post the hold does not stop (cancelled here; published, failed, missed alike) is not "held".
    const onHold = (after.body.items as PostDto[]).find((p) => p.accountId === groupeKindy)!;
    const cancelled = await owner.agent
      .post(`/api/workspaces/${ws}/posts/${onHold.id}/cancel`)
      .set('x-csrf-token', owner.csrf)
      .send({})
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', held: false });
  });

  it('is withheld while an older write may still commit, and never serves an answer without it', async () => {
    const settled = await withValidator(() => calendar(owner));
    expect(settled.headers['etag']).toBeDefined();
    // T1 starts writing first (older transaction id) and stays open; T2 writes later and commits at once.
    const t1 = new Client({ connectionString: api.databaseUrl });
    await t1.connect();
    try {
      await t1.query('BEGIN');
      await t1.query(`UPDATE posts SET tags = '{t1}' WHERE id = $1`, [ids['first']]);
      await db.query(`UPDATE posts SET tags = '{t2}' WHERE id = $1`, [ids['middle']]);
      const during = await calendar(owner)
        .set('If-None-Match', settled.headers['etag'] as string)
        .expect(200);
      expect(during.headers['etag']).toBeUndefined();
      const tags = Object.fromEntries((during.body.items as PostDto[]).map((p) => [p.id, p.tags]));
      expect(tags[ids['middle']!]).toEqual(['t2']);
      expect(tags[ids['first']!]).not.toEqual(['t1']);
      await t1.query('COMMIT');
    } finally {
      await t1.end();
    }
    // Once no older transaction runs (other test files share the server: allow them a moment), a validator again,
    // for an answer that has both writes.
    let after = await calendar(owner).expect(200);
    for (let i = 0; i < 50 && !after.headers['etag']; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await calendar(owner).expect(200);
    }
    expect(after.headers['etag']).toBeDefined();
    expect(after.headers['etag']).not.toBe(settled.headers['etag']);
    const tags = Object.fromEntries((after.body.items as PostDto[]).map((p) => [p.id, p.tags]));
    expect(tags).toMatchObject({ [ids['first']!]: ['t1'], [ids['middle']!]: ['t2'] });
  });
});

describe('tenancy and account scopes', () => {
  it("another tenant's member gets 404, even with a valid validator; no sign-in gets 401", async () => {
    const etag = (await withValidator(() => calendar(owner))).headers['etag'] as string;
    const stranger = await registerUser(api, 'stranger', 'Concurrent');
    const res = await calendar(stranger).set('If-None-Match', etag).expect(404);
    expect(res.body.code).toBe('WORKSPACE_NOT_FOUND');
    await api.agent().get(`/api/workspaces/${ws}/posts`).query(range).set('If-None-Match', etag).expect(401);
    // The stranger's own calendar is empty.
    const own = await stranger.agent
      .get(`/api/workspaces/${stranger.me.workspaces[0]!.id}/posts`)
      .query(range)
      .expect(200);
    expect(own.body.items).toEqual([]);
  });

  it('a member limited to one account sees only its posts, under a validator of their own', async () => {
    const full = await withValidator(() => calendar(owner));
    const mine = await withValidator(() => calendar(recruiter).set('If-None-Match', full.headers['etag'] as string));
    expect(mine.headers['etag']).toBeDefined();
    expect(mine.headers['etag']).not.toBe(full.headers['etag']);
    expect((mine.body.items as PostDto[]).map((p) => p.id)).toEqual([ids['middle']]);
    // Asking for an account outside the scope answers nothing, not the account's posts.
    const other = await calendar(recruiter, { ...range, accountId: groupeKindy }).expect(200);
    expect(other.body.items).toEqual([]);
    // Their validator does not unlock the owner's answer either.
    await calendar(owner)
      .set('If-None-Match', mine.headers['etag'] as string)
      .expect(200);
  });
});
