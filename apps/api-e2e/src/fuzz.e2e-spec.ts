// OpenAPI-driven fuzzing: every operation of the document receives malformed requests derived from its parameters and
// request schema (wrong types, missing and extra fields, null, [], [[]], deep nesting, huge strings, NUL, unicode,
// integers beyond PostgreSQL's range, garbage ids and cursors, bad enums and dates), seeded so a failure replays.
// No answer may be a 5xx, and /api/health, polled all along, stays fast.
import * as fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { PASSWORD, registerUser, addMember, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

type Schema = Record<string, unknown>;
interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Param[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
type Doc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
interface Op {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  op: Operation;
}
interface Req {
  method: Op['method'];
  url: string;
  body?: unknown;
  /** Sent by the client of the sign-in operations (which may hold the session of a user they registered). */
  anonymous?: boolean;
  /** Sent by a client that never signed in. */
  noSession?: boolean;
}

const SEED = 20261203;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** Operations that would end the fuzzing session. */
const SESSION_ENDING = ['POST /api/auth/logout', 'POST /api/auth/password'];
/** Operations that sign a client in as someone else: sent without the owner's cookies. */
const ANONYMOUS = /^\/api\/(auth\/(register|login)|invitations\/)/;

let api: TestApi;
let close: () => Promise<void>;
let owner: SignedIn;
let ws: string;
let doc: Doc;
const ids: Record<string, string> = {};
let otherTenantId: string;

beforeAll(async () => {
  const stack = await startApiWithSandbox({ WEBHOOK_ALLOW_LOOPBACK: 'true', BODY_LIMIT: '200kb' });
  api = stack.api;
  close = stack.close;
  owner = await registerUser(api, 'fuzz-owner', 'Fuzz');
  ws = owner.me.workspaces[0]!.id;
  const brand = await send(owner, 'post', `/api/workspaces/${ws}/brands`, { name: 'Fuzz' });
  ids['brands'] = brand.body.id;
  ids['accounts'] = await connectAccount(stack.sandbox, owner, ws, ids['brands']!, 'TotalCareers');
  await connectAccount(stack.sandbox, owner, ws, ids['brands']!, 'Kindy');
  const editor = await addMember(api, owner, ws, 'editor', 'fuzz-editor');
  ids['members'] = editor.me.user.id;
  const post = await send(owner, 'post', `/api/workspaces/${ws}/posts`, {
    accountId: ids['accounts'],
    segments: [{ text: 'Bonjour, ceci est un essai #fuzz https://example.com' }],
  });
  ids['posts'] = post.body.id;
  const hold = await send(owner, 'post', `/api/workspaces/${ws}/holds`, { scope: 'brand', brandId: ids['brands'] });
  ids['holds'] = hold.body.id;
  const other = await registerUser(api, 'fuzz-other', 'Other');
  otherTenantId = (await send(other, 'post', `/api/workspaces/${other.me.workspaces[0]!.id}/brands`, { name: 'O' }))
    .body.id;
  doc = (await owner.agent.get('/api/docs-json').expect(200)).body as Doc;
  await createFixtures();
}, 120_000);
afterAll(() => close());

/**
 * Real ids for the other collections (job offers, recurrences, live sessions, webhooks, feeds, tokens…): each
 * collection's POST once with the plausible body derived from its schema.
 */
async function createFixtures(): Promise<void> {
  const paths = Object.keys(doc.paths);
  for (const o of operations()) {
    const collection = o.path.split('/').pop()!;
    if (o.method !== 'post' || o.path.endsWith('}') || ANONYMOUS.test(o.path) || ids[collection]) continue;
    if (!paths.some((p) => p.startsWith(`${o.path}/{`))) continue;
    const schema = o.op.requestBody?.content?.['application/json']?.schema;
    const res = await send(owner, 'post', pathFor(o), schema ? sample(schema) : {});
    const id: unknown = res.body?.id ?? res.body?.feed?.id;
    if (res.status < 300 && typeof id === 'string') ids[collection] = id;
  }
}

function send(who: SignedIn, method: Op['method'], url: string, body?: unknown) {
  const r = who.agent[method](url).set('x-csrf-token', who.csrf);
  return body === undefined ? r : r.send(body as object);
}

/** The operations of the document. */
function operations(): Op[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method]! })),
  );
}

