import { Injectable } from '@nestjs/common';
import { DomainError } from '@xp/server/domain';
import { AccessService, type Actor } from '../identity/access.service';
import { sha256Hex } from '@xp/server/domain';
import { Clock } from '../ports';
import { PostService } from './post.service';
import { MediaRepository, type MediaRecord } from './post.ports';

/** What X accepts: images up to 5 MB, GIFs up to 15 MB, MP4 video up to 512 MB (we cap video lower here). */
export const MEDIA_LIMITS: Record<string, number> = {
  'image/jpeg': 5 * 1024 * 1024,
  'image/png': 5 * 1024 * 1024,
  'image/webp': 5 * 1024 * 1024,
  'image/gif': 15 * 1024 * 1024,
  'video/mp4': 50 * 1024 * 1024,
};

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

@Injectable()
export class MediaService {
  constructor(
    private readonly media: MediaRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly posts: PostService,
  ) {}

  async upload(
    workspaceId: string,
    actor: Actor,
    file: { data: Buffer; fileName?: string; declaredType?: string },
    altText?: string,
  ): Promise<MediaRecord> {
    await this.access.require(workspaceId, actor, 'posts.write');
    const type = sniffMediaType(file.data);
    if (!type) {
      throw new DomainError(
        'invalid',
        'UNSUPPORTED_MEDIA',
        'Only PNG, JPEG, WebP and GIF images and MP4 videos are accepted',
        [{ field: 'file', message: 'unsupported type' }],
      );
    }
    const limit = MEDIA_LIMITS[type]!;
    if (file.data.length > limit) {
      throw new DomainError(
        'too_large',
        'MEDIA_TOO_LARGE',
        `${type} files may be at most ${Math.round(limit / 1024 / 1024)} MB`,
        [{ field: 'file', message: 'too large' }],
      );
    }
    if (altText && altText.length > 1000)
      throw new DomainError('invalid', 'ALT_TEXT_TOO_LONG', 'Alt text is at most 1000 characters', [
        { field: 'altText', message: 'at most 1000 characters' },
      ]);
    return this.media.insert(
      {
        workspaceId,
        uploadedBy: actor.userId,
        mimeType: type,
        size: file.data.length,
        fileName: file.fileName?.slice(0, 200) ?? null,
        altText: altText?.trim() || null,
        sha256: sha256Hex(file.data),
        createdAt: this.clock.now(),
      },
      file.data,
    );
  }

  /** The alt text is content: see `PostService.changeMediaAltText` (posts using the media go back to review). */
  setAltText(workspaceId: string, actor: Actor, id: string, altText: string | null): Promise<MediaRecord> {
    return this.posts.changeMediaAltText(workspaceId, actor, id, altText);
  }
}
