import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  CharterService,
  MediaService,
  PostService,
  type Actor,
  type CommentRecord,
  type CalendarItemRecord,
  type PostView,
} from '@xp/server/application';
import { DomainError, type Finding } from '@xp/server/domain';
import {
  excerpt,
  formatBoth,
  type CalendarPostDto,
  type CheckPostResponse,
  type CommentDto as CommentBody,
  type FindingDto,
  type HistoryEntryDto,
  type MediaDto,
  type PostDto,
} from '@xp/shared';
import { CurrentActor } from '../auth/auth.decorators';
import {
  AltTextDto,
  ApproveDto,
  CancelDto,
  CheckPostDto,
  CommentDto,
  CreatePostDto,
  PostQueryDto,
  PutCharterDto,
  RequestChangesDto,
  UpdatePostDto,
} from '../dto/post.dto';
import { VersionedJsonResponder } from '../http/versioned-json';
import { iso, isoOrNull } from './mappers';

const date = (v: string | null | undefined): Date | null | undefined =>
  v === undefined ? undefined : v === null ? null : new Date(v);

export const toFinding = (f: Finding): FindingDto => ({
  rule: f.rule,
  severity: f.severity,
  span: f.span,
  code: f.code,
  params: f.params,
  message: formatBoth(f),
  ...(f.term ? { term: f.term } : {}),
});

