import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditCheckpointService, AuditLog, UnitOfWork, auditHash, type AuditEventInput } from '@xp/server/application';
import { TEST_AUDIT_HMAC_KEYS, testConfig } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createApiApp } from '@xp/api';
import { addMember, registerUser, startTestApi, type SignedIn, type TestApi } from './support/test-api';

/**
 * The audit trail on a real PostgreSQL: the API connects as the runtime role, which may not update, delete,
 * truncate or disable the append-only triggers; the per-workspace chain is keyed (HMAC-SHA256 with a key the
 * database does not hold) and verifies (also under concurrent writers); tampering is found at the right event, even
 * re-hashed without the key; signed checkpoints outside the table reveal deleted newest events; filters,
 * pagination and the CSV export; permissions and tenant isolation; the `audit:verify` command.
 */
const run = promisify(execFile);
let api: TestApi;
let owner: SignedIn;
let ws: string;
/** The API's own connection: the runtime role. */
let db: DataSource;
/** The tables' owner (what a migration, or an attacker holding the owner's password, connects as). */
let ownerDb: Client;
let audit: AuditLog;
let dir: string;
let checkpointFile: string;

const record = (e: Partial<AuditEventInput> & { action: string }) =>
  audit.record({ workspaceId: ws, actorId: owner.me.user.id, subjectType: 'post', subjectId: 'p-1', ...e });

/** Parses RFC 4180 CSV (quoted cells with doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xp-audit-'));
  checkpointFile = join(dir, 'audit-checkpoints.jsonl');
  api = await startTestApi({ AUDIT_CHECKPOINT_FILE: checkpointFile });
  ownerDb = new Client({ connectionString: api.databaseUrl });
  await ownerDb.connect();
  owner = await registerUser(api, 'audit-owner', 'Audited');
  ws = owner.me.workspaces[0]!.id;
  db = api.app.get(DataSource);
  audit = api.app.get(AuditLog);
  api.clock.set('2026-03-02T09:00:00Z');
  await record({ action: 'post.created', subjectId: 'p-1', data: { text: 'Résultats annuels, « l’entreprise »' } });
  api.clock.advance(60_000);
  await record({ action: 'post.submitted', subjectId: 'p-1' });
  api.clock.advance(60_000);
  await record({ action: 'post.approved', subjectId: 'p-1', data: { comment: 'OK, "go", =1+1\nligne 2' } });
  api.clock.advance(60_000);
  await record({
    action: 'hold.placed',
    subjectType: 'hold',
    subjectId: 'h-1',
    actorId: null,
    data: { reason: 'crise' },
  });
});
afterAll(async () => {
  await ownerDb?.end();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run audit:verify`'s compiled tool with the test key (and `args`). */