function deref(s: Schema | undefined, depth = 0): Schema {
  if (!s || depth > 20) return {};
  const ref = s['$ref'];
  if (typeof ref === 'string') return deref(doc.components?.schemas?.[ref.split('/').pop()!], depth + 1);
  return s;
}

/** A plausible value for a schema (the base that each malformed request changes in one place). */
function sample(raw: Schema | undefined, name = '', depth = 0): unknown {
  const s = deref(raw);
  if (depth > 6) return null;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const alts = s[key] as Schema[] | undefined;
    if (alts?.length) {
      const pick = alts.map((a) => deref(a)).find((a) => a['type'] !== 'null') ?? alts[0];
      return sample(pick, name, depth + 1);
    }
  }
  if ('const' in s) return s['const'];
  if (Array.isArray(s['enum'])) return s['enum'][0];
  const type = Array.isArray(s['type']) ? (s['type'] as string[]).find((t) => t !== 'null') : s['type'];
  switch (type) {
    case 'object': {
      const props = (s['properties'] ?? {}) as Record<string, Schema>;
      return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sample(v, k, depth + 1)]));
    }
    case 'array': {
      const min = Number(s['minItems'] ?? 1);
      // Free texts differ from one item to the next (variants must).
      return Array.from({ length: Math.max(1, Math.min(min, 3)) }, (_, i) => {
        const item = sample(s['items'] as Schema, name, depth + 1);
        return typeof item === 'string' && item.startsWith('fuzz') ? `${item} ${i}` : item;
      });
    }
    case 'integer':
    case 'number':
      return typeof s['minimum'] === 'number' ? s['minimum'] : 1;
    case 'boolean':
      return true;
    case 'string':
      return sampleString(s, name);
    default:
      return 'x';
  }
}

function sampleString(s: Schema, name: string): string {
  // The first scope of a target is the workspace.
  if (name === 'targetId') return ws;
  if (/^(startDate|endDate)$/.test(name)) return name === 'startDate' ? '2031-06-15' : '2031-07-15';
  if (name === 'time') return '09:30';
  if (/At$/.test(name) || s['format'] === 'date-time') {
    return /^(ends|closes)/.test(name) ? '2031-06-15T11:30:00.000Z' : '2031-06-15T09:30:00.000Z';
  }
  if (s['format'] === 'uuid' || /Ids?$/.test(name)) {
    const key = Object.keys(ids).find((k) => name.toLowerCase().startsWith(k.replace(/s$/, '')));
    return (key && ids[key]) ?? ids['accounts']!;
  }
  if (s['format'] === 'date') return '2031-06-15';
  if (s['format'] === 'email') return 'fuzz@example.fr';
  if (s['format'] === 'uri' || /url/i.test(name)) return 'http://127.0.0.1:9/hook';
  const min = Number(s['minLength'] ?? 1);
  return 'fuzz'.padEnd(min, 'z');
}

