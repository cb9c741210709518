// Uploads and imports under load (docs/security.md, "Uploads"): a media upload streams to storage without holding the
// file in memory, a workspace's media stay within its quota even under concurrent uploads, unused media can be
// deleted (used ones cannot), and bulk-import dry runs are throttled and their reports expire.
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Client } from 'pg';
import { PublishingRepository } from '@xp/server/application';
import { addMember, registerUser, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

const MB = 1024 * 1024;
const QUOTA_MB = 60;
const MP4_HEADER = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let api: TestApi;
let close: () => Promise<void>;
let port: number;
let db: Client;
let owner: SignedIn;
let ws: string;
let careers: string;
let scoped: SignedIn;
let viewer: SignedIn;
let ownerToken: string;

async function limitTo(who: SignedIn, accountIds: string[]) {
  const row = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`)).body.items.find(
    (m: { userId: string }) => m.userId === who.me.user.id,
  );
  await owner.agent
    .patch(`/api/workspaces/${ws}/members/${who.me.user.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({ accountIds, version: row.version })
    .expect(200);
}

async function tokenOf(who: SignedIn): Promise<string> {
  const r = await who.agent.post('/api/auth/tokens').set('x-csrf-token', who.csrf).send({ name: 'uploads' });
  return r.body.token as string;
}

beforeAll(async () => {
  const stack = await startApiWithSandbox({
    MEDIA_QUOTA_MB: String(QUOTA_MB),
    IMPORT_DRY_RUN_LIMIT: '3',
    IMPORT_DRY_RUN_WORKSPACE_LIMIT: '5',
    IMPORT_DRY_RUN_WINDOW_SECONDS: '60',
    IMPORT_REPORT_TTL_HOURS: '24',
  });
  api = stack.api;
  close = stack.close;
  const server = api.app.getHttpServer() as Server;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  owner = await registerUser(api, 'owner', 'Groupe');
  ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name: 'Total' })
  ).body.id as string;
  careers = await connectAccount(stack.sandbox, owner, ws, brand, 'TotalCareers');
  scoped = await addMember(api, owner, ws, 'editor', 'careers-editor');
  await limitTo(scoped, [careers]);
  viewer = await addMember(api, owner, ws, 'viewer');
  ownerToken = await tokenOf(owner);
});
afterAll(async () => {
  await db?.end();
  await close();
});

/** A file of `size` bytes starting with `header`, produced 1 MB at a time (never whole in this process either). */
function* fileChunks(header: Buffer, size: number): Generator<Buffer> {
  const block = randomBytes(MB);
  let sent = 0;
  while (sent < size) {
    const n = Math.min(MB, size - sent);
    const chunk = sent === 0 ? Buffer.concat([header, block.subarray(header.length, n)]) : block.subarray(0, n);
    sent += n;
    yield chunk;
  }
}

interface Upload {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  sha256: string;
}

/**
 * `POST /media` over a plain HTTP connection, the multipart body written as a stream with backpressure;
 * `onSent(bytes)` runs after each megabyte of the file is handed to the socket.
 */
