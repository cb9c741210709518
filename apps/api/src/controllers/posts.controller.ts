import { Body, Get, Param, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  CharterService,
  MEDIA_LIMITS,
  MediaService,
  PostGroupService,
  PostService,
  type PostInput,
} from '@xp/server/application';
import { DomainError } from '@xp/server/domain';
import * as wire from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import {
  AltTextDto,
  ApproveDto,
  SubmitDto,
  CancelDto,
  CheckPostDto,
  CommentDto,
  CreatePostDto,
  CreatePostGroupDto,
  PostQueryDto,
  PutCharterDto,
  RequestChangesDto,
  UpdatePostDto,
} from '../dto/post.dto';
import {
  ApiBinary,
  ApiError,
  ApiResult,
  DeleteResult,
  GetResult,
  PatchResult,
  PostResult,
  PutResult,
} from '../http/api-response';
import { MediaUploadInterceptor, type UploadedMedia } from '../http/media-upload';
import { VersionedJsonResponder } from '../http/versioned-json';
import {
  onePage,
  toCalendarPost,
  toCharter,
  toComment,
  toFinding,
  toHistoryEntry,
  toMedia,
  toPost,
  toPosts,
} from './post-mappers';

const date = (v: string | null | undefined): Date | null | undefined =>
  v === undefined ? undefined : v === null ? null : new Date(v);

/** A create request as the application takes it (instants as dates). */
const postInput = (b: wire.CreatePostRequest): PostInput => ({
  ...b,
  scheduledAt: date(b.scheduledAt) ?? null,
  publishBy: date(b.publishBy) ?? null,
});

@WorkspaceController('posts', 'posts')
export class PostsController {
  constructor(
    private readonly posts: PostService,
    private readonly calendar: VersionedJsonResponder,
  ) {}

  @PostResult('', 201, wire.PostDtoSchema)
  async create(@Caller() { ws, actor }: Caller, @Body() b: CreatePostDto): Promise<wire.PostDto> {
    return toPost(await this.posts.create(ws, actor, postInput(b)));
  }

  /**
   * The calendar range query: bounded by its date range (both ends, at most 62 days), not paginated. Conditional
   * (weak ETag, `If-None-Match` → 304) and gzip-compressed when accepted; see VersionedJsonResponder. The answer
   * is typed by its mappers, never parsed at run time (a month of 30,000 posts).
   */
  @Get()
  // Typed by the mappers of `produce` (the handler writes the answer itself, through the responder).
  @(ApiResult(
    200,
    wire.PostListResponseSchema,
    'wire.PostDto items, or wire.CalendarPostDto items with `view=calendar`; 304 when `If-None-Match` still matches',
  ) as MethodDecorator)
  async list(
    @Caller() { ws, actor }: Caller,
    @Query() q: PostQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { view = 'full', ...filters } = q;
    const query = { ...filters, from: date(q.from) ?? undefined, to: date(q.to) ?? undefined };
    const produce = async (): Promise<wire.Page<wire.PostDto> | wire.Page<wire.CalendarPostDto>> =>
      view === 'calendar'
        ? onePage((await this.posts.calendar(ws, actor, query)).map((v) => toCalendarPost(v.item, v.held)))
        : onePage(toPosts(await this.posts.list(ws, actor, query)));
    await this.calendar.send(req, res, await this.posts.listVersion(ws, actor, query, view), produce);
  }

  @PostResult('check', 200, wire.CheckPostResponseSchema)
  async check(@Caller() { ws, actor }: Caller, @Body() b: CheckPostDto): Promise<wire.CheckPostResponse> {
    const r = await this.posts.check(ws, actor, { ...b, scheduledAt: date(b.scheduledAt) ?? null });
    return {
      segments: r.segments,
      findings: r.findings.map(toFinding),
      blocking: r.findings.some((f) => f.severity === 'block'),
    };
  }

