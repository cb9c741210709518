import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { AuditLog, UnitOfWork, type AuditEventInput } from '@xp/server/application';
import { addMember, registerUser, startTestApi, type SignedIn, type TestApi } from './support/test-api';

/**
 * The audit trail on a real PostgreSQL: the database refuses UPDATE, DELETE and TRUNCATE; the per-workspace hash
 * chain verifies (also under concurrent writers) and tampering is found at the right event; filters, pagination
 * and the CSV export; permissions and tenant isolation; the `audit:verify` command.
 */
const run = promisify(execFile);
let api: TestApi;
let owner: SignedIn;
let ws: string;
let db: DataSource;
let audit: AuditLog;

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
  api = await startTestApi();
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
afterAll(() => api.close());

describe('append-only, enforced by the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on audit_events', async () => {
    await expect(db.query(`UPDATE audit_events SET action = 'x' WHERE workspace_id = $1`, [ws])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM audit_events WHERE workspace_id = $1`, [ws])).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE workspace_id = $1`, [ws])) as {
      n: number;
    }[];
    expect(n).toBeGreaterThanOrEqual(4);
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

  it('finds tampering at the right event (trigger disabled by a superuser), and audit:verify exits non-zero', async () => {
    const other = await registerUser(api, 'tamper', 'Tampered');
    const tws = other.me.workspaces[0]!.id;
    for (let i = 0; i < 5; i++) {
      await audit.record({
        workspaceId: tws,
        actorId: other.me.user.id,
        action: 'post.created',
        subjectType: 'post',
        subjectId: `t-${i}`,
      });
    }
    const ids = (
      (await db.query(`SELECT id::text AS id FROM audit_events WHERE workspace_id = $1 ORDER BY id`, [tws])) as {
        id: string;
      }[]
    ).map((r) => r.id);
    expect((await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200)).body.ok).toBe(true);

    const cli = () =>
      run(process.execPath, ['dist/server/tools/db/audit-verify.js'], {
        env: { ...process.env, DATABASE_URL: api.databaseUrl },
      }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    await run(process.execPath, ['tools/scripts/build-server.mjs']);
    const okRun = await cli();
    expect(okRun).toEqual({ code: 0, out: expect.stringMatching(/audit chain OK/) });

    await db.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    try {
      await db.query(`UPDATE audit_events SET data = '{"forged": true}' WHERE id = $1`, [ids[2]]);
    } finally {
      await db.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    }
    const v = await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200);
    expect(v.body).toEqual({
      ok: false,
      checked: 3,
      broken: { id: ids[2], reason: 'hash_mismatch', message: expect.any(String) },
    });
    const bad = await cli();
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`BROKEN at event ${ids[2]}`);
    // The untouched workspace still verifies.
    expect((await owner.agent.get(`/api/workspaces/${ws}/audit/verify`).expect(200)).body.ok).toBe(true);
  });

  it('finds a deleted event at the one after it', async () => {
    const other = await registerUser(api, 'deleter', 'Deleted');
    const tws = other.me.workspaces[0]!.id;
    for (let i = 0; i < 4; i++) {
      await audit.record({
        workspaceId: tws,
        actorId: null,
        action: 'hold.placed',
        subjectType: 'hold',
        subjectId: `h-${i}`,
      });
    }
    const ids = (
      (await db.query(`SELECT id::text AS id FROM audit_events WHERE workspace_id = $1 ORDER BY id`, [tws])) as {
        id: string;
      }[]
    ).map((r) => r.id);
    await db.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    try {
      await db.query(`DELETE FROM audit_events WHERE id = $1`, [ids[1]]);
    } finally {
      await db.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    }
    const v = await other.agent.get(`/api/workspaces/${tws}/audit/verify`).expect(200);
    expect(v.body.broken).toEqual({ id: ids[2], reason: 'prev_hash_mismatch', message: expect.any(String) });
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
