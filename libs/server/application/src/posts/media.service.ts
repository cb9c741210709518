import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { catalogueError, ABANDONED_UPLOAD_MS, can, DomainError, fitsQuota } from '@xp/server/domain';
import { AuditLog } from '../audit/audit.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { Clock, MediaQuota, UnitOfWork } from '../ports';
import { PostService } from './post.service';
import { mediaVisible } from './media-scope';
import { MediaRepository, PostRepository, type MediaRecord } from './post.ports';

/** What X accepts: images up to 5 MB, GIFs up to 15 MB, MP4 video up to 512 MB (we cap video lower here). */
export const MEDIA_LIMITS: Record<string, number> = {
  'image/jpeg': 5 * 1024 * 1024,
  'image/png': 5 * 1024 * 1024,
  'image/webp': 5 * 1024 * 1024,
  'image/gif': 15 * 1024 * 1024,
  'video/mp4': 50 * 1024 * 1024,
};

const unsupported = () =>
  new DomainError('invalid', 'UNSUPPORTED_MEDIA', 'Only PNG, JPEG, WebP and GIF images and MP4 videos are accepted', [
    { field: 'file', message: 'unsupported type' },
  ]);

/** Sniffs the real type from the first bytes: the declared type is never trusted. */
export function sniffMediaType(data: Buffer): string | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (
    data.length >= 6 &&
    (data.subarray(0, 6).toString('ascii') === 'GIF87a' || data.subarray(0, 6).toString('ascii') === 'GIF89a')
  )
    return 'image/gif';
  if (
    data.length >= 12 &&
    data.subarray(0, 4).toString('ascii') === 'RIFF' &&
    data.subarray(8, 12).toString('ascii') === 'WEBP'
  )
    return 'image/webp';
  if (data.length >= 12 && data.subarray(4, 8).toString('ascii') === 'ftyp') return 'video/mp4';
  return null;
}

/** The bytes of a media are stored in chunks of this size (one round trip each); the most an upload holds. */
export const MEDIA_CHUNK_BYTES = 512 * 1024;
/** The largest file of any accepted type: what an upload may send before its type is known. */
export const MEDIA_MAX_BYTES = Math.max(...Object.values(MEDIA_LIMITS));

const tooLarge = (limit: number, type?: string) =>
  new DomainError(
    'too_large',
    'MEDIA_TOO_LARGE',
    `${type ?? 'Media'} files may be at most ${Math.round(limit / 1024 / 1024)} MB`,
    [{ field: 'file', message: 'too large' }],
  );
const quotaExceeded = (quota: number) =>
  new DomainError(
    'too_large',
    'MEDIA_QUOTA_EXCEEDED',
    `This workspace stores at most ${Math.round(quota / 1024 / 1024)} MB of media; delete unused media to make room`,
    [{ field: 'file', message: 'workspace quota exceeded' }],
  );

/** An upload whose bytes are stored, not yet usable: `complete` makes it a media, `discard` removes it. */
export interface ReceivedMedia {
  id: string;
  mimeType: string;
  size: number;
  sha256: string;
}

