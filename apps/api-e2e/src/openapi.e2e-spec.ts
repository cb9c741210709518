import { startTestApi, type TestApi } from './support/test-api';

/** The OpenAPI document is derived from the shared zod schemas: every operation documents what it answers. */
interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let api: TestApi;
let doc: Doc;

beforeAll(async () => {
  api = await startTestApi();
  doc = (await api.agent().get('/api/docs-json').expect(200)).body as Doc;
});
afterAll(() => api.close());

/** The operations of the document, as `GET /api/…`. */
function operations(): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]),
  );
}

/** A success answer documented with a body schema, or one that has no body (204, a redirect). */
function documentsSuccess(op: Operation): boolean {
  return Object.entries(op.responses ?? {}).some(([status, r]) => {
    if (status === '204' || /^3\d\d$/.test(status)) return true;
    if (!/^2\d\d$/.test(status)) return false;
    return Object.values(r.content ?? {}).some((media) => media.schema !== undefined);
  });
}

it('documents the API', () => {
  expect(operations().length).toBeGreaterThan(50);
});

it('every operation documents its success answer with a schema', () => {
  const missing = operations()
    .filter(([, op]) => !documentsSuccess(op))
    .map(([name]) => name);
  expect(missing).toEqual([]);
});

it('no date-time is typed as an object', () => {
  const offenders: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}.${i}`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o['format'] === 'date-time' && o['type'] !== 'string') offenders.push(where);
    for (const [key, value] of Object.entries(o)) {
      if (/(At|By)$/.test(key) && value && typeof value === 'object' && (value as { type?: unknown }).type === 'object')
        offenders.push(`${where}.${key}`);
      visit(value, `${where}.${key}`);
    }
  };
  visit(doc.paths, 'paths');
  visit(doc.components?.schemas, 'components.schemas');
  expect(offenders).toEqual([]);
});

it('lists answer the one envelope, with the fields the server sends (the holds list as an example)', () => {
  const resolve = (s: { $ref?: string } & Record<string, unknown>): Record<string, unknown> =>
    s.$ref ? resolve(doc.components!.schemas![s.$ref.split('/').pop()!] as Record<string, unknown>) : s;
  const op = doc.paths['/api/workspaces/{ws}/holds']!['get']!;
  const page = resolve(op.responses!['200']!.content!['application/json']!.schema as Record<string, unknown>) as {
    properties: { items: { items: Record<string, unknown> }; nextCursor: unknown };
  };
  expect(Object.keys(page.properties).sort()).toEqual(['items', 'nextCursor']);
  const hold = resolve(page.properties.items.items) as {
    properties: Record<string, { type?: string; format?: string }>;
  };
  expect(hold.properties['placedAt']).toMatchObject({ type: 'string', format: 'date-time' });
  expect(hold.properties['createdAt']).toBeUndefined();
});
