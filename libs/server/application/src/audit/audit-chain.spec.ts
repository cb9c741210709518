import { AuditChainVerifier, auditHash, canonicalJson, jsonNormalize, type AuditChainRow } from './audit-chain';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('is the same for the same value whatever the key order', () => {
    expect(canonicalJson({ x: 'é', y: null })).toBe(canonicalJson({ y: null, x: 'é' }));
  });
  it('normalizes like a JSON column', () => {
    expect(jsonNormalize({ at: new Date('2026-03-29T01:00:00Z'), gone: undefined })).toEqual({
      at: '2026-03-29T01:00:00.000Z',
    });
  });
});

describe('AuditChainVerifier', () => {
  const chain = (n: number, ws = 'w1'): AuditChainRow[] => {
    const rows: AuditChainRow[] = [];
    let prev: string | null = null;
    for (let i = 1; i <= n; i++) {
      const f = {
        id: String(i),
        workspaceId: ws,
        actorId: null,
        action: 'post.created',
        subjectType: 'post',
        subjectId: `p${i}`,
        data: { i },
        createdAt: new Date(1_700_000_000_000 + i),
      };
      const hash = auditHash(prev, f);
      rows.push({ ...f, prevHash: prev, hash });
      prev = hash;
    }
    return rows;
  };
  const run = (rows: AuditChainRow[]) => {
    const v = new AuditChainVerifier();
    for (const r of rows) {
      const b = v.feed(r);
      if (b) return b;
    }
    return null;
  };

  it('accepts an intact chain', () => expect(run(chain(5))).toBeNull());
  it('keeps one chain per workspace', () => {
    const a = chain(3, 'w1');
    const b = chain(3, 'w2');
    expect(run([...a, ...b])).toBeNull();
  });
  it('finds an altered event', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, data: { i: 99 } };
    expect(run(rows)).toMatchObject({ id: '3', reason: 'hash_mismatch' });
  });
  it('finds a removed event at the next one', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(run(rows)).toMatchObject({ id: '3', reason: 'prev_hash_mismatch' });
  });
  it('finds a rewritten timestamp or actor', () => {
    const rows = chain(3);
    rows[0] = { ...rows[0]!, actorId: 'someone' };
    expect(run(rows)).toMatchObject({ id: '1', reason: 'hash_mismatch' });
  });
});