@Injectable()
export class MediaService {
  constructor(
    private readonly media: MediaRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly posts: PostService,
    private readonly postsRepo: PostRepository,
    private readonly quota: MediaQuota,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Stores an upload as it streams in, `MEDIA_CHUNK_BYTES` at a time: the type is sniffed from the first bytes
   * (the declared one is never trusted), the type's size limit and the workspace's quota are checked at every
   * chunk, and the SHA-256 is computed on the way. Refused (413) as soon as a limit is passed, with what was stored
   * removed. Never holds more than one chunk of the file.
   */
  async receive(
    workspaceId: string,
    actor: Actor,
    file: { stream: AsyncIterable<Buffer>; fileName?: string },
  ): Promise<ReceivedMedia> {
    await this.access.require(workspaceId, actor, 'posts.write');
    await this.media.removeAbandoned(workspaceId, new Date(this.clock.now().getTime() - ABANDONED_UPLOAD_MS));
    const quota = this.quota.bytes;
    if (!fitsQuota(await this.media.usage(workspaceId), 1, quota)) throw quotaExceeded(quota);
    const hash = createHash('sha256');
    let id: string | null = null;
    let type: string | null = null;
    let limit = MEDIA_MAX_BYTES;
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    /** Stores what is pending in chunks of exactly `MEDIA_CHUNK_BYTES` (the last one of the file may be shorter). */
    const flush = async (last: boolean) => {
      while (pendingBytes >= MEDIA_CHUNK_BYTES || (last && pendingBytes > 0)) {
        const all = Buffer.concat(pending, pendingBytes);
        const chunk = all.subarray(0, MEDIA_CHUNK_BYTES);
        pending = all.length > chunk.length ? [all.subarray(chunk.length)] : [];
        pendingBytes = all.length - chunk.length;
        await store(chunk);
      }
    };
    const store = async (chunk: Buffer) => {
      if (!type) {
        type = sniffMediaType(chunk);
        if (!type) throw unsupported();
        limit = MEDIA_LIMITS[type]!;
        if (size > limit) throw tooLarge(limit, type);
        id = await this.media.begin({
          workspaceId,
          uploadedBy: actor.userId,
          mimeType: type,
          fileName: file.fileName?.slice(0, 200) || null,
          createdAt: this.clock.now(),
        });
      }
      const stored = await this.media.append(workspaceId, id!, seq++, chunk, quota);
      if (stored === 'quota') throw quotaExceeded(quota);
      if (stored === 'gone') throw catalogueError('gone', 'MEDIA_UPLOAD_ABANDONED');
    };
    try {
      for await (const part of file.stream) {
        size += part.length;
        if (size > limit) throw tooLarge(limit, type ?? undefined);
        hash.update(part);
        pending.push(part);
        pendingBytes += part.length;
        if (pendingBytes >= MEDIA_CHUNK_BYTES) await flush(false);
      }
      await flush(true);
      if (!type) throw unsupported();
    } catch (e) {
      if (id) await this.media.discard(workspaceId, id);
      throw e;
    }
    return { id: id!, mimeType: type, size, sha256: hash.digest('hex') };
  }

  /** Makes a received upload a media (with its alt text); removes it when refused. */
  async complete(workspaceId: string, actor: Actor, upload: ReceivedMedia, altText?: string): Promise<MediaRecord> {
    try {
      await this.access.require(workspaceId, actor, 'posts.write');
      if (altText && altText.length > 1000)
        throw new DomainError('invalid', 'ALT_TEXT_TOO_LONG', 'Alt text is at most 1000 characters', [
          { field: 'altText', message: 'at most 1000 characters' },
        ]);
      const m = await this.media.complete(workspaceId, upload.id, {
        sha256: upload.sha256,
        altText: altText?.trim() || null,
      });
      if (!m) throw catalogueError('gone', 'MEDIA_UPLOAD_ABANDONED');
      return m;
    } catch (e) {
      await this.discard(workspaceId, upload.id);
      throw e;
    }
  }

  /** Removes an upload that will not be completed (the request failed after its file was stored). */
  async discard(workspaceId: string, id: string): Promise<void> {
    await this.media.discard(workspaceId, id);
  }

  /**
   * Deletes a media no post uses (any post, whatever its status: a published post keeps its media, a cancelled one
   * may be reopened): its bytes and its row, audited. Same permission as uploading it; a member limited to some
   * accounts deletes only the media it uploaded (media belong to no account, and others' may be meant for accounts
   * it does not see): others' answer 404, as if unknown.
   */
  async remove(
    workspaceId: string,
    actor: Actor,
    id: string,
  ): Promise<{ media: MediaRecord; usage: { usedBytes: number; quotaBytes: number } }> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const found = isUuid(id) ? (await this.media.findMany(workspaceId, [id]))[0] : undefined;
    if (!found || (m.accountIds !== null && found.uploadedBy !== actor.userId))
      throw catalogueError('not_found', 'MEDIA_NOT_FOUND');
    const removed = await this.uow.run(async () => {
      const r = await this.media.removeUnused(workspaceId, id);
      if (r === 'not_found') throw catalogueError('not_found', 'MEDIA_NOT_FOUND');
      if (r === 'in_use') throw catalogueError('conflict', 'MEDIA_IN_USE');
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'media.deleted',
        subjectType: 'media',
        subjectId: r.id,
        data: { mimeType: r.mimeType, size: r.size, sha256: r.sha256, fileName: r.fileName },
      });
      return r;
    });
    return { media: removed, usage: { usedBytes: await this.media.usage(workspaceId), quotaBytes: this.quota.bytes } };
  }

  /**
   * A media's bytes for display (the inbox, the post page): to a member who may read the posts that use it (its
   * account scope applies), or, while no post uses it, to a member who may write posts. Unknown or hidden: 404.
   */
  async content(
    workspaceId: string,
    actor: Actor,
    id: string,
  ): Promise<{ media: MediaRecord; chunks: AsyncIterable<Buffer> }> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const media = isUuid(id) ? (await this.media.findMany(workspaceId, [id]))[0] : undefined;
    if (!media) throw catalogueError('not_found', 'MEDIA_NOT_FOUND');
    const uses = await this.postsRepo.usingMedia(workspaceId, [id]);
    const visible = uses.length ? mediaVisible(m.accountIds, uses) : can(m.role, 'posts.write');
    if (!visible) throw catalogueError('not_found', 'MEDIA_NOT_FOUND');
    return { media, chunks: this.media.chunks(workspaceId, id) };
  }

  /** The alt text is content: see `PostService.changeMediaAltText` (posts using the media go back to review). */
  setAltText(workspaceId: string, actor: Actor, id: string, altText: string | null): Promise<MediaRecord> {
    return this.posts.changeMediaAltText(workspaceId, actor, id, altText);
  }
}