async function streamUpload(
  workspaceId: string,
  token: string,
  file: { header: Buffer; size: number; name: string; type: string },
  opts: { altText?: string; onSent?: (bytes: number) => void; declaredLength?: number } = {},
): Promise<Upload> {
  const boundary = `----xp${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
      `Content-Type: ${file.type}\r\n\r\n`,
  );
  const tail = Buffer.from(
    (opts.altText === undefined
      ? ''
      : `\r\n--${boundary}\r\nContent-Disposition: form-data; name="altText"\r\n\r\n${opts.altText}`) +
      `\r\n--${boundary}--\r\n`,
  );
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: `/api/workspaces/${workspaceId}/media`,
    agent: false, // a connection of its own (no reuse of a kept-alive socket the server may be closing)
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(opts.declaredLength ?? head.length + file.size + tail.length),
    },
  });
  const answered = new Promise<Omit<Upload, 'sha256'>>((resolve, reject) => {
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as Record<string, unknown>,
        }),
      );
    });
    req.on('error', reject);
  });
  let gotAnswer = false;
  void answered.then(
    () => (gotAnswer = true),
    () => (gotAnswer = true),
  );
  const hash = createHash('sha256');
  let sent = 0;
  try {
    req.write(head);
    for (const chunk of fileChunks(file.header, file.size)) {
      if (gotAnswer) break;
      hash.update(chunk);
      sent += chunk.length;
      if (!req.write(chunk)) await Promise.race([once(req, 'drain'), answered]);
      opts.onSent?.(sent);
    }
    if (!gotAnswer) req.end(tail);
  } catch {
    // the server answered (and closed) before the whole body was sent: its answer is what counts
  }
  const answer = await answered;
  req.destroy(); // answered before the body was all sent: the rest is not sent at all
  return { ...answer, sha256: hash.digest('hex') };
}

const mp4 = (size: number) => ({ header: MP4_HEADER, size, name: 'clip.mp4', type: 'video/mp4' });
const png = (size: number) => ({ header: PNG_HEADER, size, name: 'visuel.png', type: 'image/png' });

async function leftovers(workspaceId: string): Promise<{ uploading: number; orphanChunks: number }> {
  const r = await db.query<{ uploading: string; orphan: string }>(
    `SELECT (SELECT count(*) FROM media WHERE workspace_id = $1 AND status = 'uploading') AS uploading,
            (SELECT count(*) FROM media_chunks c WHERE NOT EXISTS (SELECT 1 FROM media m WHERE m.id = c.media_id)) AS orphan`,
    [workspaceId],
  );
  return { uploading: Number(r.rows[0]!.uploading), orphanChunks: Number(r.rows[0]!.orphan) };
}

const del = (who: SignedIn, workspaceId: string, id: string) =>
  who.agent.delete(`/api/workspaces/${workspaceId}/media/${id}`).set('x-csrf-token', who.csrf);

describe('streamed uploads', () => {
  it('a 45 MB video streams to storage: the API holds a few MB of it at most, never the file', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const held = () => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.external;
    };
    // A first upload loads and warms what any upload uses (parser, connections, code): not the file's cost.
    expect((await streamUpload(ws, ownerToken, mp4(2 * MB))).status).toBe(201);
    const baseline = held();
    const samples: number[] = [];
    const size = 45 * MB;
    const up = await streamUpload(ws, ownerToken, mp4(size), {
      altText: 'Visite des bureaux',
      // Measured while the upload is in flight (live memory after a collection), every 5 MB from 10 MB on.
      onSent: (bytes) => {
        if (bytes >= 10 * MB && bytes % (5 * MB) === 0) samples.push(held() - baseline);
      },
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ mimeType: 'video/mp4', size, sha256: up.sha256, altText: 'Visite des bureaux' });
    // With the whole body buffered (the multer memory storage of before), what the API held grew with what it had
    // received: about 10 MB more at the first samples than at the last ones, past 40 MB. Streamed, it stays flat
    // (give or take the process's own noise, a few MB), far below the file.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(samples).toHaveLength(8);
    expect(Math.max(...samples)).toBeLessThan(24 * MB);
    expect(mean(samples.slice(-3)) - mean(samples.slice(0, 3))).toBeLessThan(10 * MB);
    // Stored in chunks of at most 512 KB, the bytes and their hash as sent.
    const stored = await db.query<{ n: string; biggest: number; total: string; sha: string }>(
      `SELECT count(*) AS n, max(octet_length(c.data)) AS biggest, sum(octet_length(c.data)) AS total,
              (SELECT sha256 FROM media WHERE id = $1) AS sha
         FROM media_chunks c WHERE c.media_id = $1`,
      [up.body['id']],
    );
    expect(Number(stored.rows[0]!.n)).toBe(size / (512 * 1024));
    expect(stored.rows[0]!.biggest).toBeLessThanOrEqual(512 * 1024);
    expect(Number(stored.rows[0]!.total)).toBe(size);
    expect(stored.rows[0]!.sha).toBe(up.sha256);
    await del(owner, ws, up.body['id'] as string).expect(200);
  });

  it('a file past its type limit is refused with 413 MEDIA_TOO_LARGE while streaming, and nothing of it is kept', async () => {
    const big = await streamUpload(ws, ownerToken, png(6 * MB));
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ statusCode: 413, code: 'MEDIA_TOO_LARGE' });
    expect(await leftovers(ws)).toEqual({ uploading: 0, orphanChunks: 0 });
  });

  it('a body declared larger than any accepted file is refused before it is read', async () => {
    const huge = await streamUpload(ws, ownerToken, mp4(MB), { declaredLength: 2048 * MB });
    expect(huge.status).toBe(413);
    expect(huge.body['code']).toBe('MEDIA_TOO_LARGE');
  });

  it('the sha256 of a small upload is that of its bytes, in the media answer; the publisher reads the same bytes', async () => {
    const image = Buffer.concat([PNG_HEADER, randomBytes(1000)]);
    const up = await owner.agent
      .post(`/api/workspaces/${ws}/media`)
      .set('x-csrf-token', owner.csrf)
      .attach('file', image, 'petit.png')
      .field('altText', 'après le fichier')
      .expect(201);
    expect(up.body).toMatchObject({
      size: image.length,
      sha256: createHash('sha256').update(image).digest('hex'),
      altText: 'après le fichier',
    });
    // What the publisher sends to X: the same bytes, read back from the chunks.
    const [loaded] = await api.app.get(PublishingRepository).loadMedia(ws, [up.body.id]);
    expect(loaded!.data.equals(image)).toBe(true);
  });
});

describe('the per-workspace quota', () => {
  let other: SignedIn;
  let otherWs: string;
  let otherToken: string;
  let filler: string;

  beforeAll(async () => {
    other = await registerUser(api, 'quota-owner', 'Quota');
    otherWs = other.me.workspaces[0]!.id;
    otherToken = await tokenOf(other);
    // 57 MB already stored (a media row counts by its size): 3 MB of room left under the 60 MB quota.
    filler = (
      await db.query<{ id: string }>(
        `INSERT INTO media (workspace_id, uploaded_by, status, mime_type, size, sha256, created_at)
         VALUES ($1, $2, 'ready', 'video/mp4', $3, repeat('0', 64), now()) RETURNING id`,
        [otherWs, other.me.user.id, 57 * MB],
      )
    ).rows[0]!.id;
  });

  it('concurrent uploads never take the workspace past its quota together; refusals are 413 MEDIA_QUOTA_EXCEEDED', async () => {
    const all = await Promise.all([1, 2, 3].map(() => streamUpload(otherWs, otherToken, png(2 * MB))));
    const ok = all.filter((u) => u.status === 201);
    expect(ok.length).toBeLessThanOrEqual(1);
    for (const u of all.filter((x) => x.status !== 201))
      expect(u.body).toMatchObject({ statusCode: 413, code: 'MEDIA_QUOTA_EXCEEDED' });
    const used = await db.query<{ used: string }>(`SELECT sum(size) AS used FROM media WHERE workspace_id = $1`, [
      otherWs,
    ]);
    expect(Number(used.rows[0]!.used)).toBeLessThanOrEqual(QUOTA_MB * MB);
    expect(await leftovers(otherWs)).toEqual({ uploading: 0, orphanChunks: 0 });
  });

  it('a full workspace refuses the next upload; deleting an unused media makes room again', async () => {
    const refused = await streamUpload(otherWs, otherToken, png(4 * MB));
    expect(refused.status).toBe(413);
    expect(refused.body['code']).toBe('MEDIA_QUOTA_EXCEEDED');
    const freed = await del(other, otherWs, filler).expect(200);
    expect(freed.body.usage.quotaBytes).toBe(QUOTA_MB * MB);
    expect(freed.body.usage.usedBytes).toBeLessThanOrEqual(3 * MB);
    expect((await streamUpload(otherWs, otherToken, png(4 * MB))).status).toBe(201);
  });

  it('the quota is per workspace: another workspace still uploads', async () => {
    expect((await streamUpload(ws, ownerToken, png(MB))).status).toBe(201);
  });
});

describe('DELETE /media/{id}', () => {
  const upload = async (who: SignedIn) =>
    (
      await who.agent
        .post(`/api/workspaces/${ws}/media`)
        .set('x-csrf-token', who.csrf)
        .attach('file', Buffer.concat([PNG_HEADER, randomBytes(64)]), 'a.png')
        .expect(201)
    ).body.id as string;

  it('removes an unused media, its bytes and row, and audits it', async () => {
    const id = await upload(owner);
    const r = await del(owner, ws, id).expect(200);
    expect(r.body).toMatchObject({ id, usage: { quotaBytes: QUOTA_MB * MB } });
    const left = await db.query(
      `SELECT 1 FROM media WHERE id = $1 UNION ALL SELECT 1 FROM media_chunks WHERE media_id = $1`,
      [id],
    );
    expect(left.rowCount).toBe(0);
    const audit = await owner.agent
      .get(`/api/workspaces/${ws}/audit`)
      .query({ action: 'media.deleted', subjectId: id })
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ actorId: owner.me.user.id, subjectType: 'media' });
    await del(owner, ws, id).expect(404);
  });

  it('refuses 409 MEDIA_IN_USE while a post uses the media', async () => {
    const id = await upload(owner);
    await owner.agent
      .post(`/api/workspaces/${ws}/posts`)
      .set('x-csrf-token', owner.csrf)
      .send({ accountId: careers, segments: [{ text: 'Nos bureaux', mediaIds: [id] }] })
      .expect(201);
    const r = await del(owner, ws, id).expect(409);
    expect(r.body).toMatchObject({ statusCode: 409, code: 'MEDIA_IN_USE' });
    expect((await db.query(`SELECT 1 FROM media_chunks WHERE media_id = $1`, [id])).rowCount).toBe(1);
  });

  it("another workspace's media is not found (404), whoever asks", async () => {
    const id = await upload(owner);
    const stranger = await registerUser(api, 'stranger', 'Ailleurs');
    const theirs = stranger.me.workspaces[0]!.id;
    const r = await del(stranger, theirs, id).expect(404);
    expect(r.body.code).toBe('MEDIA_NOT_FOUND');
    await del(stranger, ws, id).expect(404);
    await del(owner, ws, id).expect(200);
  });

  it('a member limited to some accounts deletes its own uploads only; a viewer none', async () => {
    const mine = await upload(scoped);
    const owners = await upload(owner);
    const r = await del(scoped, ws, owners).expect(404);
    expect(r.body.code).toBe('MEDIA_NOT_FOUND');
    await del(viewer, ws, mine).expect(403);
    await del(scoped, ws, mine).expect(200);
    await del(owner, ws, owners).expect(200);
  });

  it('a post cannot point at a media deleted meanwhile (the posts trigger refuses it)', async () => {
    const id = await upload(owner);
    const p = await owner.agent
      .post(`/api/workspaces/${ws}/posts`)
      .set('x-csrf-token', owner.csrf)
      .send({ accountId: careers, segments: [{ text: 'Bientôt une image' }] })
      .expect(201);
    await del(owner, ws, id).expect(200);
    await expect(
      db.query(`UPDATE posts SET segments = $2::jsonb WHERE id = $1`, [
        p.body.id,
        JSON.stringify([{ text: 'x', media: [{ id, altText: null }], poll: null }]),
      ]),
    ).rejects.toMatchObject({ code: 'XPM01' });
  });
});

describe('bulk-import dry runs', () => {
  const csv = 'account,date,time,text\n@TotalCareers,02/03/2030,10:00,Nous recrutons\n';
  const dryRun = (who: SignedIn) =>
    who.agent.post(`/api/workspaces/${ws}/imports`).set('x-csrf-token', who.csrf).send({ content: csv });
  let second: SignedIn;

  beforeAll(async () => {
    second = await addMember(api, owner, ws, 'editor', 'second-editor');
    api.clock.advance(120_000); // a window of its own
  });

  it('are throttled per member (3 a minute here) with 429, a code and Retry-After', async () => {
    for (let i = 0; i < 3; i++) await dryRun(owner).expect(201);
    api.clock.advance(15_000);
    const r = await dryRun(owner).expect(429);
    expect(r.body).toMatchObject({ statusCode: 429, code: 'IMPORT_DRY_RUN_THROTTLED' });
    expect(r.headers['retry-after']).toBe('45');
    expect(r.body.params).toMatchObject({ retryAfterSeconds: 45, limit: 3, seconds: 60 });
  });

  it('and per workspace (5 a minute here): another member gets what is left, then waits too', async () => {
    await dryRun(second).expect(201);
    await dryRun(second).expect(201);
    const r = await dryRun(second).expect(429);
    expect(r.body.params).toMatchObject({ limit: 5 });
    api.clock.advance(46_000);
    await dryRun(owner).expect(201);
  });

  it('a report expires after 24 h: reading or confirming it answers 410 IMPORT_EXPIRED; it is emptied, then forgotten', async () => {
    api.clock.advance(120_000);
    const job = (await dryRun(second).expect(201)).body as { id: string };
    await second.agent.get(`/api/workspaces/${ws}/imports/${job.id}`).expect(200);
    api.clock.advance(24 * 3_600_000);
    const read = await second.agent.get(`/api/workspaces/${ws}/imports/${job.id}`).expect(410);
    expect(read.body).toMatchObject({ statusCode: 410, code: 'IMPORT_EXPIRED', params: { hours: 24 } });
    const run = await second.agent
      .post(`/api/workspaces/${ws}/imports/${job.id}/run`)
      .set('x-csrf-token', second.csrf)
      .send({ mode: 'row_by_row', as: 'draft' })
      .expect(410);
    expect(run.body.code).toBe('IMPORT_EXPIRED');
    // The next dry run (anyone's) cleans up: the expired report is emptied but still answers 410…
    await dryRun(owner).expect(201);
    const emptied = await db.query<{ rows: unknown[] }>(`SELECT rows FROM import_jobs WHERE id = $1`, [job.id]);
    expect(emptied.rows[0]!.rows).toEqual([]);
    await second.agent.get(`/api/workspaces/${ws}/imports/${job.id}`).expect(410);
    // …and a week later it is gone.
    api.clock.advance(8 * 86_400_000);
    await dryRun(owner).expect(201);
    await second.agent.get(`/api/workspaces/${ws}/imports/${job.id}`).expect(404);
  });
});