const deep = (n: number): unknown => (n === 0 ? 'x' : { a: [deep(n - 1)] });
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Sent in every field: the classes of value that once made a 500 (and the field's type flipped). */
const ALWAYS: unknown[] = [null, [[]], {}, 2 ** 31, 'nul\u0000byte'];
const flipped = (v: unknown): unknown => (typeof v === 'string' ? 42 : typeof v === 'number' ? '1' : 'x');

/** Other values that are wrong for most fields (a seeded sample of them per field), plus seeded random ones. */
function badValues(rng: Seeds): unknown[] {
  const fixed: unknown[] = [
    [],
    { '': [{}] },
    deep(24),
    'z'.repeat(20_000),
    '\u{1F600}\u202E\uFEFF\uD800é',
    2 ** 53 + 2,
    -1,
    -(2 ** 31) - 1,
    1.5,
    1e308,
    0,
    '',
    true,
    'not-a-date',
    '2026-02-30T25:61:00Z',
    '-100000-01-01T00:00:00.000Z',
    '+275760-09-13T00:00:00.000Z',
    'zzz-not-an-enum',
    '00000000-0000-0000-0000-000000000000',
    otherTenantId,
    ['x', 1, null],
  ];
  const sampled = fc.sample(fc.shuffledSubarray(fixed, { minLength: 5, maxLength: 5 }), {
    seed: rng.nextInt(),
    numRuns: 1,
  })[0]!;
  const random = fc.sample(fc.anything({ maxDepth: 3, withNullPrototype: false }), { seed: rng.nextInt(), numRuns: 1 });
  return [...sampled, ...random];
}

const BAD_PATH = ['x', '0', '-1', '99999999999', 'null', '%C3%A9%E2%80%AE', '%ED%A0%80', 'a'.repeat(600), '..%2F..'];
const BAD_QUERY = [
  '',
  'x',
  '-1',
  '0',
  '2147483648',
  '1.5',
  '1e309',
  'null',
  '[]',
  '%00',
  '%C3%A9%F0%9F%98%80',
  '%ED%A0%80',
  '%E9',
  'z'.repeat(3000),
  'not-a-date',
  '2026-13-45',
  '!!!',
  b64(['x', 'y']),
  b64([1]),
  b64(['2026-01-01T00:00:00Z', 'not-a-uuid']),
  b64(['not-a-date', '00000000-0000-0000-0000-000000000000']),
  b64(['-100000-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
  '-100000-01-01T00:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
  b64(['9999999999999999999999']),
  b64({ a: 1 }),
  b64([[], {}]),
  b64('x'.repeat(100)),
];

function pathFor(op: Op, override?: [string, string]): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (override && override[0] === name) return override[1];
    if (name === 'ws') return ws;
    if (name === 'language') return 'fr';
    if (name === 'accountId') return ids['accounts']!;
    if (name === 'postId') return ids['posts']!;
    if (name === 'userId') return ids['members']!;
    const before = op.path.split(`/{${name}}`)[0]!.split('/').pop()!;
    // Never delete a fixture: a DELETE aims at an id that does not exist.
    if (op.method === 'delete') return '00000000-0000-4000-8000-000000000000';
    return ids[before] ?? '00000000-0000-4000-8000-000000000001';
  });
}

