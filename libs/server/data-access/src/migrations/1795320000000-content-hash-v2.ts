import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What was approved is exactly what is published. The content hash (v1) covered the segments' text, media ids, alt
 * texts and polls, but not the media's bytes, and the scheduler sent each media's *current* alt text. From v2 on:
 *
 * - `media.sha256` holds the SHA-256 of the bytes (filled here for existing rows; computed at upload afterwards);
 * - each segment's media carry that `sha256` next to the approved alt text, and the content hash covers them
 *   (`contentHash` of the domain, `xp-content-v2`); the scheduler recomputes it before sending.
 *
 * Existing posts and revisions get their media's `sha256` and their v2 hash; approvals and charter overrides bound to
 * a v1 hash are moved to the v2 hash of the same content (the content they approved is unchanged: the alt texts are
 * the ones stored in the segments, which is what the scheduler now sends). The hash functions are frozen copies, so
 * this migration keeps computing the same thing whatever later versions of the domain do.
 */
export class ContentHashV21795320000000 implements MigrationInterface {
  name = 'ContentHashV21795320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE media ADD COLUMN sha256 text`);
    await q.query(`UPDATE media SET sha256 = encode(sha256(data), 'hex')`);
    await q.query(`ALTER TABLE media ALTER COLUMN sha256 SET NOT NULL`);
    await rehash(q, 'v2');
  }

  async down(q: QueryRunner): Promise<void> {
    await rehash(q, 'v1');
    await q.query(`ALTER TABLE media DROP COLUMN sha256`);
  }
}

interface Segment {
  text: string;
  media?: { id: string; sha256?: string | null; altText?: string | null }[] | null;
  poll?: { options: string[]; durationMinutes: number } | null;
}

const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex');

/** The domain's `contentHash` as of v1 (frozen). */
export function contentHashV1(segments: readonly Segment[]): string {
  const canonical = segments.map((s) => [
    s.text.normalize('NFC'),
    (s.media ?? []).map((m) => [m.id, (m.altText ?? '').normalize('NFC')]),
    s.poll ? [s.poll.options.map((o) => o.normalize('NFC')), s.poll.durationMinutes] : null,
  ]);
  return sha256Hex(`xp-content-v1\n${JSON.stringify(canonical)}`);
}

/** The domain's `contentHash` as of v2 (frozen). */
export function contentHashV2(segments: readonly Segment[]): string {
  const canonical = segments.map((s) => [
    s.text.normalize('NFC'),
    (s.media ?? []).map((m) => [m.id, m.sha256 ?? '', (m.altText ?? '').normalize('NFC')]),
    s.poll ? [s.poll.options.map((o) => o.normalize('NFC')), s.poll.durationMinutes] : null,
  ]);
  return sha256Hex(`xp-content-v2\n${JSON.stringify(canonical)}`);
}

const BATCH = 500;

/** Rewrites every post's and revision's segments and hash to `to`, and moves approvals and overrides along. */
async function rehash(q: QueryRunner, to: 'v1' | 'v2'): Promise<void> {
  const digest = async (segs: Segment[][]): Promise<Map<string, string>> => {
    const ids = [...new Set(segs.flat().flatMap((s) => (s.media ?? []).map((m) => m.id)))];
    if (to === 'v1' || !ids.length) return new Map();
    const rows: { id: string; sha256: string }[] = await q.query(
      `SELECT id::text, sha256 FROM media WHERE id::text = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.sha256]));
  };
  const convert = (segments: Segment[], digests: Map<string, string>): { segments: Segment[]; hash: string } => {
    const next = segments.map((s) => ({
      ...s,
      media: (s.media ?? []).map(({ sha256: _old, ...m }) =>
        to === 'v2' ? { ...m, sha256: digests.get(m.id) ?? null } : m,
      ),
    }));
    return { segments: next, hash: to === 'v2' ? contentHashV2(next) : contentHashV1(next) };
  };

  for (const table of ['post_revisions', 'posts'] as const) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: {
        id: string;
        post_id: string;
        segments: Segment[];
        content_hash: string;
        charter_override: { contentHash: string } | null;
      }[] = await q.query(
        table === 'posts'
          ? `SELECT id, id AS post_id, segments, content_hash, charter_override FROM posts WHERE id > $1 ORDER BY id LIMIT ${BATCH}`
          : `SELECT id, post_id, segments, content_hash, NULL::jsonb AS charter_override FROM post_revisions WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      const digests = await digest(rows.map((r) => r.segments));
      const changed = rows.map((r) => {
        const c = convert(r.segments, digests);
        const override =
          r.charter_override && r.charter_override.contentHash === r.content_hash
            ? { ...r.charter_override, contentHash: c.hash }
            : r.charter_override;
        return { id: r.id, post_id: r.post_id, old: r.content_hash, hash: c.hash, segments: c.segments, override };
      });
      await q.query(
        `UPDATE ${table} t SET segments = v.segments, content_hash = v.hash
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, segments jsonb, hash text)
          WHERE t.id = v.id`,
        [JSON.stringify(changed)],
      );
      if (table === 'posts') {
        await q.query(
          `UPDATE posts t SET charter_override = v.override
             FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, override jsonb)
            WHERE t.id = v.id AND t.charter_override IS NOT NULL`,
          [JSON.stringify(changed)],
        );
      }
      // Approvals name the hash of the content they approved: a revision's, or the post's current one.
      await q.query(
        `UPDATE approvals a SET content_hash = v.hash
           FROM jsonb_to_recordset($1::jsonb) AS v(post_id uuid, old text, hash text)
          WHERE a.post_id = v.post_id AND a.content_hash = v.old`,
        [JSON.stringify(changed.filter((c) => c.old !== c.hash))],
      );
    }
  }
}