  @GetResult(':id', wire.PostDtoSchema)
  async get(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.PostDto> {
    return toPost(await this.posts.get(ws, actor, id));
  }

  @PatchResult(':id', wire.PostDtoSchema)
  async update(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: UpdatePostDto,
  ): Promise<wire.PostDto> {
    const { version, ...rest } = b;
    return toPost(
      await this.posts.update(
        ws,
        actor,
        id,
        { ...rest, scheduledAt: date(rest.scheduledAt), publishBy: date(rest.publishBy) },
        version,
      ),
    );
  }

  @PostResult(':id/submit', 200, wire.PostDtoSchema)
  async submit(@Caller() { ws, actor }: Caller, @Param('id') id: string, @Body() b: SubmitDto): Promise<wire.PostDto> {
    return toPost(await this.posts.submit(ws, actor, id, b?.overrideReason));
  }

  @PostResult(':id/approve', 200, wire.PostDtoSchema)
  async approve(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: ApproveDto,
  ): Promise<wire.PostDto> {
    return toPost(await this.posts.approve(ws, actor, id, b));
  }

  @PostResult(':id/request-changes', 200, wire.PostDtoSchema)
  async requestChanges(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: RequestChangesDto,
  ): Promise<wire.PostDto> {
    return toPost(await this.posts.requestChanges(ws, actor, id, b.comment));
  }

  @PostResult(':id/cancel', 200, wire.PostDtoSchema)
  async cancel(@Caller() { ws, actor }: Caller, @Param('id') id: string, @Body() b: CancelDto): Promise<wire.PostDto> {
    return toPost(await this.posts.cancel(ws, actor, id, b.reason));
  }

  @PostResult(':id/reopen', 200, wire.PostDtoSchema)
  async reopen(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.PostDto> {
    return toPost(await this.posts.reopen(ws, actor, id));
  }

  @PostResult(':id/comments', 201, wire.CommentDtoSchema)
  async comment(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: CommentDto,
  ): Promise<wire.CommentDto> {
    return toComment(await this.posts.comment(ws, actor, id, b));
  }

  /** The post's status timeline, oldest first (at most 500 entries, one page). */
  @GetResult(':id/history', wire.HistoryPageSchema)
  async history(@Caller() { ws, actor }: Caller, @Param('id') id: string) {
    return onePage((await this.posts.history(ws, actor, id)).map(toHistoryEntry));
  }

  @GetResult(':id/comments', wire.CommentPageSchema)
  async comments(@Caller() { ws, actor }: Caller, @Param('id') id: string) {
    return onePage((await this.posts.comments(ws, actor, id)).map(toComment));
  }
}

/** The atomic multi-account post: one post per account, each with its own text, created (and submitted) together. */
@WorkspaceController('posts', 'post-groups')
export class PostGroupsController {
  constructor(private readonly groups: PostGroupService) {}

  /** All or nothing: one transaction; any refusal answers its error and leaves nothing written. */
  @PostResult('', 201, wire.PostGroupResponseSchema)
  async create(@Caller() { ws, actor }: Caller, @Body() b: CreatePostGroupDto): Promise<wire.PostGroupResponse> {
    const views = await this.groups.create(ws, actor, b.posts.map(postInput), b.submit ?? false);
    return onePage(toPosts(views));
  }
}

@WorkspaceController('brands', 'brands/:id/charter')
export class CharterController {
  constructor(private readonly charters: CharterService) {}

  @GetResult('', wire.CharterResponseSchema)
  async get(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.CharterResponse> {
    return toCharter(await this.charters.get(ws, actor, id));
  }

  @PutResult('', wire.CharterResponseSchema)
  async put(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: PutCharterDto,
  ): Promise<wire.CharterResponse> {
    return toCharter(await this.charters.put(ws, actor, id, b.charter, b.version ?? null));
  }
}

@WorkspaceController('media', 'media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /**
   * Streams the file to storage (never held whole in memory): 413 `MEDIA_TOO_LARGE` past the type's limit,
   * 413 `MEDIA_QUOTA_EXCEEDED` past the workspace's quota, nothing kept of a refused upload.
   */
  @PostResult('', 201, wire.MediaDtoSchema)
  @ApiError(413, 'MEDIA_TOO_LARGE or MEDIA_QUOTA_EXCEEDED')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, altText: { type: 'string' } } },
  })
  @UseInterceptors(MediaUploadInterceptor)
  async upload(
    @Caller() { ws, actor }: Caller,
    @UploadedFile() file: UploadedMedia | undefined,
    @Body() body: { altText?: unknown } | undefined,
  ): Promise<wire.MediaDto> {
    if (!file?.received)
      throw new DomainError('invalid', 'FILE_REQUIRED', 'Send the file as multipart/form-data in the field "file"', [
        { field: 'file', message: 'required' },
      ]);
    const altText = typeof body?.altText === 'string' ? body.altText : undefined;
    return toMedia(await this.media.complete(ws, actor, file.received, altText));
  }

  @PatchResult(':id', wire.MediaDtoSchema)
  async setAlt(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: AltTextDto,
  ): Promise<wire.MediaDto> {
    return toMedia(await this.media.setAltText(ws, actor, id, b.altText));
  }

  /**
   * The media's bytes, for the inbox and the post page: streamed chunk by chunk, private cache validated by the
   * bytes' SHA-256 (`If-None-Match` → 304). 404 for a media the member may not see (account scope).
   */
  @Get(':id/content')
  @ApiBinary(Object.keys(MEDIA_LIMITS))
  async content(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { media, chunks } = await this.media.content(ws, actor, id);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('ETag', `"${media.sha256}"`);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', media.mimeType);
    res.setHeader('Content-Length', media.size);
    res.setHeader('Content-Disposition', 'inline');
    for await (const chunk of chunks) {
      if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
    }
    res.end();
  }

  /** Deletes a media no post uses, with its bytes (audited); answers what the workspace now stores. */
  @DeleteResult(':id', wire.MediaDeletedResponseSchema)
  @ApiError(409, 'MEDIA_IN_USE')
  async remove(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.MediaDeletedResponse> {
    const r = await this.media.remove(ws, actor, id);
    return { id: r.media.id, usage: r.usage };
  }
}