export function toPost(v: PostView, handle?: string): PostDto {
  const p = v.post;
  return {
    id: p.id,
    accountId: p.accountId,
    authorId: p.authorId,
    status: p.status,
    held: v.held,
    kind: p.kind,
    segments: v.segments,
    tags: p.tags,
    scheduledAt: isoOrNull(p.scheduledAt),
    publishBy: isoOrNull(p.publishBy),
    contentHash: p.contentHash,
    approvals: v.approvals.map((a) => ({
      approverId: a.approverId,
      role: a.role,
      contentHash: a.contentHash,
      at: iso(a.at),
      current: a.current,
    })),
    approvalsRequired: v.approvalsRequired,
    findings: v.findings.map(toFinding),
    lastApprovedSegments: v.lastApprovedSegments,
    charterOverride: p.charterOverride
      ? { actorId: p.charterOverride.actorId, reason: p.charterOverride.reason, at: p.charterOverride.at }
      : null,
    tweetIds: p.tweetIds,
    tweetUrls: p.tweetIds.map((id) => `https://x.com/${handle ?? 'i/web'}/status/${id}`),
    publishedAt: isoOrNull(p.publishedAt),
    statusReason: p.statusReason,
    version: p.version,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

export function toCalendarPost(p: CalendarItemRecord, held: boolean): CalendarPostDto {
  return {
    id: p.id,
    accountId: p.accountId,
    status: p.status,
    held,
    kind: p.kind,
    tags: p.tags,
    scheduledAt: p.scheduledAt,
    publishBy: p.publishBy,
    publishedAt: p.publishedAt,
    excerpt: excerpt(p.firstText),
    segmentCount: p.segmentCount,
    version: p.version,
  };
}

const toComment = (
  c: CommentRecord,
): CommentBody & { id: string; authorId: string; mentions: string[]; createdAt: string; parentId: string | null } => ({
  id: c.id,
  authorId: c.authorId,
  parentId: c.parentId,
  body: c.body,
  mentions: c.mentions,
  createdAt: iso(c.createdAt),
});

@ApiTags('posts')
@Controller('workspaces/:ws/posts')
export class PostsController {
  constructor(
    private readonly posts: PostService,
    private readonly calendar: VersionedJsonResponder,
  ) {}

  @Post()
  async create(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Body() b: CreatePostDto): Promise<PostDto> {
    return toPost(
      await this.posts.create(ws, actor, {
        ...b,
        scheduledAt: date(b.scheduledAt) ?? null,
        publishBy: date(b.publishBy) ?? null,
      }),
    );
  }

  /**
   * The calendar range query: bounded by its date range (both ends, at most 62 days), not paginated. Conditional
   * (weak ETag, `If-None-Match` → 304) and gzip-compressed when accepted; see VersionedJsonResponder.
   */
  @Get()
  @ApiOkResponse({ description: '`{ items: PostDto[], nextCursor: null }`; 304 when `If-None-Match` still matches' })
  async list(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Query() q: PostQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { view = 'full', ...filters } = q;
    const query = { ...filters, from: date(q.from) ?? undefined, to: date(q.to) ?? undefined };
    await this.calendar.send(req, res, await this.posts.listVersion(ws, actor, query, view), async () => ({
      items:
        view === 'calendar'
          ? (await this.posts.calendar(ws, actor, query)).map((v) => toCalendarPost(v.item, v.held))
          : (await this.posts.list(ws, actor, query)).map((v) => toPost(v)),
      nextCursor: null,
    }));
  }

  @Post('check')
  @HttpCode(200)
  async check(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Body() b: CheckPostDto,
  ): Promise<CheckPostResponse> {
    const r = await this.posts.check(ws, actor, { ...b, scheduledAt: date(b.scheduledAt) ?? null });
    return {
      segments: r.segments,
      findings: r.findings.map(toFinding),
      blocking: r.findings.some((f) => f.severity === 'block'),
    };
  }

  @Get(':id')
  async get(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string): Promise<PostDto> {
    return toPost(await this.posts.get(ws, actor, id));
  }

  @Patch(':id')
  async update(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: UpdatePostDto,
  ): Promise<PostDto> {
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

  @Post(':id/submit')
  @HttpCode(200)
  async submit(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string): Promise<PostDto> {
    return toPost(await this.posts.submit(ws, actor, id));
  }

  @Post(':id/approve')
  @HttpCode(200)
  async approve(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: ApproveDto,
  ): Promise<PostDto> {
    return toPost(await this.posts.approve(ws, actor, id, b));
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  async requestChanges(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: RequestChangesDto,
  ): Promise<PostDto> {
    return toPost(await this.posts.requestChanges(ws, actor, id, b.comment));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: CancelDto,
  ): Promise<PostDto> {
    return toPost(await this.posts.cancel(ws, actor, id, b.reason));
  }

  @Post(':id/reopen')
  @HttpCode(200)
  async reopen(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string): Promise<PostDto> {
    return toPost(await this.posts.reopen(ws, actor, id));
  }

  @Post(':id/comments')
  async comment(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string, @Body() b: CommentDto) {
    return toComment(await this.posts.comment(ws, actor, id, b));
  }

  @Get(':id/history')
  async history(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
  ): Promise<{ items: HistoryEntryDto[] }> {
    const events = await this.posts.history(ws, actor, id);
    return { items: events.map((e) => ({ at: iso(e.createdAt), actorId: e.actorId, action: e.action, data: e.data })) };
  }

  @Get(':id/comments')
  async comments(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string) {
    return { items: (await this.posts.comments(ws, actor, id)).map(toComment), nextCursor: null };
  }
}

@ApiTags('brands')
@Controller('workspaces/:ws/brands/:id/charter')
export class CharterController {
  constructor(private readonly charters: CharterService) {}

  @Get()
  async get(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string) {
    return this.charters.get(ws, actor, id);
  }

  @Put()
  async put(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string, @Body() b: PutCharterDto) {
    return this.charters.put(ws, actor, id, b.charter, b.version ?? null);
  }
}

interface UploadedMedia {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
  size: number;
}

const toMedia = (m: {
  id: string;
  mimeType: string;
  size: number;
  altText: string | null;
  createdAt: Date;
}): MediaDto => ({
  id: m.id,
  mimeType: m.mimeType,
  size: m.size,
  altText: m.altText,
  createdAt: iso(m.createdAt),
});

@ApiTags('media')
@Controller('workspaces/:ws/media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, altText: { type: 'string' } } },
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 50 * 1024 * 1024, files: 1, fields: 2 } }))
  async upload(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @UploadedFile() file: UploadedMedia | undefined,
    @Body() body: { altText?: unknown },
  ): Promise<MediaDto> {
    if (!file)
      throw new DomainError('invalid', 'FILE_REQUIRED', 'Send the file as multipart/form-data in the field "file"', [
        { field: 'file', message: 'required' },
      ]);
    const altText = typeof body.altText === 'string' ? body.altText : undefined;
    return toMedia(
      await this.media.upload(
        ws,
        actor,
        { data: file.buffer, fileName: file.originalname, declaredType: file.mimetype },
        altText,
      ),
    );
  }

  @Patch(':id')
  async setAlt(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: AltTextDto,
  ): Promise<MediaDto> {
    return toMedia(await this.media.setAltText(ws, actor, id, b.altText));
  }
}
