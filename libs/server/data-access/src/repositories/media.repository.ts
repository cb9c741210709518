import { Injectable } from '@nestjs/common';
import { MediaRepository, type MediaRecord } from '@xp/server/application';
import { MediaEntity } from '../entities';
import { fields, pick } from './record-fields';
import { queryRows, TransactionHost } from './transaction-host';

/** A media record: never the bytes (read alone, chunk by chunk, by `chunks`). */
const MEDIA_FIELDS = fields('id workspaceId uploadedBy mimeType size fileName altText createdAt');
const mediaRecord = (e: MediaEntity): MediaRecord => ({ ...pick(e, MEDIA_FIELDS), sha256: e.sha256 ?? '' });

/** `posts.segments` containment of one media id (the GIN-free form: the workspace's posts, one probe each). */
const USES_MEDIA = `segments @> jsonb_build_array(jsonb_build_object('media', jsonb_build_array(jsonb_build_object('id', $2::text))))`;

@Injectable()
export class TypeormMediaRepository extends MediaRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  async findMany(workspaceId: string, ids: string[]): Promise<MediaRecord[]> {
    if (!ids.length) return [];
    const rows = await this.tx
      .repo(MediaEntity)
      .createQueryBuilder('m')
      .where(`m.workspace_id = :workspaceId AND m.id = ANY(:ids) AND m.status = 'ready'`, { workspaceId, ids })
      .getMany();
    return rows.map(mediaRecord);
  }

  async *chunks(workspaceId: string, id: string): AsyncIterable<Buffer> {
    for (let seq = 0; ; seq++) {
      const [row] = await queryRows<{ data: Buffer }>(
        this.tx.manager,
        `SELECT c.data FROM media_chunks c JOIN media m ON m.id = c.media_id
          WHERE m.workspace_id = $1 AND m.id = $2 AND m.status = 'ready' AND c.seq = $3`,
        [workspaceId, id, seq],
      );
      if (!row) return;
      yield row.data;
    }
  }
  async begin(m: {
    workspaceId: string;
    uploadedBy: string;
    mimeType: string;
    fileName: string | null;
    createdAt: Date;
  }): Promise<string> {
    const repo = this.tx.repo(MediaEntity);
    const e = await repo.save(repo.create({ ...m, status: 'uploading', size: 0, sha256: null, altText: null }));
    return e.id;
  }
  async append(workspaceId: string, id: string, seq: number, chunk: Buffer, quotaBytes: number) {
    return this.tx.run(async () => {
      const m = this.tx.manager;
      // One writer per workspace between reading the total and counting the chunk (released at commit).
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('media-quota:' || $1::text, 0))`, [workspaceId]);
      const [{ used }] = await queryRows<{ used: string }>(
        m,
        `SELECT coalesce(sum(size), 0)::bigint AS used FROM media WHERE workspace_id = $1`,
        [workspaceId],
      );
      if (Number(used) + chunk.length > quotaBytes) return 'quota' as const;
      const grown = await queryRows<{ id: string }>(
        m,
        `UPDATE media SET size = size + $3 WHERE workspace_id = $1 AND id = $2 AND status = 'uploading' RETURNING id`,
        [workspaceId, id, chunk.length],
      );
      if (!grown.length) return 'gone' as const;
      await m.query(`INSERT INTO media_chunks (media_id, seq, data) VALUES ($1, $2, $3)`, [id, seq, chunk]);
      return 'ok' as const;
    });
  }
  async complete(
    workspaceId: string,
    id: string,
    f: { sha256: string; altText: string | null },
  ): Promise<MediaRecord | null> {
    const r = await this.tx
      .repo(MediaEntity)
      .update({ workspaceId, id, status: 'uploading' }, { status: 'ready', sha256: f.sha256, altText: f.altText });
    if (!r.affected) return null;
    return (await this.findMany(workspaceId, [id]))[0] ?? null;
  }
  async discard(workspaceId: string, id: string): Promise<void> {
    await this.tx.repo(MediaEntity).delete({ workspaceId, id, status: 'uploading' });
  }
  async removeAbandoned(workspaceId: string, startedBefore: Date): Promise<number> {
    const r = await this.tx
      .repo(MediaEntity)
      .createQueryBuilder()
      .delete()
      .where(`workspace_id = :workspaceId AND status = 'uploading' AND created_at < :startedBefore`, {
        workspaceId,
        startedBefore,
      })
      .execute();
    return r.affected ?? 0;
  }
  async usage(workspaceId: string): Promise<number> {
    const [{ used }] = await queryRows<{ used: string }>(
      this.tx.manager,
      `SELECT coalesce(sum(size), 0)::bigint AS used FROM media WHERE workspace_id = $1`,
      [workspaceId],
    );
    return Number(used);
  }
  async removeUnused(workspaceId: string, id: string): Promise<MediaRecord | 'in_use' | 'not_found'> {
    const m = this.tx.manager;
    const e = await m
      .getRepository(MediaEntity)
      .createQueryBuilder('m')
      .where(`m.workspace_id = :workspaceId AND m.id = :id AND m.status = 'ready'`, { workspaceId, id })
      .setLock('pessimistic_write')
      .getOne();
    if (!e) return 'not_found';
    // A fresh snapshot after the lock: a post that attached the media (and so held the row, see the trigger of
    // migration UploadLimits1796339379078) has committed by now and is seen.
    const used = await queryRows(m, `SELECT 1 FROM posts WHERE workspace_id = $1 AND ${USES_MEDIA} LIMIT 1`, [
      workspaceId,
      id,
    ]);
    if (used.length) return 'in_use';
    await m.getRepository(MediaEntity).delete({ workspaceId, id });
    return mediaRecord(e);
  }
  async setAltText(workspaceId: string, id: string, altText: string | null): Promise<MediaRecord | null> {
    await this.tx.repo(MediaEntity).update({ workspaceId, id }, { altText });
    return (await this.findMany(workspaceId, [id]))[0] ?? null;
  }
}
