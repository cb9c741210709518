import {
  AuditChainVerifier,
  auditCheckpointToJson,
  auditCheckpointValid,
  auditHash,
  auditMac,
  canonicalJson,
  jsonNormalize,
  parseAuditCheckpoints,
  sealAuditEvent,
  signAuditCheckpoint,
  type AuditChainRow,
  type AuditCheckpoint,
  type AuditKeyring,
  type AuditVerifierOptions,
} from './audit-chain';

const KEYS: AuditKeyring = [{ id: 'k1', key: Buffer.alloc(32, 1) }];
const fields = (i: number, ws = 'w1') => ({
  id: String(i),
  workspaceId: ws,
  actorId: null,
  action: 'post.created',
  subjectType: 'post',
  subjectId: `p${i}`,
  data: { i },
  createdAt: new Date(1_700_000_000_000 + i),
});

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
  /** A keyed chain of ids from..to (ws), continuing `prev`. */
  const chain = (n: number, ws = 'w1', keys: AuditKeyring = KEYS, from = 1, prev: string | null = null) => {
    const rows: AuditChainRow[] = [];
    for (let i = from; i < from + n; i++) {
      const f = fields(i, ws);
      const { hash, keyId } = sealAuditEvent(keys, prev, f);
      rows.push({ ...f, prevHash: prev, hash, keyId });
      prev = hash;
    }
    return rows;
  };
  /** The old, unkeyed chain. */
  const legacyChain = (n: number, ws = 'w1') => {
    const rows: AuditChainRow[] = [];
    let prev: string | null = null;
    for (let i = 1; i <= n; i++) {
      const f = fields(i, ws);
      const hash = auditHash(prev, f);
      rows.push({ ...f, prevHash: prev, hash, keyId: null });
      prev = hash;
    }
    return rows;
  };
  const run = (rows: AuditChainRow[], options: Partial<AuditVerifierOptions> = {}) => {
    const v = new AuditChainVerifier({ keys: KEYS, legacyLastId: null, ...options });
    const first = v.start();
    if (first) return first;
    for (const r of rows) {
      const b = v.feed(r);
      if (b) return b;
    }
    return v.finish();
  };
  const checkpointOf = (row: AuditChainRow, keys = KEYS): AuditCheckpoint =>
    signAuditCheckpoint(keys, {
      workspaceId: row.workspaceId,
      lastId: row.id,
      headHash: row.hash,
      at: new Date('2026-03-02T09:00:00Z'),
    });

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

  describe('keyed (HMAC-SHA256)', () => {
    it('is an HMAC: another key gives another hash, and the unkeyed SHA-256 is not accepted', () => {
      const f = fields(1);
      expect(auditMac(KEYS[0]!.key, null, f)).not.toBe(auditMac(Buffer.alloc(32, 2), null, f));
      expect(auditMac(KEYS[0]!.key, null, f)).not.toBe(auditHash(null, f));
      expect(sealAuditEvent(KEYS, null, f)).toEqual({ hash: auditMac(KEYS[0]!.key, null, f), keyId: 'k1' });
    });
    it('an event altered and re-chained with unkeyed SHA-256 (keeping its key id) is found', () => {
      const rows = chain(4);
      const forged = rows.map((r) => ({ ...r }));
      forged[1]!.data = { i: 'forged' };
      let prev: string | null = forged[0]!.hash;
      for (const r of forged.slice(1)) {
        r.prevHash = prev;
        r.hash = auditHash(prev, r);
        prev = r.hash;
      }
      expect(run(forged)).toMatchObject({ id: '2', reason: 'hash_mismatch' });
    });
    it('an event re-chained as unkeyed after the legacy prefix is refused', () => {
      const rows = chain(3);
      const f = { ...rows[2]!, data: { i: 'forged' }, keyId: null };
      f.hash = auditHash(f.prevHash, f);
      expect(run([...rows.slice(0, 2), f], { legacyLastId: '2' })).toMatchObject({ id: '3', reason: 'unkeyed_event' });
      expect(run(legacyChain(3))).toMatchObject({ id: '1', reason: 'unkeyed_event' });
    });
    it('verifies the legacy prefix the old way, then the keyed events that follow it', () => {
      const legacy = legacyChain(3);
      const keyed = chain(2, 'w1', KEYS, 4, legacy[2]!.hash);
      expect(run([...legacy, ...keyed], { legacyLastId: '3' })).toBeNull();
      const tampered = [...legacy];
      tampered[1] = { ...tampered[1]!, subjectId: 'other' };
      expect(run([...tampered, ...keyed], { legacyLastId: '3' })).toMatchObject({ id: '2', reason: 'hash_mismatch' });
    });
    it('rotation: events sealed with an older key verify while that key is configured', () => {
      const old: AuditKeyring = [{ id: 'k0', key: Buffer.alloc(32, 7) }];
      const before = chain(2, 'w1', old);
      const after = chain(2, 'w1', [...KEYS, ...old], 3, before[1]!.hash);
      expect(after[0]!.keyId).toBe('k1');
      expect(run([...before, ...after], { keys: [...KEYS, ...old] })).toBeNull();
      expect(run([...before, ...after])).toMatchObject({ id: '1', reason: 'unknown_key' });
    });
  });

  describe('signed checkpoints', () => {
    it('signs and checks, and round-trips through a JSON line', () => {
      const c = checkpointOf(chain(1)[0]!);
      expect(auditCheckpointValid(KEYS, c)).toBe(true);
      expect(auditCheckpointValid(KEYS, { ...c, lastId: '2' })).toBe(false);
      expect(auditCheckpointValid(KEYS, { ...c, headHash: 'f'.repeat(64) })).toBe(false);
      expect(auditCheckpointValid([{ id: 'k1', key: Buffer.alloc(32, 3) }], c)).toBe(false);
      const parsed = parseAuditCheckpoints(`${auditCheckpointToJson(c)}\nnot json\n\n{"lastId":"x"}\n`);
      expect(parsed.checkpoints).toEqual([c]);
      expect(parsed.bad).toEqual([2, 4]);
    });
    it('the chain still matching its checkpoints verifies', () => {
      const rows = chain(5);
      expect(run(rows, { checkpoints: [checkpointOf(rows[2]!), checkpointOf(rows[4]!)] })).toBeNull();
    });
    it('deleting the newest events (truncation) is found', () => {
      const rows = chain(5);
      const checkpoints = [checkpointOf(rows[2]!), checkpointOf(rows[4]!)];
      expect(run(rows.slice(0, 3), { checkpoints })).toMatchObject({
        id: '5',
        reason: 'truncated',
        message: expect.stringContaining('it now ends at event 3'),
      });
      expect(run([], { checkpoints })).toMatchObject({ id: '5', reason: 'truncated' });
    });
    it('deleting checkpointed events and chaining new ones onto the rest is found', () => {
      const rows = chain(5);
      const checkpoints = [checkpointOf(rows[4]!)];
      const rest = [...rows.slice(0, 3), ...chain(3, 'w1', KEYS, 6, rows[2]!.hash)];
      expect(run(rest, { checkpoints })).toMatchObject({ id: '5', reason: 'truncated' });
    });
    it('a forged or altered checkpoint is refused', () => {
      const rows = chain(3);
      const c = checkpointOf(rows[2]!);
      expect(run(rows, { checkpoints: [{ ...c, lastId: '2' }] })).toMatchObject({ reason: 'checkpoint_forged' });
      expect(
        run(rows, { checkpoints: [checkpointOf(rows[2]!, [{ id: 'k1', key: Buffer.alloc(32, 5) }])] }),
      ).toMatchObject({ reason: 'checkpoint_forged' });
    });
    it('a checkpointed event whose hash changed is found', () => {
      const rows = chain(3);
      const c = signAuditCheckpoint(KEYS, {
        workspaceId: 'w1',
        lastId: '2',
        headHash: 'a'.repeat(64),
        at: new Date(0),
      });
      expect(run(rows, { checkpoints: [c] })).toMatchObject({ id: '2', reason: 'checkpoint_mismatch' });
    });
  });
});
