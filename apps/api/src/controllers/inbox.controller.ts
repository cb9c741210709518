import { Body, Controller, Headers, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ConversationService,
  InboxReplyService,
  SavedReplyService,
  XWebhookService,
  type ConversationNoteRecord,
  type ConversationRecord,
  type ConversationView,
  type SavedReplyRecord,
} from '@xp/server/application';
import * as wire from '@xp/shared';
import { Caller, Public, WorkspaceController } from '../auth/auth.decorators';
import {
  AssignConversationDto,
  ConversationListQueryDto,
  ConversationNoteDto,
  ConversationStatusDto,
  CreateReplyDto,
  CreateSavedReplyDto,
  SavedReplyQueryDto,
  UpdateSavedReplyDto,
  XCrcQueryDto,
} from '../dto/inbox.dto';
import { DeleteResult, GetResult, PatchResult, PostResult } from '../http/api-response';
import { iso, isoOrNull } from './mappers';
import { toPost } from './post-mappers';

const toSummary = (c: ConversationRecord): wire.ConversationSummaryDto => ({
  id: c.id,
  accountId: c.accountId,
  xConversationId: c.xConversationId,
  status: c.status,
  assigneeId: c.assigneeId,
  lastInboundAt: isoOrNull(c.lastInboundAt),
  firstResponseDueAt: isoOrNull(c.firstResponseDueAt),
  preview: { authorUsername: c.previewAuthor, text: c.previewText },
});

const toNote = (n: ConversationNoteRecord): wire.ConversationNoteDto => ({
  id: n.id,
  authorId: n.authorId,
  text: n.text,
  createdAt: iso(n.createdAt),
});

const toConversation = (v: ConversationView): wire.ConversationDto => ({
  id: v.conversation.id,
  accountId: v.conversation.accountId,
  xConversationId: v.conversation.xConversationId,
  status: v.conversation.status,
  assigneeId: v.conversation.assigneeId,
  tags: v.conversation.tags,
  lastInboundAt: isoOrNull(v.conversation.lastInboundAt),
  firstResponseDueAt: isoOrNull(v.conversation.firstResponseDueAt),
  brandPost: v.brandPost,
  items: v.items.map((i) => ({
    id: i.id,
    tweetId: i.tweetId,
    direction: i.direction,
    authorUsername: i.authorUsername,
    text: i.text,
    createdAt: iso(i.createdAt),
    inReplyToTweetId: i.inReplyToTweetId,
    postId: i.postId,
    postStatus: i.postStatus,
  })),
  notes: v.notes.map(toNote),
  version: v.conversation.version,
});

const toSavedReply = (r: SavedReplyRecord): wire.SavedReplyDto => ({
  id: r.id,
  brandId: r.brandId,
  language: r.language,
  title: r.title,
  text: r.text,
  version: r.version,
  updatedAt: iso(r.updatedAt),
});

/** The brand inbox: conversations with customers on X, replies as the brand, triage. */
@WorkspaceController('inbox', 'conversations')
export class ConversationsController {
  constructor(
    private readonly conversations: ConversationService,
    private readonly replies: InboxReplyService,
  ) {}

  @GetResult('', wire.ConversationPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: ConversationListQueryDto): Promise<wire.ConversationPageDto> {
    const page = await this.conversations.list(ws, actor, {
      ...q,
      breached: q.breached === undefined ? undefined : q.breached === 'true',
    });
    return { items: page.items.map(toSummary), nextCursor: page.nextCursor, openCount: page.openCount };
  }

  @GetResult(':id', wire.ConversationSchema)
  async get(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.ConversationDto> {
    return toConversation(await this.conversations.get(ws, actor, id));
  }

  /** Answers as the brand: a post of kind `reply` (X's 2026 reply rule is checked first: 422 with the reason). */
  @PostResult(':id/replies', 201, wire.PostDtoSchema)
  async reply(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: CreateReplyDto,
  ): Promise<wire.PostDto> {
    return toPost(await this.replies.reply(ws, actor, id, body));
  }

  @PostResult(':id/assign', 200, wire.ConversationSchema)
  async assign(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: AssignConversationDto,
  ): Promise<wire.ConversationDto> {
    return toConversation(await this.conversations.assign(ws, actor, id, body.userId));
  }

  @PostResult(':id/status', 200, wire.ConversationSchema)
  async status(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: ConversationStatusDto,
  ): Promise<wire.ConversationDto> {
    return toConversation(await this.conversations.setStatus(ws, actor, id, body.status));
  }

  @PostResult(':id/notes', 201, wire.ConversationNoteSchema)
  async note(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: ConversationNoteDto,
  ): Promise<wire.ConversationNoteDto> {
    return toNote(await this.conversations.addNote(ws, actor, id, body.text));
  }
}

/** A brand's saved replies (FR/EN), offered in the reply box. */
@WorkspaceController('inbox', 'saved-replies')
export class SavedRepliesController {
  constructor(private readonly saved: SavedReplyService) {}

  @GetResult('', wire.SavedReplyPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: SavedReplyQueryDto): Promise<wire.Page<wire.SavedReplyDto>> {
    return { items: (await this.saved.list(ws, actor, q)).map(toSavedReply), nextCursor: null };
  }

  @PostResult('', 201, wire.SavedReplySchema)
  async create(@Caller() { ws, actor }: Caller, @Body() body: CreateSavedReplyDto): Promise<wire.SavedReplyDto> {
    return toSavedReply(await this.saved.create(ws, actor, body));
  }

  @PatchResult(':id', wire.SavedReplySchema)
  async update(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: UpdateSavedReplyDto,
  ): Promise<wire.SavedReplyDto> {
    const { version, ...patch } = body;
    return toSavedReply(await this.saved.update(ws, actor, id, patch, version));
  }

  @DeleteResult(':id', wire.SavedReplyDeletedSchema)
  async remove(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<{ id: string; deleted: true }> {
    await this.saved.remove(ws, actor, id);
    return { id, deleted: true };
  }
}

/**
 * X's deliveries (no session): the CRC challenge and the signed events of the activity subscriptions. An unsigned
 * or forged delivery is 401 and changes nothing.
 */
@ApiTags('inbox')
@Controller('x/webhooks')
export class XWebhooksController {
  constructor(private readonly webhooks: XWebhookService) {}

  @Public()
  @GetResult(':webhookId', wire.XCrcResponseSchema)
  crc(@Param('webhookId') id: string, @Query() q: XCrcQueryDto): Promise<{ response_token: string }> {
    return this.webhooks.crc(id, q.crc_token);
  }

  @Public()
  @PostResult(':webhookId', 200, wire.XDeliveryAckSchema)
  deliver(
    @Req() req: Request,
    @Param('webhookId') id: string,
    @Headers('x-twitter-webhooks-signature') signature?: string,
  ): Promise<{ received: number; landed: number }> {
    return this.webhooks.deliver(id, (req as Request & { rawBody?: Buffer }).rawBody, signature);
  }
}
