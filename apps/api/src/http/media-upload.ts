import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import type { Readable } from 'node:stream';
import { MEDIA_MAX_BYTES, MediaService, type ReceivedMedia } from '@xp/server/application';
import { DomainError } from '@xp/server/domain';
import { actorOf } from '../auth/auth.decorators';

/** What the route handler finds in `@UploadedFile()`: the stored upload, to complete (or nothing was sent). */
export interface UploadedMedia {
  originalname: string;
  received: ReceivedMedia;
}

/** Room for the multipart envelope (boundaries, part headers, the alt text) around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * A multer storage engine that hands the file's stream to `MediaService.receive` (stored chunk by chunk in
 * PostgreSQL while it arrives, limits and quota checked on the way): the request body is never buffered whole.
 * multer calls `_removeFile` for a stored upload when the request fails after it (another part refused).
 */
class MediaStorage {
  constructor(private readonly media: MediaService) {}

  _handleFile(
    req: Request,
    file: { stream: Readable; originalname: string },
    cb: (error: unknown, info?: Partial<UploadedMedia>) => void,
  ): void {
    const actor = actorOf(req);
    const ws = String(req.params['ws']);
    if (!actor) return cb(new DomainError('unauthenticated', 'NOT_SIGNED_IN', 'Sign in first'));
    // Read without destroying the part on a refusal (multer would answer the destruction instead of the refusal);
    // what is left of it is discarded.
    const stream = { [Symbol.asyncIterator]: () => file.stream.iterator({ destroyOnReturn: false }) };
    this.media.receive(ws, actor, { stream, fileName: file.originalname }).then(
      (received) => cb(null, { received }),
      (e: unknown) => {
        file.stream.resume();
        cb(e);
      },
    );
  }

  _removeFile(req: Request, file: Partial<UploadedMedia>, cb: (error: unknown) => void): void {
    if (!file.received) return cb(null);
    this.media.discard(String(req.params['ws']), file.received.id).then(
      () => cb(null),
      (e: unknown) => cb(e),
    );
  }
}

/**
 * Parses `multipart/form-data` (one `file`, an `altText` field) with Nest's multer interceptor and the streaming
 * engine above. A declared body larger than any accepted file is refused before a byte is read. multer's own size
 * limit sits above the service's, which refuses first with its own code (MEDIA_TOO_LARGE).
 */
@Injectable()
export class MediaUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(media: MediaService) {
    const Multer = FileInterceptor('file', {
      storage: new MediaStorage(media),
      limits: { fileSize: MEDIA_MAX_BYTES + ENVELOPE_BYTES, files: 1, fields: 2, parts: 3, fieldSize: 8 * 1024 },
    });
    this.multer = new Multer();
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> | Observable<unknown> {
    const declared = Number(ctx.switchToHttp().getRequest<Request>().headers['content-length']);
    if (declared > MEDIA_MAX_BYTES + ENVELOPE_BYTES)
      throw new DomainError(
        'too_large',
        'MEDIA_TOO_LARGE',
        `Media files may be at most ${Math.round(MEDIA_MAX_BYTES / 1024 / 1024)} MB`,
        [{ field: 'file', message: 'too large' }],
      );
    return this.multer.intercept(ctx, next);
  }
}