const cli = (args: string[] = [], env: Record<string, string> = {}) =>
  run(process.execPath, ['dist/server/tools/db/audit-verify.js', ...args], {
    env: { ...process.env, DATABASE_URL: api.databaseUrl, AUDIT_HMAC_KEYS: TEST_AUDIT_HMAC_KEYS, ...env },
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

/** What someone holding the owner's role can do: switch the append-only trigger off for `fn`. */
async function asOwnerWithoutTrigger(fn: () => Promise<unknown>): Promise<void> {
  await ownerDb.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
  try {
    await fn();
  } finally {
    await ownerDb.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
  }
}

async function newWorkspaceWithEvents(tag: string, n: number): Promise<{ user: SignedIn; ws: string; ids: string[] }> {
  const user = await registerUser(api, tag, tag);
  const tws = user.me.workspaces[0]!.id;
  for (let i = 0; i < n; i++) {
    await audit.record({
      workspaceId: tws,
      actorId: user.me.user.id,
      action: 'post.created',
      subjectType: 'post',
      subjectId: `${tag}-${i}`,
      data: { i },
    });
  }
  const rows = await ownerDb.query<{ id: string }>(
    `SELECT id::text AS id FROM audit_events WHERE workspace_id = $1 ORDER BY id`,
    [tws],
  );
  return { user, ws: tws, ids: rows.rows.map((r) => r.id) };
}

describe('append-only, enforced by the database', () => {
  it('the API’s runtime role may not UPDATE, DELETE, TRUNCATE, nor disable the triggers, nor own the table', async () => {
    const [me] = (await db.query(
      `SELECT current_user AS role, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    )) as { role: string; superuser: boolean }[];
    expect(me).toEqual({ role: 'xp_app', superuser: false });
    await expect(db.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`)).rejects.toThrow(
      /must be owner/,
    );
    await expect(db.query(`ALTER TABLE audit_events DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(db.query(`UPDATE audit_events SET action = 'x' WHERE workspace_id = $1`, [ws])).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.query(`DELETE FROM audit_events WHERE workspace_id = $1`, [ws])).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.query(`TRUNCATE audit_events`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`DELETE FROM audit_checkpoints`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`UPDATE audit_chain_legacy SET last_id = 999999`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`ALTER TABLE posts DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE workspace_id = $1`, [ws])) as {
      n: number;
    }[];
    expect(n).toBeGreaterThanOrEqual(4);
  });

  it('the owner (migrations) still meets the append-only trigger', async () => {
    await expect(ownerDb.query(`UPDATE audit_events SET action = 'x' WHERE workspace_id = $1`, [ws])).rejects.toThrow(
      /append-only/,
    );
    await expect(ownerDb.query(`DELETE FROM audit_events WHERE workspace_id = $1`, [ws])).rejects.toThrow(
      /append-only/,
    );
    await expect(ownerDb.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    await expect(ownerDb.query(`TRUNCATE audit_checkpoints`)).rejects.toThrow(/append-only/);
  });

  it('in production the API refuses to start as a role that owns the tables', async () => {
    const privileged = testConfig(api.databaseUrl, { NODE_ENV: 'production', DATABASE_URL: api.databaseUrl });
    await expect(createApiApp(privileged, { quiet: true })).rejects.toThrow(/owns \d+ table\(s\).*xp_app/);
  });
});

describe('hash chain', () => {
  it('verifies, and stays one chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => record({ action: 'post.updated', subjectId: `c-${i}` })));
    const v = await owner.agent.get(`/api/workspaces/${ws}/audit/verify`).expect(200);
    expect(v.body).toEqual({ ok: true, checked: expect.any(Number), broken: null });
    expect(v.body.checked).toBeGreaterThanOrEqual(29);
    const rows = (await db.query(`SELECT prev_hash FROM audit_events WHERE workspace_id = $1`, [ws])) as {
      prev_hash: string | null;
    }[];
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(rows.length);
    expect(rows.filter((r) => r.prev_hash === null)).toHaveLength(1);
  });

  it('joins the caller’s transaction: a rolled-back business transaction leaves no event', async () => {
    const before = (await owner.agent.get(`/api/workspaces/${ws}/audit?action=post.cancelled`).expect(200)).body.items
      .length;
    const uow = api.app.get(UnitOfWork);
    await expect(
      uow.run(async () => {
        await record({ action: 'post.cancelled', subjectId: 'rolled-back' });
        throw new Error('business failure');
      }),
    ).rejects.toThrow('business failure');
    const after = (await owner.agent.get(`/api/workspaces/${ws}/audit?action=post.cancelled`).expect(200)).body.items
      .length;
    expect(after).toBe(before);
    const v = await owner.agent.get(`/api/workspaces/${ws}/audit/verify`).expect(200);
    expect(v.body.ok).toBe(true);
  });

  it('finds tampering at the right event (trigger disabled by the owner), and audit:verify exits non-zero', async () => {
    const { user: other, ws: tws, ids } = await newWorkspaceWithEvents('tamper', 5);
    expect((await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200)).body.ok).toBe(true);

    const okRun = await cli();
    expect(okRun).toEqual({ code: 0, out: expect.stringMatching(/audit chain OK/) });

    await asOwnerWithoutTrigger(() =>
      ownerDb.query(`UPDATE audit_events SET data = '{"forged": true}' WHERE id = $1`, [ids[2]]),
    );
    const v = await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200);
    expect(v.body).toEqual({
      ok: false,
      checked: 3,
      broken: { id: ids[2], reason: 'hash_mismatch', message: expect.any(String) },
    });
    const bad = await cli([tws]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`BROKEN at event ${ids[2]}`);
    // The untouched workspace still verifies.
    expect((await owner.agent.get(`/api/workspaces/${ws}/audit/verify`).expect(200)).body.ok).toBe(true);
  });

  it('finds a deleted event at the one after it', async () => {
    const { user: other, ws: tws, ids } = await newWorkspaceWithEvents('deleter', 4);
    await asOwnerWithoutTrigger(() => ownerDb.query(`DELETE FROM audit_events WHERE id = $1`, [ids[1]]));
    const v = await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200);
    expect(v.body.broken).toEqual({ id: ids[2], reason: 'prev_hash_mismatch', message: expect.any(String) });
  });

  it('is keyed: an event changed and the chain recomputed with unkeyed SHA-256 is found', async () => {
    const { user: other, ws: tws, ids } = await newWorkspaceWithEvents('rehash', 4);
    const stored = await ownerDb.query<{ key_id: string; hash: string }>(
      `SELECT key_id, hash FROM audit_events WHERE id = $1`,
      [ids[0]],
    );
    expect(stored.rows[0]).toEqual({ key_id: 'test', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    /** Rewrites event ids[1] and re-chains it and its followers the old, unkeyed way (`keyId` kept or cleared). */
    const forge = async (keyId: 'kept' | 'cleared') => {
      const rows = await ownerDb.query(
        `SELECT id::text AS id, workspace_id, actor_id, action, subject_type, subject_id, data, created_at, prev_hash, hash
           FROM audit_events WHERE workspace_id = $1 ORDER BY id`,
        [tws],
      );
      let prev: string | null = rows.rows[0].hash;
      // The owner may drop the check that refuses unkeyed events, too (and put it back afterwards).
      if (keyId === 'cleared') await ownerDb.query(`ALTER TABLE audit_events DROP CONSTRAINT "CHK_audit_events_keyed"`);
      await asOwnerWithoutTrigger(async () => {
        for (const r of rows.rows.slice(1)) {
          const data = r.id === ids[1] ? { i: 'forged', by: keyId } : r.data;
          const hash = auditHash(prev, {
            id: r.id,
            workspaceId: r.workspace_id,
            actorId: r.actor_id,
            action: r.action,
            subjectType: r.subject_type,
            subjectId: r.subject_id,
            data,
            createdAt: r.created_at,
          });
          await ownerDb.query(
            `UPDATE audit_events SET data = $2, prev_hash = $3, hash = $4${keyId === 'cleared' ? ', key_id = NULL' : ''} WHERE id = $1`,
            [r.id, data, prev, hash],
          );
          prev = hash;
        }
      });
      if (keyId === 'cleared') {
        await ownerDb.query(
          `ALTER TABLE audit_events ADD CONSTRAINT "CHK_audit_events_keyed" CHECK ("key_id" IS NOT NULL) NOT VALID`,
        );
      }
    };
    await forge('kept');
    const kept = await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200);
    expect(kept.body).toMatchObject({ ok: false, broken: { id: ids[1], reason: 'hash_mismatch' } });
    await forge('cleared');
    const cleared = await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200);
    expect(cleared.body).toMatchObject({ ok: false, broken: { id: ids[1], reason: 'unkeyed_event' } });
    const out = await cli([tws]);
    expect(out.code).toBe(1);
    expect(out.out).toContain(`BROKEN at event ${ids[1]}`);
  });
});

describe('signed checkpoints (the head anchored outside the table)', () => {
  it('deleting the newest events is found by audit:verify, from the checkpoint file or an owner’s export', async () => {
    const { user: other, ws: tws, ids } = await newWorkspaceWithEvents('truncate', 5);
    const taken = await api.app.get(AuditCheckpointService).checkpoint();
    expect(taken.find((c) => c.workspaceId === tws)).toMatchObject({ lastId: ids[4], keyId: 'test' });
    // Nothing moved: no new checkpoint.
    expect((await api.app.get(AuditCheckpointService).checkpoint()).find((c) => c.workspaceId === tws)).toBeUndefined();
    const exported = await other.agent.get(`/api/workspaces/${tws}/audit/checkpoints`).expect(200);
    expect(exported.body.items).toEqual([
      {
        workspaceId: tws,
        lastId: ids[4],
        headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        at: expect.any(String),
        keyId: 'test',
        signature: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    const exportFile = join(dir, 'exported.jsonl');
    writeFileSync(exportFile, exported.body.items.map((c: unknown) => `${JSON.stringify(c)}\n`).join(''));
    expect(await cli([tws], { AUDIT_CHECKPOINT_FILE: checkpointFile })).toEqual({
      code: 0,
      out: expect.stringMatching(/audit chain OK: 5 event\(s\) verified/),
    });

    // The owner deletes the two newest events: each link left is intact, but the checkpoint names event 5.
    await asOwnerWithoutTrigger(() =>
      ownerDb.query(`DELETE FROM audit_events WHERE id = ANY($1::bigint[])`, [[ids[3], ids[4]]]),
    );
    const v = await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200);
    expect(v.body).toMatchObject({ ok: false, broken: { id: ids[4], reason: 'truncated' } });

    // … and the checkpoints stored in the database too: the file outside still knows.
    await ownerDb.query(`ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_no_update_delete`);
    try {
      await ownerDb.query(`DELETE FROM audit_checkpoints WHERE workspace_id = $1`, [tws]);
    } finally {
      await ownerDb.query(`ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_no_update_delete`);
    }
    expect((await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200)).body.ok).toBe(true);
    const fromFile = await cli([tws], { AUDIT_CHECKPOINT_FILE: checkpointFile });
    expect(fromFile.code).toBe(1);
    expect(fromFile.out).toMatch(new RegExp(`BROKEN at event ${ids[4]} .*truncated.*it now ends at event ${ids[2]}`));
    const fromExport = await cli([tws, '--checkpoints', exportFile]);
    expect(fromExport.code).toBe(1);
    expect(fromExport.out).toContain('truncated');

    // A checkpoint forged without the key is refused.
    const forged = { ...exported.body.items[0], lastId: ids[2] };
    writeFileSync(exportFile, `${JSON.stringify(forged)}\n`);
    const bad = await cli([tws, '--checkpoints', exportFile]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('checkpoint_forged');
  });
});

describe('listing and filters', () => {
  it('lists newest first with a cursor', async () => {
    const first = await owner.agent.get(`/api/workspaces/${ws}/audit?limit=10`).expect(200);
    expect(first.body.items).toHaveLength(10);
    const ids = (first.body.items as { id: string }[]).map((e) => Number(e.id));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await owner.agent
      .get(`/api/workspaces/${ws}/audit?limit=10&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(Number(second.body.items[0].id)).toBeLessThan(ids[ids.length - 1]!);
  });

  it('filters by action, actor, subject and time range', async () => {
    const byAction = await owner.agent.get(`/api/workspaces/${ws}/audit?action=post.approved`).expect(200);
    expect(byAction.body.items).toHaveLength(1);
    expect(byAction.body.items[0]).toMatchObject({
      action: 'post.approved',
      actorId: owner.me.user.id,
      subjectType: 'post',
      subjectId: 'p-1',
      createdAt: '2026-03-02T09:02:00.000Z',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const bySubject = await owner.agent.get(`/api/workspaces/${ws}/audit?subjectType=hold&subjectId=h-1`).expect(200);
    expect(bySubject.body.items.map((e: { action: string }) => e.action)).toEqual(['hold.placed']);
    expect(bySubject.body.items[0].actorId).toBeNull();
    const byActor = await owner.agent
      .get(`/api/workspaces/${ws}/audit?actorId=${owner.me.user.id}&subjectId=p-1`)
      .expect(200);
    expect(byActor.body.items.map((e: { action: string }) => e.action)).toEqual([
      'post.approved',
      'post.submitted',
      'post.created',
    ]);
    const range = await owner.agent
      .get(`/api/workspaces/${ws}/audit?from=2026-03-02T09:00:30Z&to=2026-03-02T09:02:00Z&subjectId=p-1`)
      .expect(200);
    expect(range.body.items.map((e: { action: string }) => e.action)).toEqual(['post.approved', 'post.submitted']);
  });

  it('answers 400 for bad filters', async () => {
    await owner.agent.get(`/api/workspaces/${ws}/audit?actorId=nope`).expect(400);
    await owner.agent.get(`/api/workspaces/${ws}/audit?from=yesterday`).expect(400);
    await owner.agent.get(`/api/workspaces/${ws}/audit?from=2026-03-03T00:00:00Z&to=2026-03-02T00:00:00Z`).expect(400);
    await owner.agent.get(`/api/workspaces/${ws}/audit?colour=blue`).expect(400);
  });
});

describe('CSV export', () => {
  it('exports the filtered events with a header row and proper escaping', async () => {
    const res = await owner.agent.get(`/api/workspaces/${ws}/audit/export.csv?subjectId=p-1`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('audit.csv');
    const rows = parseCsv(res.text);
    expect(rows[0]).toEqual([
      'id',
      'created_at',
      'actor_id',
      'action',
      'subject_type',
      'subject_id',
      'data',
      'prev_hash',
      'hash',
    ]);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['post.approved', 'post.submitted', 'post.created']);
    expect(JSON.parse(rows[1]![6]!)).toEqual({ comment: 'OK, "go", =1+1\nligne 2' });
    expect(JSON.parse(rows[3]![6]!)).toEqual({ text: 'Résultats annuels, « l’entreprise »' });
    expect(rows[1]![1]).toBe('2026-03-02T09:02:00.000Z');
  });
});

describe('permissions and tenancy', () => {
  it('needs audit.read: a manager reads, an editor gets 403', async () => {
    const manager = await addMember(api, owner, ws, 'manager');
    const editor = await addMember(api, owner, ws, 'editor');
    await manager.agent.get(`/api/workspaces/${ws}/audit`).expect(200);
    await editor.agent.get(`/api/workspaces/${ws}/audit`).expect(403);
    await editor.agent.get(`/api/workspaces/${ws}/audit/export.csv`).expect(403);
  });

  it('records the identity actions: invitations created and accepted, role changes, removals', async () => {
    const member = await addMember(api, owner, ws, 'viewer', 'promoted');
    const uid = member.me.user.id;
    const members = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`).expect(200)).body.items as {
      userId: string;
      version: number;
    }[];
    const version = members.find((x) => x.userId === uid)!.version;
    await owner.agent
      .patch(`/api/workspaces/${ws}/members/${uid}`)
      .set('x-csrf-token', owner.csrf)
      .send({ role: 'editor', version })
      .expect(200);
    await owner.agent.delete(`/api/workspaces/${ws}/members/${uid}`).set('x-csrf-token', owner.csrf).expect(204);
    const events = (await owner.agent.get(`/api/workspaces/${ws}/audit?limit=200`).expect(200)).body.items as {
      action: string;
      subjectId: string;
      actorId: string | null;
      data: Record<string, unknown>;
    }[];
    const accepted = events.find((e) => e.action === 'invitation.accepted' && e.data['userId'] === uid);
    expect(accepted?.actorId).toBe(uid);
    expect(events.find((e) => e.action === 'invitation.created' && e.subjectId === accepted?.subjectId)).toMatchObject({
      actorId: owner.me.user.id,
      data: { role: 'viewer' },
    });
    expect(events.find((e) => e.action === 'member.role_changed' && e.subjectId === uid)).toMatchObject({
      actorId: owner.me.user.id,
      data: { fromRole: 'viewer', toRole: 'editor' },
    });
    expect(events.find((e) => e.action === 'member.removed' && e.subjectId === uid)).toMatchObject({
      data: { role: 'editor' },
    });
    expect((await owner.agent.get(`/api/workspaces/${ws}/audit/verify`).expect(200)).body.ok).toBe(true);
  });

  it('another workspace’s audit trail answers 404', async () => {
    const stranger = await registerUser(api, 'stranger', 'Elsewhere');
    await stranger.agent.get(`/api/workspaces/${ws}/audit`).expect(404);
    await stranger.agent.get(`/api/workspaces/${ws}/audit/export.csv`).expect(404);
    await stranger.agent.get(`/api/workspaces/${ws}/audit/verify`).expect(404);
  });
});