function withQuery(url: string, query: Record<string, string>): string {
  const q = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${/%[0-9A-F]{2}/.test(v) ? v : encodeURIComponent(v)}`)
    .join('&');
  return q ? `${url}?${q}` : url;
}

/** The malformed requests of one operation. */
function requestsFor(op: Op, rng: Seeds): Req[] {
  const anonymous = ANONYMOUS.test(op.path);
  const out: Req[] = [];
  const params = op.op.parameters ?? [];
  const bodySchema = op.op.requestBody?.content?.['application/json']?.schema;
  const base = bodySchema ? sample(bodySchema) : undefined;
  const basePath = pathFor(op);
  const push = (url: string, body: unknown = base) => out.push({ method: op.method, url, body, anonymous });
  // Path parameters: garbage and another tenant's id.
  for (const p of params.filter((p) => p.in === 'path' && p.name !== 'ws' && p.name !== 'language')) {
    for (const v of [...BAD_PATH, otherTenantId]) push(pathFor(op, [p.name, v]));
  }
  // Query parameters (and the paging ones on every GET).
  const queryNames = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  if (op.method === 'get') ['cursor', 'limit'].forEach((n) => queryNames.add(n));
  for (const name of queryNames) {
    for (const v of BAD_QUERY) push(withQuery(basePath, { [name]: v }));
    push(`${basePath}?${name}=1&${name}=2`);
    push(`${basePath}?${name}[a][b]=1`);
  }
  push(withQuery(basePath, { unknownParam: 'x' }));
  // Without a session (and so without a valid CSRF token).
  out.push({ method: op.method, url: basePath, body: base, anonymous: true, noSession: true });
  // The body: whole-body garbage, then each field (one level into objects, arrays' first item) wrong in turn.
  if (bodySchema) {
    for (const whole of [null, [], [[]], 'text', 42, {}, deep(30), { a: 'z'.repeat(150_000) }]) push(basePath, whole);
    push(basePath, base);
    if (base && typeof base === 'object' && !Array.isArray(base)) {
      for (const field of fieldPaths(base as Record<string, unknown>)) {
        const current = field.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], base);
        // A sample of the other bad values per field keeps the total to a few thousand requests.
        for (const v of [...ALWAYS, flipped(current), ...badValues(rng)]) push(basePath, setAt(base, field, v));
        push(basePath, setAt(base, field, undefined));
        push(basePath, setAt(base, [...field.slice(0, -1), '__extra__'], 'x'));
      }
    }
  }
  return out;
}

/** Paths to the fields of a body: top level, nested objects, and the first item of arrays. */
function fieldPaths(o: unknown, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (depth > 3 || o === null || typeof o !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(o)
    ? o.length
      ? [[0, o[0]]]
      : []
    : Object.entries(o as Record<string, unknown>);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...fieldPaths(v, [...prefix, k], depth + 1)]);
}

function setAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

async function run(req: Req, anon: TestAgent) {
  const agent = req.noSession ? api.agent() : req.anonymous ? anon : owner.agent;
  let r = agent[req.method](req.url).set('x-csrf-token', owner.csrf).set('content-type', 'application/json');
  if (req.body !== undefined) r = r.send(JSON.stringify(req.body));
  return r.ok(() => true);
}

/** Signs the owner in again if a request ended the session (e.g. a membership change). */
async function keepSignedIn(): Promise<void> {
  const me = await owner.agent.get('/api/auth/me');
  if (me.status === 200) return;
  const res = await owner.agent.post('/api/auth/login').send({ email: owner.email, password: PASSWORD }).expect(200);
  owner.csrf = res.body.csrfToken;
}

it('no malformed request to any operation answers a 5xx, and /api/health stays fast', async () => {
  const rng = new Seeds(SEED);
  const ops = operations().filter((o) => !SESSION_ENDING.includes(`${o.method.toUpperCase()} ${o.path}`));
  expect(ops.length).toBeGreaterThan(50);
  const requests = ops.flatMap((o) => requestsFor(o, rng));

  const latencies: number[] = [];
  let polling = true;
  const poller = (async () => {
    const probe = api.agent();
    while (polling) {
      const t = performance.now();
      await probe.get('/api/health');
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();

  const failures: string[] = [];
  const anon = api.agent();
  const started = performance.now();
  const WORKERS = 2;
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (next < requests.length) {
        const req = requests[next++]!;
        const res = await run(req, anon);
        if (res.status >= 500) {
          const body = JSON.stringify(req.body)?.slice(0, 300);
          failures.push(`${res.status} ${req.method.toUpperCase()} ${req.url.slice(0, 200)} ${body} → ${res.text}`);
        }
        if (res.status === 401 && !req.anonymous) await keepSignedIn();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  polling = false;
  await poller;
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
  console.info(
    `fuzz: ${requests.length} requests over ${ops.length} operations in ${seconds.toFixed(1)} s; ` +
      `/api/health p99 ${p99.toFixed(1)} ms over ${latencies.length} probes; ${failures.length} × 5xx; ` +
      `real ids for ${Object.keys(ids).join(', ')}`,
  );
  expect(failures).toEqual([]);
  expect(requests.length).toBeGreaterThan(2000);
  expect(seconds).toBeLessThan(120);
  expect(p99).toBeLessThan(100);
}, 180_000);

/** Successive seeds for fast-check's samplers, from one fixed seed: the same requests on every run. */
class Seeds {
  constructor(private seed: number) {}
  nextInt(): number {
    return this.seed++;
  }
}

it('a charter that sets only the standard kind keeps the defaults of the others: job offers are still checked', async () => {
  const charterUrl = `/api/workspaces/${ws}/brands/${ids['brands']}/charter`;
  const current = await owner.agent.get(charterUrl).expect(200);
  await send(owner, 'put', charterUrl, {
    charter: { requiredElements: { standard: { elements: ['hashtag'], severity: 'warn' } } },
    version: current.body.version,
  }).expect(200);
  const after = await owner.agent.get(charterUrl).expect(200);
  expect(after.body.charter.requiredElements.job_offer).toEqual({ elements: ['link', 'hashtag'], severity: 'block' });
  const check = await send(owner, 'post', `/api/workspaces/${ws}/posts/check`, {
    accountId: ids['accounts'],
    kind: 'job_offer',
    segments: [{ text: 'Nous recrutons' }],
  });
  expect(check.status).toBe(200);
  expect(JSON.stringify(check.body)).toContain('required');
  const bad = await send(owner, 'put', charterUrl, {
    charter: { requiredElements: { live: { elements: 5 } } },
    version: after.body.version,
  });
  expect(bad.status).toBe(400);
  expect(bad.body.code).toBe('BAD_CHARTER');
});
