import { Client } from 'pg';
import { contentHash, sha256Hex } from '@xp/server/domain';
import { createWorkspaceFixture, freshDatabaseUrl } from '@xp/server/testing';
import { createDataSource, pendingSchemaChanges } from '@xp/server/data-access';
import {
  ContentHashV21795320000000,
  contentHashV1,
} from '../../libs/server/data-access/src/migrations/1795320000000-content-hash-v2';
import { UploadLimits1796339379078 } from '../../libs/server/data-access/src/migrations/1796339379078-upload-limits';

/**
 * Migration ContentHashV2 on rows written before it (content hash v1, media without the bytes' hash): afterwards
 * every post and revision carries its media's bytes hash and hashes exactly as the domain's `contentHash` (what the
 * scheduler recomputes before publishing), and the approvals and charter override bound to a v1 hash follow their
 * content. Going down and up again gives the same rows. The entities agree with the migrated schema.
 */
it('rehashes posts, revisions, approvals and overrides so that the publisher finds what was approved', async () => {
  const url = await freshDatabaseUrl();
  const ds = createDataSource({ url, poolSize: 2, applicationName: 'content-hash-v2-spec' });
  await ds.initialize();
  const qr = ds.createQueryRunner();
  const migration = new ContentHashV21795320000000();
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // The schema as it was before: media bytes in media.data (a later migration moved them to chunks), no
    // media.sha256, v1 hashes.
    const later = new UploadLimits1796339379078();
    await later.down(qr);
    await migration.down(qr);
    const fx = await createWorkspaceFixture(url);
    const now = new Date();
    const q = async <T>(sql: string, params: unknown[]) => (await db.query(sql, params)).rows as T[];
    const [account] = await q<{ id: string }>(
      `INSERT INTO accounts (workspace_id, brand_id, x_user_id, handle, name, approval_policy, created_at, updated_at)
       VALUES ($1, $2, '42', 'Kindy', 'Kindy', '{"requiredApprovals":1,"approverRoles":["manager"]}', $3, $3) RETURNING id`,
      [fx.workspaceId, fx.brandId, now],
    );
    const bytes = Buffer.from('\x89PNG\r\n\x1a\n-some-image-bytes', 'binary');
    const [media] = await q<{ id: string }>(
      `INSERT INTO media (workspace_id, uploaded_by, mime_type, size, alt_text, data, created_at)
       VALUES ($1, $2, 'image/png', $3, 'Alt text changed later', $4, $5) RETURNING id`,
      [fx.workspaceId, fx.authorId, bytes.length, bytes, now],
    );
    const first = [{ text: 'Première version', media: [{ id: media!.id, altText: 'Alt approuvé' }], poll: null }];
    const current = [
      { text: 'Version approuvée', media: [{ id: media!.id, altText: 'Alt approuvé' }], poll: null },
      { text: 'Votez', media: [], poll: { options: ['Oui', 'Non'], durationMinutes: 60 } },
    ];
    const [h0, h1] = [contentHashV1(first), contentHashV1(current)];
    const [post] = await q<{ id: string }>(
      `INSERT INTO posts (workspace_id, account_id, author_id, status, segments, content_hash, charter_override, scheduled_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'scheduled', $4, $5, $6, $7, $7, $7) RETURNING id`,
      [
        fx.workspaceId,
        account!.id,
        fx.authorId,
        JSON.stringify(current),
        h1,
        JSON.stringify({ contentHash: h1, actorId: fx.approverId, reason: 'Validé par la direction', at: now }),
        now,
      ],
    );
    for (const [revision, segments, hash] of [
      [1, first, h0],
      [2, current, h1],
    ] as const) {
      await q(
        `INSERT INTO post_revisions (workspace_id, post_id, revision, segments, content_hash, author_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [fx.workspaceId, post!.id, revision, JSON.stringify(segments), hash, fx.authorId, now],
      );
    }
    for (const [hash, valid] of [
      [h0, false],
      [h1, true],
    ] as const) {
      await q(
        `INSERT INTO approvals (workspace_id, post_id, approver_id, role, content_hash, valid, created_at)
         VALUES ($1, $2, $3, 'manager', $4, $5, $6)`,
        [fx.workspaceId, post!.id, fx.approverId, hash, valid, now],
      );
    }

    await migration.up(qr);

    const digest = sha256Hex(bytes);
    const [m] = await q<{ sha256: string }>(`SELECT sha256 FROM media WHERE id = $1`, [media!.id]);
    expect(m!.sha256).toBe(digest);
    const withBytes = (segments: typeof current) =>
      segments.map((s) => ({ ...s, media: s.media.map((x) => ({ ...x, sha256: digest })) }));
    const [p] = await q<{ segments: typeof current; content_hash: string; charter_override: { contentHash: string } }>(
      `SELECT segments, content_hash, charter_override FROM posts WHERE id = $1`,
      [post!.id],
    );
    expect(p!.segments).toEqual(withBytes(current));
    expect(p!.content_hash).toBe(contentHash(withBytes(current)));
    expect(p!.content_hash).toBe(contentHash(p!.segments)); // what the scheduler recomputes
    expect(p!.charter_override.contentHash).toBe(p!.content_hash);
    const revisions = await q<{ segments: typeof current; content_hash: string }>(
      `SELECT segments, content_hash FROM post_revisions WHERE post_id = $1 ORDER BY revision`,
      [post!.id],
    );
    expect(revisions.map((r) => r.content_hash)).toEqual([
      contentHash(withBytes(first)),
      contentHash(withBytes(current)),
    ]);
    const approvals = await q<{ content_hash: string; valid: boolean }>(
      `SELECT content_hash, valid FROM approvals WHERE post_id = $1 ORDER BY valid`,
      [post!.id],
    );
    expect(approvals).toEqual([
      { content_hash: contentHash(withBytes(first)), valid: false },
      { content_hash: p!.content_hash, valid: true },
    ]);

    // Down restores the v1 rows; up again gives the same v2 rows.
    await migration.down(qr);
    const [back] = await q<{ content_hash: string }>(`SELECT content_hash FROM posts WHERE id = $1`, [post!.id]);
    expect(back!.content_hash).toBe(h1);
    await migration.up(qr);
    const [again] = await q<{ content_hash: string }>(`SELECT content_hash FROM posts WHERE id = $1`, [post!.id]);
    expect(again!.content_hash).toBe(p!.content_hash);

    await later.up(qr);
    expect((await pendingSchemaChanges(url)).up).toEqual([]);
  } finally {
    await db.end();
    await qr.release();
    await ds.destroy();
  }
});
